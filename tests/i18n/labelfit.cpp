// SPDX-License-Identifier: Apache-2.0
#include "labelfit.h"

#include "chartwidget.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>


namespace trialcrf::i18ntest {

namespace {

int measured = 0;

QString describe(const QWidget *w)
{
    const QString name = w->objectName();
    return name.isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                          : QStringLiteral("%1#%2").arg(QLatin1String(w->metaObject()->className()),
                                                        name);
}

/// The text as drawn: "&&" shows one ampersand, a single "&" only underlines.
QString shown(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    return t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

void checkLabel(const QLabel *label, QStringList &out)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->pixmap().isNull())
        return;
    ++measured;
    QRect room = label->contentsRect();
    const int margin = label->margin();
    room.adjust(margin, margin, -margin, -margin);
    if (label->indent() > 0) {
        if (label->alignment() & (Qt::AlignLeft | Qt::AlignRight))
            room.setWidth(room.width() - label->indent());
    }
    const QFontMetrics fm(label->font());
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    QSize needed;
    if (label->wordWrap()) {
        // Height: QLabel's own measure at the width the layout gave it (QFontMetrics::
        // boundingRect with word wrap for plain text, its text document for rich text).
        // Width: a word longer than the line does not wrap, it is cut at the right.
        const int width = label->contentsRect().width();
        const QString plain = rich ? QString() : label->buddy() ? shown(text) : text;
        const QRect wrapped = fm.boundingRect(QRect(0, 0, width, 1 << 20),
                                              Qt::TextWordWrap | int(label->alignment()), plain);
        needed = QSize(wrapped.width(), label->heightForWidth(label->width()));
        room = QRect(0, 0, width, label->height());
    } else if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        needed = QSize(qCeil(doc.idealWidth()), qCeil(doc.size().height()));
    } else {
        const QStringList lines = (label->buddy() ? shown(text) : text).split(QLatin1Char('\n'));
        int width = 0;
        for (const QString &line : lines)
            width = qMax(width, fm.horizontalAdvance(line));
        needed = QSize(width, fm.height() * int(lines.size()) + fm.leading() * int(lines.size() - 1));
    }
    if (needed.width() > room.width() || needed.height() > room.height())
        out << QStringLiteral("%1 \"%2\": needs %3×%4, has %5×%6%7")
                   .arg(describe(label), text)
                   .arg(needed.width())
                   .arg(needed.height())
                   .arg(room.width())
                   .arg(room.height())
                   .arg(label->wordWrap() ? QStringLiteral(" (word-wrapped)") : QString());
}

void checkButton(const QAbstractButton *button, QStringList &out)
{
    const QString text = button->text();
    if (text.isEmpty())
        return;
    QStyle::SubElement contents;
    if (qobject_cast<const QPushButton *>(button))
        contents = QStyle::SE_PushButtonContents;
    else if (qobject_cast<const QCheckBox *>(button))
        contents = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<const QRadioButton *>(button))
        contents = QStyle::SE_RadioButtonContents;
    else
        return;
    ++measured;
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = text;
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    if (auto *push = qobject_cast<const QPushButton *>(button)) {
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (push->menu())
            option.features |= QStyleOptionButton::HasMenu;
        if (push->isDefault() || push->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
    }
    const QRect room = button->style()->subElementRect(contents, &option, button);
    const QFontMetrics fm(button->font());
    int needed = fm.horizontalAdvance(shown(text));
    if (!option.icon.isNull())
        needed += option.iconSize.width() + 4;
    if (needed > room.width() || fm.height() > room.height())
        out << QStringLiteral("%1 \"%2\": needs %3×%4, has %5×%6")
                   .arg(describe(button), text)
                   .arg(needed)
                   .arg(fm.height())
                   .arg(room.width())
                   .arg(room.height());
}

/// A chart paints its texts: none may be cut short with an ellipsis at the chart's size.
void checkChart(const ChartWidget *chart, QStringList &out)
{
    for (const QString &text : chart->paintedTexts()) {
        ++measured;
        if (text.contains(QChar(0x2026)))
            out << QStringLiteral("%1 paints \"%2\" elided at %3×%4")
                       .arg(describe(chart), text)
                       .arg(chart->width())
                       .arg(chart->height());
    }
}

/// A dock widget behind another in a tab group: Qt keeps it "visible" but parks it outside
/// the window until its tab is chosen. It has no geometry of its own to measure then.
bool inTabbedAwayDock(const QWidget *w, const QWidget *root)
{
    for (; w && w != root; w = w->parentWidget()) {
        auto *dock = qobject_cast<const QDockWidget *>(w);
        if (dock && !dock->isFloating() && dock->parentWidget()
            && !dock->parentWidget()->rect().intersects(dock->geometry()))
            return true;
    }
    return false;
}

}  // namespace

int LabelFit::lastMeasured()
{
    return measured;
}

QString LabelFit::windowProblem(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return QStringLiteral("%1 is on no screen").arg(describe(window));
    const QSize room = screen->availableGeometry().size();
    const QSize size = window->frameGeometry().size();
    if (size.width() <= room.width() && size.height() <= room.height())
        return {};
    return QStringLiteral("%1 is %2×%3 (its minimum %4×%5), larger than the screen's %6×%7")
        .arg(describe(window))
        .arg(size.width())
        .arg(size.height())
        .arg(window->minimumSizeHint().width())
        .arg(window->minimumSizeHint().height())
        .arg(room.width())
        .arg(room.height());
}

QStringList LabelFit::problems(QWidget *root)
{
    measured = 0;
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && (!w->isVisibleTo(root) || w->isWindow() || inTabbedAwayDock(w, root)))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, out);
        else if (auto *chart = qobject_cast<ChartWidget *>(w))
            checkChart(chart, out);
    }
    return out;
}

}  // namespace trialcrf::i18ntest
