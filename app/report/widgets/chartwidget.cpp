// SPDX-License-Identifier: Apache-2.0
#include "chartwidget.h"

#include "chartimage.h"
#include "cohortchart.h"
#include "improvementchart.h"
#include "paintedtexts.h"
#include "trajectorychart.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QToolTip>

namespace trialcrf {

ChartWidget::ChartWidget(QWidget *parent) : ChartWidget(Kind::Trajectory, parent) {}

ChartWidget::ChartWidget(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_style(ChartStyle::screen(font()))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setKind(Kind kind)
{
    m_kind = kind;
    update();
}

void ChartWidget::setTrajectory(const TrajectoryData &data)
{
    if (m_kind != Kind::Cohort && data == m_trajectory)
        return;  // unchanged: no repaint
    m_trajectory = data;
    update();
}

void ChartWidget::setCasebook(const Casebook &casebook, const Protocol &protocol,
                              const QString &provisionalVisit)
{
    setTrajectory(TrajectoryData::fromCasebook(casebook, protocol, provisionalVisit));
}

void ChartWidget::setCohort(const CohortData &data)
{
    m_cohort = data;
    updateGeometry();
    update();
}

void ChartWidget::paintChart(QPainter &painter, const QRectF &rect, const ChartStyle &style) const
{
    switch (m_kind) {
    case Kind::Trajectory:
        TrajectoryChart::paint(painter, rect, m_trajectory, style);
        break;
    case Kind::Improvement:
        ImprovementChart::paint(painter, rect, m_trajectory, style);
        break;
    case Kind::Cohort:
        CohortChart::paint(painter, rect, m_cohort, style);
        break;
    }
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, QRectF(rect()), m_style);
}

QString ChartWidget::toolTipAt(const QPointF &pos) const
{
    const QRectF r(rect());
    switch (m_kind) {
    case Kind::Trajectory:
        return TrajectoryChart::toolTipAt(r, m_trajectory, m_style, pos);
    case Kind::Improvement:
        return ImprovementChart::toolTipAt(r, m_trajectory, m_style, pos);
    case Kind::Cohort:
        return CohortChart::toolTipAt(r, m_cohort, m_style, pos);
    }
    return {};
}

QStringList ChartWidget::paintedTexts() const
{
    return PaintedTexts::of(
        [this](QPainter &p) { paintChart(p, QRectF(rect()), m_style); }, size());
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, &ChartWidget::saveAsPng);
    menu.exec(event->globalPos());
}

void ChartWidget::changeEvent(QEvent *event)
{
    // Every label is translated while painting, so a repaint is all a language change needs.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_style = ChartStyle::screen(font());
        update();
    }
    QWidget::changeEvent(event);
}

QImage ChartWidget::renderImage(QSize logicalSize, qreal dpr) const
{
    if (logicalSize.isEmpty())
        logicalSize = size().isEmpty() ? sizeHint() : size();
    return ChartImage::render(
        [this](QPainter &p, const QRectF &r, const ChartStyle &s) { paintChart(p, r, s); },
        logicalSize, dpr, m_style);
}

bool ChartWidget::savePng(const QString &path, QSize logicalSize, qreal dpr, QString *error) const
{
    if (logicalSize.isEmpty())
        logicalSize = size().isEmpty() ? sizeHint() : size();
    return ChartImage::savePng(
        [this](QPainter &p, const QRectF &r, const ChartStyle &s) { paintChart(p, r, s); }, path,
        logicalSize, dpr, error, m_style);
}

QString ChartWidget::defaultFileName() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name;
    switch (m_kind) {
    case Kind::Trajectory:
        name = QStringLiteral("pasi-trajectory-%1.png").arg(m_trajectory.subjectCode);
        break;
    case Kind::Improvement:
        name = QStringLiteral("pasi-improvement-%1.png").arg(m_trajectory.subjectCode);
        break;
    case Kind::Cohort:
        name = QStringLiteral("pasi-cohort.png");
        break;
    }
    return QDir(dir).filePath(name);
}

void ChartWidget::saveAsPng()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), defaultFileName(),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    QString error;
    // At least twice the screen's ratio, so the picture stays sharp in documents.
    if (!savePng(path, {}, std::max<qreal>(2, devicePixelRatioF()), &error))
        QMessageBox::warning(this, tr("Save chart as PNG"), error);
}

QSize ChartWidget::sizeHint() const
{
    return m_kind == Kind::Cohort ? QSize(720, 560) : QSize(640, 360);
}

QSize ChartWidget::minimumSizeHint() const
{
    return m_kind == Kind::Cohort ? QSize(360, 300) : QSize(320, 150);
}

}  // namespace trialcrf
