// SPDX-License-Identifier: Apache-2.0
#include "reportdocument.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <algorithm>
#include <memory>

namespace trialcrf {

namespace {

// Point sizes and spacing of the document.
constexpr qreal kBodyPt = 9, kSmallPt = 8, kHeadingPt = 12, kTitlePt = 16, kSubtitlePt = 10;
constexpr qreal kCellPadXPt = 3, kCellPadYPt = 2;
constexpr qreal kHeadingAbovePt = 12, kHeadingBelowPt = 4;
constexpr qreal kParagraphBelowPt = 4;
constexpr qreal kFieldGapPt = 8;

const ReportColours kColours = Palette::report();

/// Text laid out once, at measuring time, and drawn from the same layout, so what was
/// measured is what is painted. Wraps at word boundaries, and inside a word only when the
/// word alone is wider than the column (a lot number, a long code).
class Wrapped {
public:
    Wrapped() = default;
    Wrapped(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
        : m_layout(std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator),
                                                 font, device))
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->beginLayout();
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(std::max<qreal>(1, width));
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout->endLayout();
        if (text.isEmpty())
            m_height = QFontMetricsF(font, device).height();
    }
    qreal height() const { return m_height; }
    void draw(QPainter &p, const QPointF &topLeft) const
    {
        if (m_layout)
            m_layout->draw(&p, topLeft);
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

/// Width of the widest piece of `text` that should not be broken across lines: a word, a
/// number such as "1.73 × 10⁸" (joined by no-break spaces), a date. Qt's line breaker offers
/// a break inside "1.73", so words are taken whole; only text with CJK characters, which
/// may break between any two of them, goes through the Unicode line-break rules.
qreal widestUnbreakable(const QString &text, const QFontMetricsF &fm)
{
    qreal widest = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[ \\t\\n]+")), Qt::SkipEmptyParts)) {
        const bool cjk = std::any_of(word.begin(), word.end(), [](QChar c) {
            return c.script() == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x30ff);
        });
        if (!cjk) {
            widest = std::max(widest, fm.horizontalAdvance(word));
            continue;
        }
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, word);
        qsizetype start = 0;
        for (qsizetype at = finder.toNextBoundary(); at >= 0; at = finder.toNextBoundary()) {
            widest = std::max(widest, fm.horizontalAdvance(word.mid(start, at - start)));
            start = at;
        }
    }
    return widest;
}

