// SPDX-License-Identifier: Apache-2.0
// The casebook at the infusion chair: a vital-sign set overdue on the open infusion page, or
// on another running infusion of the study (another page or subject shown), is shown above
// the casebook (and, through alertChanged, in the status bar) without taking the focus; a reaction the nurse reports there opens an adverse-event draft in its own dialog,
// so the infusion page stays open with what was typed.
#include "casebookview.h"

#include "adverseeventform.h"
#include "adverseeventlist.h"
#include "formhost.h"
#include "formdialog.h"
#include "infusionform.h"
#include "infusionprogress.h"
#include "displayformat.h"
#include "labels/codelabels.h"
#include "palette.h"
#include "rules/chair.h"
#include "storage/runninginfusions.h"
#include "storage/studystore.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace trialcrf {

QLabel *CasebookView::createAlert()
{
    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("casebookAlert"));
    m_alert->setTextFormat(Qt::PlainText);
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(Palette::bannerStyle(4, Palette::stateBackground(QStringLiteral("overdue"))));
    m_alert->setFocusPolicy(Qt::NoFocus);
    m_alert->hide();
    // A set falls due while nothing is typed: look again every half minute.
    auto *timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &CasebookView::watchChair);
    timer->start();
    connect(this, &CasebookView::casebookLoaded, this, &CasebookView::watchChair);
    return m_alert;
}

void CasebookView::watchChair()
{
    QStringList lines;
    const QDateTime now = m_store.clock()().toLocalTime();
    const std::optional<QList<RunningInfusion>> running =
        m_session.may(Action::ReadClinical)
            ? RunningInfusions::on(m_store, m_session, now.date())
            : std::nullopt;
    for (const RunningInfusion &r : running.value_or(QList<RunningInfusion>())) {
        // The open page tells its own (with what is typed and not yet saved).
        if (r.subjectId == m_chairSubject && r.infusion.visit == m_chairVisit)
            continue;
        rules::SavedInfusionClock c{r.infusion.infusionDate, r.infusion.startTime,
                                    r.infusion.endTime, {}};
        for (const VitalSigns &v : r.infusion.vitals)
            c.recorded << rules::VitalSetFacts{v.phase, v.minute};
        QStringList sets;
        for (const rules::VitalsDue &d : rules::overdueWhileRunning(m_store.protocol(), c, now)) {
            const QString name = d.phase == QLatin1String("during") && d.minute
                                     ? tr("%1 min").arg(*d.minute)
                                     : CodeLabels::vitalPhase(d.phase);
            sets << tr("%1 (due %2)").arg(name, DisplayFormat::time(d.dueAt.time()));
        }
        if (!sets.isEmpty())
            lines << tr("Vital signs overdue for %1, infusion %2: %3")
                         .arg(r.subjectCode, CodeLabels::visit(r.infusion.visit),
                              sets.join(QStringLiteral(", ")));
    }
    const QString others = lines.join(QLatin1Char('\n'));
    if (others == m_otherAlerts)
        return;
    m_otherAlerts = others;
    showAlert();
}

CasebookView::~CasebookView()
{
    if (CrfForm *form = m_host ? m_host->form() : nullptr)
        disconnect(form, nullptr, this, nullptr);
}

QString CasebookView::alertText() const
{
    return m_alert->text();
}

void CasebookView::setAlert(const QString &text)
{
    m_pageAlert = text;
    showAlert();
}

void CasebookView::showAlert()
{
    QStringList parts;
    for (const QString &part : {m_pageAlert, m_otherAlerts}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString text = parts.join(QLatin1Char('\n'));
    if (text == m_alert->text())
        return;
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
    Q_EMIT alertChanged(text);
}

void CasebookView::connectChair(CrfForm *form)
{
    auto *infusion = qobject_cast<InfusionForm *>(form);
    m_chairSubject = infusion ? infusion->casebook().subject.id : 0;
    m_chairVisit = infusion ? infusion->visit() : QString();
    watchChair();
    if (!infusion) {
        setAlert({});
        return;
    }
    connect(infusion, &InfusionForm::vitalsOverdueChanged, this, &CasebookView::setAlert);
    connect(infusion, &QObject::destroyed, this, [this] {
        m_chairSubject = 0;
        m_chairVisit.clear();
        setAlert({});
        watchChair();
    });
    connect(infusion, &InfusionForm::reactionReported, this, &CasebookView::openReactionDraft);
    setAlert(infusion->progress()->overdueText());
}

void CasebookView::openReactionDraft(const AdverseEvent &draft)
{
    if (!m_casebook)
        return;
    auto *form = new AdverseEventForm(m_store);
    form->setSession(m_session);
    form->openDraft(*m_casebook, draft);
    auto *dialog = new FormDialog(form, this);
    dialog->setObjectName(QStringLiteral("reactionDraftDialog"));
    dialog->setWindowTitle(tr("Adverse event: infusion reaction"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &CrfForm::saved, this, [this](qint64 subjectId) {
        // The list of adverse events follows; the infusion page keeps what is typed.
        m_casebook = m_store.loadCasebook(m_session, subjectId);
        if (m_casebook)
            m_adverseEvents->setCasebook(*m_casebook);
        Q_EMIT subjectSaved(subjectId);
    });
    Q_EMIT reactionDraftOpened(dialog);
    dialog->open();
}

}  // namespace trialcrf
