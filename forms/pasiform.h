// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <memory>

class QLabel;
class QSpinBox;

namespace Ui {
class PasiForm;
}

namespace trialcrf {

class DeviationPanel;
class PasiComparisonPanel;

class FieldErrorLabel;
class NumberEdit;

/// A PASI assessment at one visit: for each of the four body regions erythema, induration and
/// desquamation (0–4) and the area score (0–6), picked directly or computed from a typed
/// percentage; BSA. The total PASI, the improvement against baseline (from the casebook) and
/// the PASI 50/75/90 responses reached update as the scores are typed.
class PasiForm : public CrfForm
{
    Q_OBJECT

public:
    explicit PasiForm(StudyStore &store, QWidget *parent = nullptr);
    ~PasiForm() override;

    /// `visit` is a PASI visit code (screening, week0 … week12); `aeNumber` is unused.
    void open(const Casebook &casebook, const QString &visit, int aeNumber = 0) override;

    /// The live total, e.g. "12.6"; "—" while a score is missing.
    QString totalText() const;
    QString improvementText() const;
    QString responseText() const;

    /// The casebook with this visit's assessment as typed now, complete or not.
    std::optional<Casebook> draftCasebook() const override;
    /// The scores beside the previous assessment's, with the implausible-change flag.
    PasiComparisonPanel *comparison() const { return m_comparison; }

protected:
    Action editAction() const override { return Action::EditPasi; }
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void updateComputed() override;
    QString saveNote() const override;
    void updateEnabled(bool editable) override;
    void retranslate() override;
    QString fieldName(const QString &key) const override;

private:
    struct RegionRow {
        QString code;  ///< protocol region code
        QLabel *label = nullptr;
        QSpinBox *erythema = nullptr, *induration = nullptr, *desquamation = nullptr,
                 *area = nullptr;
        NumberEdit *areaPct = nullptr;
        QLabel *score = nullptr;
        FieldErrorLabel *errors = nullptr;
    };

    PasiAssessment collect() const;
    QList<FieldChange> pendingChanges() const override;
    void setScore(QSpinBox *spin, const std::optional<int> &value);
    void areaPercentEdited(RegionRow &row);
    void retranslateCode();

    std::unique_ptr<Ui::PasiForm> m_ui;
    DeviationPanel *m_deviations = nullptr;  ///< the soft checks as typed, with reasons
    PasiComparisonPanel *m_comparison = nullptr;
    QList<RegionRow> m_rows;
    bool m_syncingArea = false;
};

}  // namespace trialcrf
