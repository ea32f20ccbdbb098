// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <memory>

namespace Ui {
class ConsentForm;
}

namespace trialcrf {

/// Informed consent: version of the consent form, date and time signed, whether the subject
/// signed, and who obtained it. One record per subject.
class ConsentForm : public CrfForm
{
    Q_OBJECT

public:
    explicit ConsentForm(StudyStore &store, QWidget *parent = nullptr);
    ~ConsentForm() override;

    /// `visit` and `aeNumber` are unused.
    void open(const Casebook &casebook, const QString &visit = {}, int aeNumber = 0) override;

protected:
    Action editAction() const override { return Action::EditConsent; }
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void updateComputed() override;
    void retranslate() override;

private:
    Consent collect() const;
    QList<FieldChange> pendingChanges() const override;

    std::unique_ptr<Ui::ConsentForm> m_ui;
};

}  // namespace trialcrf
