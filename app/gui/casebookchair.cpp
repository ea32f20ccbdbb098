// SPDX-License-Identifier: Apache-2.0
// The casebook at the infusion chair: a vital-sign set overdue on the open infusion page is
// shown above the casebook (and, through alertChanged, in the status bar) without taking the
// focus; a reaction the nurse reports there opens an adverse-event draft in its own dialog,
// so the infusion page stays open with what was typed.
#include "casebookview.h"

#include "adverseeventform.h"
#include "adverseeventlist.h"
#include "formdialog.h"
#include "infusionform.h"
#include "infusionprogress.h"
#include "palette.h"
#include "storage/studystore.h"

#include <QLabel>
#include <QPointer>

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
    return m_alert;
}

QString CasebookView::alertText() const
{
    return m_alert->text();
}

void CasebookView::setAlert(const QString &text)
{
    if (text == m_alert->text())
        return;
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
    Q_EMIT alertChanged(text);
}

void CasebookView::connectChair(CrfForm *form)
{
    auto *infusion = qobject_cast<InfusionForm *>(form);
    if (!infusion) {
        setAlert({});
        return;
    }
    connect(infusion, &InfusionForm::vitalsOverdueChanged, this, &CasebookView::setAlert);
    connect(infusion, &QObject::destroyed, this, [this] { setAlert({}); });
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
