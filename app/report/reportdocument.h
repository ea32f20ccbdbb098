// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

namespace trialcrf {

/// A small flowing document for paged devices (a PDF writer or a printer): headings,
/// paragraphs, label/value grids, tables that break between rows and repeat their header,
/// and charts painted by a callback. Laid out in two passes: paginate() measures everything
/// on the device and splits it into pages, so the page count is known before paint() draws
/// page "n of m" headers. Sizes are given in points and converted with the device's dpi.
class ReportDocument {
public:
    enum class Tone { Normal, Muted, Alert, Good };
    struct Cell {
        QString text;
        Tone tone = Tone::Normal;
        bool bold = false;
        Cell(const QString &t = {}, Tone to = Tone::Normal, bool b = false) : text(t), tone(to), bold(b) {}
        Cell(const char *) = delete;  // every text goes through tr() or a label function
    };
    using Row = QList<Cell>;
    /// Paints a chart into `rect` (device units) at `dpi`.
    using ChartPaint = std::function<void(QPainter &, const QRectF &rect, qreal dpi)>;
    /// Paints the page header and footer around the content of page `page` of `pages`.
    using PageDecoration =
        std::function<void(QPainter &, const QRectF &pageRect, int page, int pages, qreal dpi)>;

    /// `base` gives the font families; sizes are the document's own.
    explicit ReportDocument(const QFont &base);

    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    /// `keepWithNext`: an introduction that must not end a page alone.
    void paragraph(const QString &text, Tone tone = Tone::Normal, bool keepWithNext = false);
    /// Label/value pairs in `columns` columns, filled row by row.
    void fields(const QList<std::pair<QString, QString>> &pairs, int columns = 2);
    /// A table; `weights` are relative column widths (one per header column).
    void table(const QStringList &header, const QList<Row> &rows, const QList<qreal> &weights);
    void chart(qreal heightPt, const ChartPaint &paint);
    void spacer(qreal heightPt);

    /// Margins of the page around the header, content and footer, in points.
    void setPageBands(qreal headerPt, qreal footerPt) { m_headerPt = headerPt; m_footerPt = footerPt; }

    /// Pass 1: the number of pages on this device.
    int paginate(QPaintDevice *device);
    /// Pass 2: paints every page (calls newPage() between them). Paginates first if needed.
    /// Returns the number of pages, 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice *device, const PageDecoration &decoration);

    QColor toneColor(Tone tone) const;
    QFont font(qreal pointSize, bool bold = false) const;

private:
    struct Unit {
        qreal height = 0;
        bool keepWithNext = false;
        int header = -1;  ///< a table row: the unit index of its header, repeated on a new page
        std::function<void(QPainter &, const QRectF &)> paint;
    };
    struct Context {
        QPaintDevice *device = nullptr;
        qreal width = 0;  ///< content width, device units
        qreal pt = 1;     ///< device units per point
        QList<Unit> units;
    };
    using Block = std::function<void(Context &)>;
    struct Placed {
        int unit;
        qreal y;
    };

    void layoutRow(Context &c, const QList<Cell> &cells, const QList<qreal> &widths, bool header,
                   bool shaded, int headerUnit);
    QRectF contentRect(const QPaintDevice *device) const;

    QFont m_base;
    QList<Block> m_blocks;
    qreal m_headerPt = 28, m_footerPt = 22;
    QList<Unit> m_units;
    QList<QList<Placed>> m_pages;
    const QPaintDevice *m_paginatedFor = nullptr;
};

}  // namespace trialcrf
