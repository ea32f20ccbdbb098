// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/chair.h"
#include "storage/session.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTimer;

namespace trialcrf {

/// The infusion while it runs, at the chair: a button that stamps the start (the nurse may
/// edit the time afterwards), the running time, the vital-sign sets the protocol asks for
/// (before, every interval minutes during, after) with the next one due and its time, and the
/// sets that are overdue. A timer refreshes the labels; nothing here takes the focus or opens
/// a dialog. The form feeds it what is typed (setInfusion) and reads overdueText().
class InfusionProgressPanel : public QGroupBox
{
    Q_OBJECT

public:
    InfusionProgressPanel(const Protocol &protocol, Clock clock, QWidget *parent = nullptr);

    /// What is typed: the infusion's date, start and end (unset when not typed), and the
    /// sets on the page. Refreshes at once.
    void setInfusion(const std::optional<QDate> &date, const std::optional<QTime> &start,
                     const std::optional<QTime> &end, const QList<rules::VitalSetFacts> &sets);
    /// Re-reads the clock and refreshes the labels (the timer calls it).
    void refresh();
    void setEditable(bool editable);

    QPushButton *startButton() const { return m_startButton; }
    QString runningText() const;
    QString setsText() const;
    QString nextText() const;
    /// "Vital signs overdue: 15 min (due 09:15)"; empty when none is.
    QString overdueText() const { return m_overdueText; }
    /// The local time now, to the minute (what the start button stamps).
    QDateTime now() const;

Q_SIGNALS:
    /// The start button: the form stamps `now` into the date and start fields.
    void startRequested(const QDateTime &now);
    /// overdueText() changed.
    void overdueChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString setName(const rules::VitalsDue &d) const;
    void retranslate();

    const Protocol &m_protocol;
    Clock m_clock;
    std::optional<QDate> m_date;
    std::optional<QTime> m_start, m_end;
    QList<rules::VitalSetFacts> m_sets;
    rules::VitalsSchedule m_schedule;
    bool m_editable = true;
    QString m_overdueText;

    QPushButton *m_startButton = nullptr;
    QLabel *m_running = nullptr;
    QLabel *m_setsLabel = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_overdue = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace trialcrf
