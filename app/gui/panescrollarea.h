// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScrollArea>

namespace trialcrf {

/// A frameless, resizable scroll area for a pane of the main window (the casebook): it asks
/// for its widget's whole minimum height as long as that is at most half the screen, so on an
/// ordinary screen the docks give way and the pane never scrolls, while on a small one (1280×720
/// at 150 %) the pane scrolls instead of pushing the window off the screen.
class PaneScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit PaneScrollArea(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace trialcrf