/// Column widths: shares of `total` by weight, but never narrower than a column's widest
/// unbreakable piece (`minimum`), as long as the minimums fit at all.
QList<qreal> columnWidths(const QList<qreal> &weights, QList<qreal> minimum, qreal total)
{
    qreal sumMin = 0;
    for (const qreal m : minimum)
        sumMin += m;
    if (sumMin > total) {  // cannot fit: shrink the minimums alike, words will break
        for (qreal &m : minimum)
            m *= total / sumMin;
    }
    QList<bool> fixed(weights.size(), false);
    QList<qreal> w(weights.size(), 0);
    for (bool changed = true; changed;) {
        changed = false;
        qreal free = total, freeWeight = 0;
        for (int i = 0; i < w.size(); ++i) {
            if (fixed[i])
                free -= minimum[i];
            else
                freeWeight += weights[i];
        }
        for (int i = 0; i < w.size(); ++i) {
            w[i] = fixed[i] ? minimum[i] : free * weights[i] / std::max<qreal>(freeWeight, 1e-9);
            if (!fixed[i] && w[i] < minimum[i]) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    return w;
}

}  // namespace

ReportDocument::ReportDocument(const QFont &base) : m_base(base) {}

QFont ReportDocument::font(qreal pointSize, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QColor ReportDocument::toneColor(Tone tone) const
{
    switch (tone) {
    case Tone::Normal:
        return kColours.text;
    case Tone::Muted:
        return kColours.muted;
    case Tone::Alert:
        return kColours.alert;
    case Tone::Good:
        return kColours.good;
    }
    return kColours.text;
}

void ReportDocument::title(const QString &text, const QString &subtitle)
{
    m_blocks << [this, text, subtitle](Context &c) {
        const Wrapped t(text, font(kTitlePt, true), c.device, c.width);
        const Wrapped st(subtitle, font(kSubtitlePt), c.device, c.width);
        const qreal sh = subtitle.isEmpty() ? 0 : st.height();
        const qreal gap = 3 * c.pt, below = 6 * c.pt;
        c.units << Unit{t.height() + gap + sh + below, false, -1, [=](QPainter &p, const QRectF &r) {
                            p.setPen(kColours.text);
                            t.draw(p, r.topLeft());
                            p.setPen(kColours.muted);
                            st.draw(p, QPointF(r.left(), r.top() + t.height() + gap));
                        }};
    };
}

void ReportDocument::heading(const QString &text)
{
    m_blocks << [this, text](Context &c) {
        const Wrapped t(text, font(kHeadingPt, true), c.device, c.width);
        const qreal h = t.height();
        const qreal above = kHeadingAbovePt * c.pt, below = kHeadingBelowPt * c.pt;
        const qreal rule = 0.8 * c.pt;
        c.units << Unit{above + h + below, true, -1, [=](QPainter &p, const QRectF &r) {
                            p.setPen(kColours.accent);
                            t.draw(p, QPointF(r.left(), r.top() + above));
                            const qreal y = r.top() + above + h + below / 2;
                            p.setPen(QPen(kColours.accent, rule));
                            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                        }};
    };
}

void ReportDocument::paragraph(const QString &text, Tone tone, bool keepWithNext)
{
    m_blocks << [this, text, tone, keepWithNext](Context &c) {
        const Wrapped t(text, font(kBodyPt, tone == Tone::Alert), c.device, c.width);
        const QColor color = toneColor(tone);
        c.units << Unit{t.height() + kParagraphBelowPt * c.pt, keepWithNext, -1, [=](QPainter &p, const QRectF &r) {
                            p.setPen(color);
                            t.draw(p, r.topLeft());
                        }};
    };
}

void ReportDocument::fields(const QList<std::pair<QString, QString>> &pairs, int columns)
{
    m_blocks << [this, pairs, columns](Context &c) {
        const int cols = std::max(1, columns);
        const QFont lf = font(kSmallPt), vf = font(kBodyPt);
        const qreal gap = kFieldGapPt * c.pt;
        const qreal colW = (c.width - gap * (cols - 1)) / cols;
        const qreal labelW = colW * 0.42, valueW = colW - labelW;
        const qreal padY = 1.5 * c.pt;
        for (int start = 0; start < pairs.size(); start += cols) {
            qreal h = 0;
            QList<std::pair<Wrapped, Wrapped>> row;
            for (int i = start; i < std::min<int>(start + cols, int(pairs.size())); ++i) {
                row.append({Wrapped(pairs.at(i).first, lf, c.device, labelW - 4 * c.pt),
                            Wrapped(pairs.at(i).second, vf, c.device, valueW)});
                h = std::max({h, row.last().first.height(), row.last().second.height()});
            }
            h += 2 * padY;
            c.units << Unit{h, false, -1, [=](QPainter &p, const QRectF &r) {
                                for (int i = 0; i < row.size(); ++i) {
                                    const qreal x = r.left() + i * (colW + gap);
                                    p.setPen(kColours.muted);
                                    // Labels are smaller: centre them on the value's first line.
                                    row.at(i).first.draw(p, QPointF(x, r.top() + padY + c.pt));
                                    p.setPen(kColours.text);
                                    row.at(i).second.draw(p, QPointF(x + labelW, r.top() + padY));
                                }
                                p.setPen(QPen(kColours.shade.darker(104), 0.5 * c.pt));
                                p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
                            }};
        }
        c.units.last().height += kParagraphBelowPt * c.pt;
    };
}

void ReportDocument::layoutRow(Context &c, const QList<Cell> &cells, const QList<qreal> &widths,
                               bool header, bool shaded, int headerUnit)
{
    const qreal padX = kCellPadXPt * c.pt, padY = kCellPadYPt * c.pt;
    qreal h = 0;
    QList<Wrapped> texts;
    for (int i = 0; i < widths.size(); ++i) {
        const Cell cell = cells.value(i);
        texts << Wrapped(cell.text, font(kSmallPt, header || cell.bold), c.device, widths.at(i) - 2 * padX);
        h = std::max(h, texts.last().height());
    }
    h += 2 * padY;
    const qreal line = (header ? 0.8 : 0.4) * c.pt;
    c.units << Unit{h, header, headerUnit, [=](QPainter &p, const QRectF &r) {
                        if (header)
                            p.fillRect(r, kColours.headerFill);
                        else if (shaded)
                            p.fillRect(r, kColours.shade);
                        qreal x = r.left();
                        for (int i = 0; i < widths.size(); ++i) {
                            p.setPen(header ? kColours.text : toneColor(cells.value(i).tone));
                            texts.at(i).draw(p, QPointF(x + padX, r.top() + padY));
                            x += widths.at(i);
                        }
                        p.setPen(QPen(header ? kColours.rule : kColours.shade.darker(110), line));
                        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
                    }};
}

void ReportDocument::table(const QStringList &header, const QList<Row> &rows,
                           const QList<qreal> &weights)
{
    m_blocks << [this, header, rows, weights](Context &c) {
        const qreal pad = 2 * kCellPadXPt * c.pt;
        const QFontMetricsF bold(font(kSmallPt, true), c.device), plain(font(kSmallPt), c.device);
        QList<qreal> minimum, w;
        for (int i = 0; i < header.size(); ++i) {
            qreal m = widestUnbreakable(header.at(i), bold);
            for (const Row &r : rows) {
                const Cell cell = r.value(i);
                m = std::max(m, widestUnbreakable(cell.text, cell.bold ? bold : plain));
            }
            minimum << m + pad + c.pt;
            w << weights.value(i, 1);
        }
        const QList<qreal> widths = columnWidths(w, minimum, c.width);
        Row headerCells;
        for (const QString &h : header)
            headerCells << Cell(h);
        const int headerUnit = int(c.units.size());
        layoutRow(c, headerCells, widths, true, false, -1);
        for (int r = 0; r < rows.size(); ++r)
            layoutRow(c, rows.at(r), widths, false, r % 2 == 1, headerUnit);
        c.units.last().height += kParagraphBelowPt * c.pt;
    };
}

void ReportDocument::chart(qreal heightPt, const ChartPaint &paint)
{
    m_blocks << [heightPt, paint](Context &c) {
        const qreal dpi = c.device->logicalDpiY();
        c.units << Unit{heightPt * c.pt, false, -1,
                        [=](QPainter &p, const QRectF &r) {
                            p.save();
                            paint(p, r.adjusted(0, 0, 0, -kParagraphBelowPt * c.pt), dpi);
                            p.restore();
                        }};
    };
}

void ReportDocument::spacer(qreal heightPt)
{
    m_blocks << [heightPt](Context &c) {
        c.units << Unit{heightPt * c.pt, false, -1, [](QPainter &, const QRectF &) {}};
    };
}

QRectF ReportDocument::contentRect(const QPaintDevice *device) const
{
    const qreal pt = device->logicalDpiY() / 72.0;
    return QRectF(0, m_headerPt * pt, device->width(),
                  device->height() - (m_headerPt + m_footerPt) * pt);
}

int ReportDocument::paginate(QPaintDevice *device)
{
    Context c;
    c.device = device;
    c.pt = device->logicalDpiY() / 72.0;
    const QRectF content = contentRect(device);
    c.width = content.width();
    for (const Block &b : std::as_const(m_blocks))
        b(c);
    m_units = c.units;
    m_pages = {QList<Placed>()};

    qreal y = content.top();
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units.at(i);
        // A heading (or table header) stays with the unit after it, along the whole chain: an
        // introduction kept with a table header is kept with the table's first row too.
        qreal need = u.height;
        for (int j = i; m_units.at(j).keepWithNext && j + 1 < m_units.size(); ++j)
            need += m_units.at(j + 1).height;
        if (y + need > content.bottom() && !m_pages.last().isEmpty()) {
            m_pages.append(QList<Placed>());
            y = content.top();
            if (u.header >= 0) {  // a table continues: repeat its header row first
                m_pages.last() << Placed{u.header, y};
                y += m_units.at(u.header).height;
            }
        }
        m_pages.last() << Placed{i, y};
        y += u.height;
    }
    m_paginatedFor = device;
    return int(m_pages.size());
}

int ReportDocument::paint(QPagedPaintDevice *device, const PageDecoration &decoration)
{
    if (m_paginatedFor != device)
        paginate(device);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF content = contentRect(device);
    const qreal dpi = device->logicalDpiY();
    const int count = int(m_pages.size());
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            device->newPage();
        if (decoration)
            decoration(painter, page, n + 1, count, dpi);
        for (const Placed &pl : m_pages.at(n)) {
            const Unit &u = m_units.at(pl.unit);
            u.paint(painter, QRectF(content.left(), pl.y, content.width(), u.height));
        }
    }
    painter.end();
    return count;
}

}  // namespace trialcrf
