// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class SubjectForm;
}

namespace trialcrf {

/// A new subject, or the identity of an existing one: code, initials, sex, birth date, the
/// planned week-0 date. Never a name, ID number or phone number. The status is shown read
/// only, with what it takes to move on: it follows from the data. Withdraw… records the
/// withdrawal (date and reason). While the study has several sites the page shows the
/// subject's site; a new subject's user of several sites chooses it (a user of one site
/// records at that site).
class SubjectForm : public CrfForm
{
    Q_OBJECT

public:
    explicit SubjectForm(StudyStore &store, QWidget *parent = nullptr);
    ~SubjectForm() override;

    /// `visit` and `aeNumber` are unused. A casebook whose subject has id 0 is a new subject.
    void open(const Casebook &casebook, const QString &visit = {}, int aeNumber = 0) override;
    /// An empty page for a new subject.
    void openNew();
    /// The status as shown: its label and what enrolment (or completion) still needs.
    QString statusText() const;
    /// Asks the date and reason, then withdraws the subject; true when saved.
    bool withdraw();
    /// Withdraws without asking (the dialog's result); true when saved, else says why.
    bool withdrawWith(const QDate &date, const QString &reason);

protected:
    Action editAction() const override { return Action::EditSubject; }
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void retranslate() override;
    void showConflict(const SaveResult &result) override;
    void updateEnabled(bool editable) override;

private:
    Subject collect() const;
    QList<FieldChange> pendingChanges() const override;
    void updateStatusText();
    /// The sites a new subject may go to (the user's), or the stored subject's one; shown
    /// while the study has more than one site.
    void updateSiteChooser();

    std::unique_ptr<Ui::SubjectForm> m_ui;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_siteCombo = nullptr;
};

}  // namespace trialcrf
