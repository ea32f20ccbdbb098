// SPDX-License-Identifier: Apache-2.0
#include "visibletexts.h"

#include "chartwidget.h"
#include "languagemanager.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QAbstractButton>

namespace trialcrf::i18ntest {

namespace {

/// Rows of an item view read per view: enough to meet every kind of cell.
constexpr int kMaxRows = 60;

QString describe(const QObject *o)
{
    const QString name = o->objectName();
    return name.isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                          : QStringLiteral("%1#%2").arg(QLatin1String(o->metaObject()->className()),
                                                        name);
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void add(QList<VisibleTexts::Text> &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.append({where, plain(text)});
}

void addActions(QList<VisibleTexts::Text> &out, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString here = where + QStringLiteral(" ▸ ") + a->text();
        add(out, where + QStringLiteral(" action"), a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            add(out, here + QStringLiteral(" tooltip"), a->toolTip());
        if (QMenu *menu = a->menu())
            addActions(out, here, menu->actions());
    }
}

void addView(QList<VisibleTexts::Text> &out, const QAbstractItemView *view,
             const QHash<QString, QSet<int>> &storedData)
{
    const bool stored = storedData.contains(view->objectName());
    const QSet<int> labelled = storedData.value(view->objectName());
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QString where = describe(view);
    auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *horizontal = table ? table->horizontalHeader() : nullptr;
    const QHeaderView *vertical = table ? table->verticalHeader() : nullptr;
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        horizontal = tree->header();
    const int columns = model->columnCount();
    const int rows = qMin(model->rowCount(), kMaxRows);
    auto hiddenColumn = [&](int c) { return horizontal && horizontal->isSectionHidden(c); };
    if (horizontal && horizontal->isVisible()) {
        for (int c = 0; c < columns; ++c) {
            if (hiddenColumn(c))
                continue;
            add(out, QStringLiteral("%1 header %2").arg(where).arg(c),
                model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            add(out, QStringLiteral("%1 header %2 tooltip").arg(where).arg(c),
                model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    if (vertical && vertical->isVisible()) {
        for (int r = 0; r < rows; ++r)
            add(out, QStringLiteral("%1 row header %2").arg(where).arg(r),
                model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (hiddenColumn(c) || (stored && !labelled.contains(c)))
                continue;
            const QModelIndex i = model->index(r, c, view->rootIndex());
            add(out, QStringLiteral("%1 cell %2,%3").arg(where).arg(r).arg(c),
                i.data(Qt::DisplayRole).toString());
            if (!stored)
                add(out, QStringLiteral("%1 cell %2,%3 tooltip").arg(where).arg(r).arg(c),
                    i.data(Qt::ToolTipRole).toString());
        }
    }
}

void addWidget(QList<VisibleTexts::Text> &out, QWidget *w,
               const QHash<QString, QSet<int>> &storedData)
{
    const QString where = describe(w);
    if (w->isWindow() || qobject_cast<QDockWidget *>(w))
        add(out, where + QStringLiteral(" title"), w->windowTitle());
    add(out, where + QStringLiteral(" tooltip"), w->toolTip());
    if (auto *label = qobject_cast<QLabel *>(w))
        add(out, where, label->text());
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        add(out, where, button->text());
    else if (auto *box = qobject_cast<QGroupBox *>(w))
        add(out, where, box->title());
    else if (auto *edit = qobject_cast<QLineEdit *>(w))
        add(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
    else if (auto *text = qobject_cast<QTextEdit *>(w))
        add(out, where + QStringLiteral(" placeholder"), text->placeholderText());
    else if (auto *plainText = qobject_cast<QPlainTextEdit *>(w))
        add(out, where + QStringLiteral(" placeholder"), plainText->placeholderText());
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        add(out, where, spin->text());
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            add(out, QStringLiteral("%1 item %2").arg(where).arg(i), combo->itemText(i));
    }
    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(out, QStringLiteral("%1 tab %2").arg(where).arg(i), tabs->tabText(i));
            add(out, QStringLiteral("%1 tab %2 tooltip").arg(where).arg(i), tabs->tabToolTip(i));
        }
    }
    // A chart is painted: read the texts its paint routine draws.
    if (auto *chart = qobject_cast<ChartWidget *>(w)) {
        const QStringList painted = chart->paintedTexts();
        for (int i = 0; i < painted.size(); ++i)
            add(out, QStringLiteral("%1 painted %2").arg(where).arg(i), painted.at(i));
        // Its tooltips (points, infusion marks, bars): felt for on a grid over the chart.
        QStringList tips;
        for (int y = 0; y < chart->height(); y += 4) {
            for (int x = 0; x < chart->width(); x += 4) {
                const QString tip = chart->toolTipAt(QPointF(x, y));
                if (!tip.isEmpty() && !tips.contains(tip))
                    tips << tip;
            }
        }
        for (int i = 0; i < tips.size(); ++i)
            add(out, QStringLiteral("%1 tooltip %2").arg(where).arg(i), tips.at(i));
    }
    // A header view shares its table's model: the table reads the headers.
    auto *view = qobject_cast<QAbstractItemView *>(w);
    if (view && !qobject_cast<QHeaderView *>(w))
        addView(out, view, storedData);
    if (auto *bar = qobject_cast<QMenuBar *>(w))
        addActions(out, where, bar->actions());
    else if (auto *status = qobject_cast<QStatusBar *>(w))
        add(out, where + QStringLiteral(" message"), status->currentMessage());
    else if (!qobject_cast<QMenu *>(w) && !w->objectName().startsWith(QLatin1String("qt_")))
        addActions(out, where + QStringLiteral(" context"), w->actions());
}

}  // namespace

QList<VisibleTexts::Text> VisibleTexts::collect(QWidget *root,
                                                const QHash<QString, QSet<int>> &storedData)
{
    QList<Text> out;
    if (!root || !root->isVisible())
        return out;
    addWidget(out, root, storedData);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && !w->isWindow())
            addWidget(out, w, storedData);
    }
    return out;
}

QString VisibleTexts::withoutDataAndCodes(const QString &text, const QStringList &dataTexts)
{
    QString t = text;
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    // Data only where it stands as a whole: initials "AT" must not hide the "AT" of "DATA".
    static QStringList lastData;
    static QRegularExpression data;
    if (dataTexts != lastData) {
        QStringList alternatives;
        for (const QString &d : dataTexts)
            alternatives << QRegularExpression::escape(d);
        data.setPattern(QStringLiteral("(?<![A-Za-z0-9])(?:%1)(?![A-Za-z0-9])")
                            .arg(alternatives.join(QLatin1Char('|'))));
        lastData = dataTexts;
    }
    if (!dataTexts.isEmpty())
        t.replace(data, QStringLiteral(" "));
    // A language's own name is shown in that language everywhere (the language menu).
    for (const QString &code : LanguageManager::languages())
        t.replace(LanguageManager::nativeName(code), QStringLiteral(" "));
    // Codes that stay as they are in every language: criteria, visits of the registry, hash
    // digests (hex) an audit row or a signature shows.
    static const QRegularExpression codes(QStringLiteral(
        "\\b(?:INC|EXC)\\d+(?:-[a-z_]+)?\\b|\\bNCT\\d+\\b|\\bS2018-11\\b|\\b[0-9a-f]{16,}\\b"));
    t.replace(codes, QStringLiteral(" "));
    return t;
}

QStringList VisibleTexts::englishWords(const QString &text, const QStringList &dataTexts)
{
    // Abbreviations the glossary keeps beside the Chinese term, units, the product's name,
    // key names (Chinese keyboards label their keys in English) and the names of file
    // formats and standards.
    static const QSet<QString> allowed{
        QStringLiteral("PASI"),  QStringLiteral("BSA"),    QStringLiteral("CTCAE"),
        QStringLiteral("SAS"),   QStringLiteral("SDS"),    QStringLiteral("UCMSC"),
        QStringLiteral("UCMSCs"), QStringLiteral("AE"),    QStringLiteral("SAE"),
        QStringLiteral("AST"),   QStringLiteral("ALT"),    QStringLiteral("UVB"),
        QStringLiteral("PUVA"),  QStringLiteral("kg"),     QStringLiteral("mmHg"),
        QStringLiteral("mmol"),  QStringLiteral("mol"),    QStringLiteral("umol"),
        QStringLiteral("mg"),    QStringLiteral("dL"),     QStringLiteral("mL"),
        QStringLiteral("IU"),    QStringLiteral("bpm"),    QStringLiteral("min"),
        QStringLiteral("trialcrf"), QStringLiteral("UTC"), QStringLiteral("PDF"),
        QStringLiteral("PNG"),   QStringLiteral("CSV"),    QStringLiteral("Ctrl"),
        QStringLiteral("Alt"),   QStringLiteral("Shift"),  QStringLiteral("Esc"),
        QStringLiteral("Enter"), QStringLiteral("Space"),  QStringLiteral("Delete"),
        QStringLiteral("Del"),   QStringLiteral("Tab"),    QStringLiteral("SD"),
        QStringLiteral("BOM"),   QStringLiteral("CDISC"),  QStringLiteral("ODM"),
        QStringLiteral("XML"),   QStringLiteral("Excel"),  QStringLiteral("PostgreSQL"),
        // The example initials the subject page suggests (initials are Latin capitals).
        QStringLiteral("ZXM"),
    };
    const QString t = withoutDataAndCodes(text, dataTexts);
    QStringList words;
    static const QRegularExpression eg(QStringLiteral("\\be\\.\\s?g\\."),
                                       QRegularExpression::CaseInsensitiveOption);
    if (t.contains(eg))
        words << QStringLiteral("e.g.");
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(t); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            words << w;
    }
    return words;
}

QString VisibleTexts::chineseCharacters(const QString &text, const QStringList &dataTexts)
{
    const QString t = withoutDataAndCodes(text, dataTexts);
    QString found;
    for (const QChar c : t) {
        const ushort u = c.unicode();
        if ((u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x4DBF)
            || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF))
            found += c;
    }
    return found;
}

}  // namespace trialcrf::i18ntest
