// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartstyle.h"
#include "cohortdata.h"
#include "trajectorydata.h"

#include <QWidget>

namespace trialcrf {

struct Casebook;

/// Shows one chart of the family (trajectory, improvement or cohort) with the same paint
/// routine the PNG and the PDF use: tooltips on points, "Save as PNG…" in the context menu,
/// repainted in the new language on QEvent::LanguageChange, crisp at any device pixel ratio.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Trajectory, Improvement, Cohort };
    Q_ENUM(Kind)

    explicit ChartWidget(QWidget *parent = nullptr);
    explicit ChartWidget(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    /// For Trajectory and Improvement.
    void setTrajectory(const TrajectoryData &data);
    /// The same, computed from a casebook (call again on every save or edit: it is cheap).
    /// `provisionalVisit`: the visit whose PASI is being typed, drawn as provisional.
    void setCasebook(const Casebook &casebook, const Protocol &protocol,
                     const QString &provisionalVisit = QString());
    /// For Cohort.
    void setCohort(const CohortData &data);
    const TrajectoryData &trajectory() const { return m_trajectory; }
    const CohortData &cohort() const { return m_cohort; }

    /// The chart as an image of `logicalSize` (the widget's size when empty) at `dpr`.
    QImage renderImage(QSize logicalSize = {}, qreal dpr = 2) const;
    /// Writes the chart as a PNG; false with *error (translated) on failure.
    bool savePng(const QString &path, QSize logicalSize = {}, qreal dpr = 2,
                 QString *error = nullptr) const;
    /// The tooltip text at a widget position (empty when nothing is there).
    QString toolTipAt(const QPointF &pos) const;
    /// Every text the chart paints at its current size, in drawing order (title, axes,
    /// legend, labels, the empty state): what a person reads on it.
    QStringList paintedTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Asks for a file name and saves a PNG; reports a failure in a message box.
    void saveAsPng();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintChart(QPainter &painter, const QRectF &rect, const ChartStyle &style) const;
    QString defaultFileName() const;

    Kind m_kind = Kind::Trajectory;
    TrajectoryData m_trajectory;
    CohortData m_cohort;
    ChartStyle m_style;
};

}  // namespace trialcrf
