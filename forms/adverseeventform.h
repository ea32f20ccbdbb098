// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <QMap>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class AdverseEventForm;
}

namespace trialcrf {

class CodeComboBox;
class OptionalTimeEdit;

/// One adverse event: term, onset and end, CTCAE grade, seriousness with the SAE criteria,
/// relationship to the UCMSCs (judged by a physician: read only for other roles), action
/// taken and outcome. A new event gets the subject's next number.
class AdverseEventForm : public CrfForm
{
    Q_OBJECT

public:
    explicit AdverseEventForm(StudyStore &store, QWidget *parent = nullptr);
    ~AdverseEventForm() override;

    /// `visit` is unused; `aeNumber` selects the event, 0 opens a new one.
    void open(const Casebook &casebook, const QString &visit = {}, int aeNumber = 0) override;
    /// A new event with `draft`'s fields already filled in (e.g. an infusion reaction from the
    /// infusion page): unsaved, for the user to complete and save.
    void openDraft(const Casebook &casebook, const AdverseEvent &draft);

protected:
    Action editAction() const override { return Action::EditAdverseEvent; }
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void updateComputed() override;
    void updateEnabled(bool editable) override;
    void retranslate() override;

private:
    AdverseEvent collect() const;
    QList<FieldChange> pendingChanges() const override;
    const AdverseEvent *savedEvent() const;
    void retranslateCode();
    void addInfusionFields();

    QLabel *m_onsetTimeLabel = nullptr;
    OptionalTimeEdit *m_onsetTimeEdit = nullptr;
    QLabel *m_infusionLabel = nullptr;
    CodeComboBox *m_infusionCombo = nullptr;

    std::unique_ptr<Ui::AdverseEventForm> m_ui;
    QMap<QString, QCheckBox *> m_criteria;  ///< SAE criterion code → its box
    int m_number = 0;  ///< the number of the event shown (the next free one when new)
};

}  // namespace trialcrf
