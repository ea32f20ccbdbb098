// SPDX-License-Identifier: Apache-2.0
#include "paintedtexts.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

namespace trialcrf {

namespace {

/// Records text items with their baseline positions; draws nothing else.
class RecordingEngine : public QPaintEngine {
public:
    struct Piece {
        QPointF at;
        qreal right;
        QString text;
    };

    RecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QPointF at = painter()->transform().map(p);
        const qreal width = item.width() * painter()->transform().m11();
        pieces.append({at, at.x() + width, item.text()});
    }
    Type type() const override { return QPaintEngine::User; }

    QList<Piece> pieces;
};

class RecordingDevice : public QPaintDevice {
public:
    explicit RecordingDevice(QSize size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    RecordingEngine &engine() const { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return qRound(m_size.width() * 25.4 / 96);
        case PdmHeightMM: return qRound(m_size.height() * 25.4 / 96);
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable RecordingEngine m_engine;
};

}  // namespace

QStringList PaintedTexts::of(const std::function<void(QPainter &)> &paint, QSize size)
{
    RecordingDevice device(size.isEmpty() ? QSize(640, 400) : size);
    {
        QPainter painter(&device);
        paint(painter);
    }
    QStringList texts;
    const QList<RecordingEngine::Piece> &pieces = device.engine().pieces;
    for (int i = 0; i < pieces.size(); ++i) {
        QString text = pieces.at(i).text;
        // One line drawn in pieces (Latin and CJK runs use different fonts): same baseline,
        // each piece starting where the last ended.
        while (i + 1 < pieces.size() && qAbs(pieces.at(i + 1).at.y() - pieces.at(i).at.y()) < 0.5
               && qAbs(pieces.at(i + 1).at.x() - pieces.at(i).right) < 1.0) {
            ++i;
            text += pieces.at(i).text;
        }
        if (!text.trimmed().isEmpty())
            texts.append(text);
    }
    return texts;
}

}  // namespace trialcrf
