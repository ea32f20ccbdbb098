// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class EligibilityForm;
}

namespace trialcrf {

class OptionalDateEdit;

/// The eligibility assessment: every inclusion and exclusion criterion of the protocol page,
/// the laboratory results with the local reference limits, the washout dates (or "never"),
/// and the verdict, which updates as the data is typed: eligible, not eligible with each
/// failed criterion, or incomplete with each missing item. A physician confirms the verdict,
/// and overrules it only with a written reason.
class EligibilityForm : public CrfForm
{
    Q_OBJECT

public:
    explicit EligibilityForm(StudyStore &store, QWidget *parent = nullptr);
    ~EligibilityForm() override;

    /// `visit` and `aeNumber` are unused.
    void open(const Casebook &casebook, const QString &visit = {}, int aeNumber = 0) override;

    /// The verdict computed from the page as it is now.
    rules::EligibilityResult currentVerdict() const;
    QString verdictText() const;
    QString failedText() const;
    QString missingText() const;
    /// Where the screening PASI comes from: its value and the assessment's date, or what to
    /// do when the screening PASI assessment is missing.
    QString pasiSourceText() const;

protected:
    Action editAction() const override { return Action::EditEligibility; }
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void updateComputed() override;
    void updateEnabled(bool editable) override;
    void retranslate() override;
    QList<Problem> inputProblems() const override;

private:
    struct CriterionStatus {
        QString code;
        QStringList items;  ///< the missing-item codes that leave this criterion undecided
        QLabel *label = nullptr;
        bool inclusion = false;
    };
    struct Washout {
        OptionalDateEdit *date = nullptr;
        QCheckBox *never = nullptr;
        QLabel *needed = nullptr;
        QLabel *days = nullptr;
        int requiredDays = 0;
    };

    Eligibility collect() const;
    QList<FieldChange> pendingChanges() const override;
    std::optional<int> screeningPasiTenths() const;
    void retranslateCode();
    void updateStatuses(const rules::EligibilityResult &result);
    void updateWashoutDays();

    std::unique_ptr<Ui::EligibilityForm> m_ui;
    QList<CriterionStatus> m_statuses;
    QList<Washout> m_washouts;
};

}  // namespace trialcrf
