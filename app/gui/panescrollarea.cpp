// SPDX-License-Identifier: Apache-2.0
#include "panescrollarea.h"

#include <QEvent>
#include <QScreen>

namespace trialcrf {

PaneScrollArea::PaneScrollArea(QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
}

QSize PaneScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (widget() && screen()) {
        // Half the screen: the other half is the menu, the banner, the docks and the status bar.
        const int room = screen()->availableGeometry().height() / 2;
        size.setHeight(qMax(size.height(), qMin(widget()->minimumSizeHint().height(), room)));
    }
    return size;
}

bool PaneScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The pane's content changed its minimum (a subject shown, a new language): ask again.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

}  // namespace trialcrf
