// SPDX-License-Identifier: Apache-2.0
#include "infusionprogress.h"

#include "displayformat.h"
#include "labels/codelabels.h"
#include "palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace trialcrf {

namespace {
/// How often the labels follow the clock: well under the minute they show.
constexpr int kRefreshMs = 15 * 1000;
}

InfusionProgressPanel::InfusionProgressPanel(const Protocol &protocol, Clock clock,
                                             QWidget *parent)
    : QGroupBox(parent), m_protocol(protocol), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("infusionProgress"));
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startInfusionButton"));
    m_startButton->setAutoDefault(false);
    m_running = new QLabel(this);
    m_running->setObjectName(QStringLiteral("infusionRunning"));
    m_setsLabel = new QLabel(this);
    m_setsLabel->setObjectName(QStringLiteral("vitalsDue"));
    m_setsLabel->setWordWrap(true);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("vitalsNext"));
    m_next->setWordWrap(true);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("vitalsOverdue"));
    m_overdue->setWordWrap(true);
    m_overdue->setStyleSheet(Palette::textStyle(Palette::error(), true));
    for (QLabel *l : {m_running, m_setsLabel, m_next, m_overdue})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_startButton);
    top->addWidget(m_running, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_setsLabel);
    layout->addWidget(m_next);
    layout->addWidget(m_overdue);

    connect(m_startButton, &QPushButton::clicked, this, [this] { emit startRequested(now()); });
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &InfusionProgressPanel::refresh);
    m_timer->start();
    retranslate();
}

QDateTime InfusionProgressPanel::now() const
{
    QDateTime local = m_clock().toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    return local;
}

void InfusionProgressPanel::setInfusion(const std::optional<QDate> &date,
                                        const std::optional<QTime> &start,
                                        const std::optional<QTime> &end,
                                        const QList<rules::VitalSetFacts> &sets)
{
    m_date = date;
    m_start = start;
    m_end = end;
    m_sets = sets;
    refresh();
}

void InfusionProgressPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_startButton->setEnabled(editable && !m_start);
}

QString InfusionProgressPanel::setName(const rules::VitalsDue &d) const
{
    if (d.phase == QLatin1String("during") && d.minute)
        return tr("%1 min").arg(*d.minute);
    return CodeLabels::vitalPhase(d.phase);
}

void InfusionProgressPanel::refresh()
{
    rules::InfusionClock c;
    if (m_date && m_start && m_date->isValid() && m_start->isValid()) {
        c.start = QDateTime(*m_date, *m_start);
        if (m_end && m_end->isValid()) {
            QDateTime end(*m_date, *m_end);
            if (end < c.start)
                end = end.addDays(1);  // across midnight
            c.end = end;
        }
    }
    c.now = m_clock().toLocalTime();
    c.recorded = m_sets;
    m_schedule = rules::vitalsSchedule(m_protocol, c);
    m_startButton->setEnabled(m_editable && !m_start);

    QString overdue;
    if (!m_schedule.overdue.isEmpty()) {
        QStringList names;
        for (int i : std::as_const(m_schedule.overdue)) {
            const rules::VitalsDue &d = m_schedule.sets.at(i);
            names << tr("%1 (due %2)").arg(setName(d), DisplayFormat::time(d.dueAt.time()));
        }
        overdue = tr("Vital signs overdue: %1").arg(names.join(QStringLiteral(", ")));
    }
    m_running->setText(runningText());
    m_setsLabel->setText(setsText());
    m_next->setText(nextText());
    m_next->setVisible(!m_next->text().isEmpty());
    m_overdue->setText(overdue);
    m_overdue->setVisible(!overdue.isEmpty());
    if (overdue != m_overdueText) {
        m_overdueText = overdue;
        emit overdueChanged(overdue);
    }
}

QString InfusionProgressPanel::runningText() const
{
    if (m_schedule.sets.isEmpty())
        return tr("Not started: press the button when the infusion starts, or type the date "
                  "and the start time.");
    const qint64 minutes = m_schedule.runningSeconds / 60;
    const QString since = DisplayFormat::time(*m_start);
    if (m_end && m_end->isValid())
        return tr("Ended after %1 min (started %2).").arg(minutes).arg(since);
    return tr("Running for %1 min (started %2).").arg(minutes).arg(since);
}

QString InfusionProgressPanel::setsText() const
{
    if (m_schedule.sets.isEmpty())
        return {};
    QStringList parts;
    for (const rules::VitalsDue &d : m_schedule.sets) {
        QString state;
        if (d.recorded)
            state = tr("recorded");
        else if (d.overdue)
            state = tr("overdue");
        else if (d.due)
            state = tr("due now");
        else if (d.dueAt.isValid())
            state = tr("at %1").arg(DisplayFormat::time(d.dueAt.time()));
        else
            state = tr("at the end");
        parts << tr("%1: %2").arg(setName(d), state);
    }
    return tr("Vital-sign sets — %1").arg(parts.join(QStringLiteral(" · ")));
}

QString InfusionProgressPanel::nextText() const
{
    if (m_schedule.next < 0)
        return {};
    const rules::VitalsDue &d = m_schedule.sets.at(m_schedule.next);
    if (!d.dueAt.isValid())
        return tr("Next: the set %1, when the infusion ends.").arg(setName(d));
    if (d.due)
        return tr("Next: the set %1, due now (%2).")
            .arg(setName(d), DisplayFormat::time(d.dueAt.time()));
    return tr("Next: the set %1 at %2.").arg(setName(d), DisplayFormat::time(d.dueAt.time()));
}

void InfusionProgressPanel::retranslate()
{
    setTitle(tr("Infusion in progress"));
    m_startButton->setText(tr("Start the infusion &now"));
    m_startButton->setToolTip(
        tr("Stamps the date and the start time from the clock; both stay editable."));
    refresh();
}

void InfusionProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

}  // namespace trialcrf
