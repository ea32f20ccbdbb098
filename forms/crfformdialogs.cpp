// SPDX-License-Identifier: Apache-2.0
// CrfForm: what saving and closing ask and tell: the reason for a change, a save refused
// because someone else saved first, someone else's save while the page is open, and unsaved
// changes on close.
#include "crfform.h"

#include "changednotice.h"

#include "displayformat.h"
#include "labels/fieldlabels.h"
#include "reasondialog.h"
#include "storage/studystore.h"

#include <QMessageBox>

namespace trialcrf {

bool CrfForm::askReason(QString *reason)
{
    QList<ReasonDialog::Change> changes;
    for (const FieldChange &c : pendingChanges()) {
        changes << ReasonDialog::Change{changeFieldLabel(c.column),
                                        DisplayFormat::storedValue(c.column, c.oldText, c.jsonText),
                                        DisplayFormat::storedValue(c.column, c.newText, c.jsonText)};
    }
    const std::optional<QString> r =
        ReasonDialog::ask(this, pageTitle(), ReasonDialog::Purpose::Correction, changes,
                          m_reasonPreset ? m_reasonPreset(pendingChanges()) : QString());
    if (!r)
        return false;
    *reason = *r;
    return true;
}

QString CrfForm::changeFieldLabel(const QString &column) const
{
    for (const Binding &b : m_bindings) {
        if (b.key == column) {
            const QString text = buddyText(b.input);
            if (!text.isEmpty())
                return text;
        }
    }
    return FieldLabels::column(column);
}

void CrfForm::showConflict(const SaveResult &result)
{
    message(QMessageBox::Warning, tr("Not saved"),
            tr("The page conflicts with data already saved. Nothing was saved.\n\nDetails: %1")
                .arg(result.message));
}

bool CrfForm::reload()
{
    if (subjectId() == 0) {
        open(m_casebook, m_visit, m_aeNumber);
        return true;
    }
    const std::optional<Casebook> casebook = m_store.loadCasebook(m_session, subjectId());
    if (!casebook) {
        message(QMessageBox::Critical, tr("Cannot load"),
                tr("The subject's data could not be read from the database."));
        return false;
    }
    open(*casebook, m_visit, m_aeNumber);
    return true;
}

void CrfForm::changedElsewhere(const QString &userName, const QString &roleCode,
                               const QDateTime &atUtc)
{
    if (m_dirty) {
        m_changed->showChange(ChangedNotice::Kind::Conflict, userName, roleCode, atUtc);
        updateFooter();
        return;
    }
    // Nothing typed here: show theirs, without moving the keyboard (a nurse may be typing
    // elsewhere in the window).
    m_keepFocus = true;
    const bool shown = reload();
    m_keepFocus = false;
    if (shown)
        m_changed->showChange(ChangedNotice::Kind::Reloaded, userName, roleCode, atUtc);
}

void CrfForm::showSavedData()
{
    setDirty(false);
    reload();
}

void CrfForm::message(int icon, const QString &title, const QString &text)
{
    QMessageBox box(static_cast<QMessageBox::Icon>(icon), title, text, QMessageBox::Ok, this);
    box.exec();
}

bool CrfForm::maybeClose()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, pageTitle(),
                    tr("Save the changes to \"%1\" before closing?").arg(pageTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        open(m_casebook, m_visit, m_aeNumber);
        return true;
    default:
        return false;
    }
}

}  // namespace trialcrf
