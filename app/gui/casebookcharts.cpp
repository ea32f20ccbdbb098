// SPDX-License-Identifier: Apache-2.0
#include "casebookcharts.h"

#include "chartwidget.h"
#include "storage/studystore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedLayout>

namespace trialcrf {

CasebookCharts::CasebookCharts(const StudyStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("casebookCharts"));
    m_noSubject = new QLabel(this);
    m_noSubject->setObjectName(QStringLiteral("chartsPlaceholder"));
    m_noSubject->setAlignment(Qt::AlignCenter);
    m_noSubject->setWordWrap(true);
    m_charts = new QWidget(this);
    m_trajectory = new ChartWidget(ChartWidget::Kind::Trajectory, m_charts);
    m_trajectory->setObjectName(QStringLiteral("trajectoryChart"));
    m_improvement = new ChartWidget(ChartWidget::Kind::Improvement, m_charts);
    m_improvement->setObjectName(QStringLiteral("improvementChart"));
    // Below their own minimum if need be: on a 1280x720 screen the casebook's visit schedule
    // and adverse events come first (the dock can be enlarged, or floated, to read them).
    for (ChartWidget *chart : {m_trajectory, m_improvement})
        chart->setMinimumSize(chart->minimumSizeHint().width(), 120);
    auto *charts = new QHBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_trajectory, 3);
    charts->addWidget(m_improvement, 2);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_noSubject);
    m_stack->addWidget(m_charts);
    retranslate();
    setCasebook(Casebook{});
}

void CasebookCharts::setCasebook(const Casebook &casebook, const QString &provisionalVisit)
{
    // Computed once for both charts.
    const TrajectoryData data =
        TrajectoryData::fromCasebook(casebook, m_store.protocol(), provisionalVisit);
    m_trajectory->setTrajectory(data);
    m_improvement->setTrajectory(data);
    m_stack->setCurrentWidget(casebook.subject.id != 0 ? m_charts
                                                       : static_cast<QWidget *>(m_noSubject));
}

bool CasebookCharts::chartsShown() const
{
    return m_stack->currentWidget() == m_charts;
}

QSize CasebookCharts::sizeHint() const
{
    const QSize charts = m_charts->sizeHint();
    return QSize(charts.width(), qMin(charts.height(), 280));
}

void CasebookCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasebookCharts::retranslate()
{
    m_noSubject->setText(tr("Choose a subject in the list to see the PASI trajectory."));
}

}  // namespace trialcrf
