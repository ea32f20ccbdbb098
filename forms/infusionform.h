// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include "records/adverseevent.h"

#include <QSet>
#include <memory>

class QLabel;

namespace Ui {
class InfusionForm;
}

namespace trialcrf {

class DeviationPanel;
class InfusionProgressPanel;

/// One UCMSC infusion at one visit. The target dose follows the weight as it is typed
/// (cells and × 10⁸), the deviation of the actual cells and its tolerance state follow the
/// count, and a deviation reason is asked for only when the dose is outside the tolerance.
/// Vital signs before, every interval minutes during, and after. Each protocol deviation the
/// data shows (early, out of window, dose, a missing vital-sign set) is listed live with a
/// field for its reason; none of them stops the save.
class InfusionForm : public CrfForm
{
    Q_OBJECT

public:
    explicit InfusionForm(StudyStore &store, QWidget *parent = nullptr);
    ~InfusionForm() override;

    /// `visit` is an infusion visit code (week0 … week8); `aeNumber` is unused.
    void open(const Casebook &casebook, const QString &visit, int aeNumber = 0) override;

    /// The live target dose text, e.g. "127,000,000 cells (1.27 × 10⁸)"; "—" without weight.
    QString targetDoseText() const;
    /// The live deviation text, e.g. "+2.0 % — within the tolerance of ±10 %".
    QString deviationText() const;
    /// The protocol deviations the page shows now (kind codes).
    QStringList deviationKinds() const;

    // ---- at the chair (infusionchair.cpp) ---------------------------------------------------
    /// The running infusion: start button, running time, vital-sign sets due and overdue.
    InfusionProgressPanel *progress() const { return m_progress; }
    /// The note under the lot number ("Lot … was infused to S002 (Week 2)"); empty when none.
    QString lotNoteText() const;
    /// The adverse-event draft for a reaction seen in vital-sign row `rowId`: the infusion's
    /// visit, the onset date (the infusion date) and time (the reading's), and the term.
    AdverseEvent reactionDraft(int rowId) const;

Q_SIGNALS:
    /// A vital-sign set is overdue (the text says which), or none is any more (empty).
    void vitalsOverdueChanged(const QString &text);
    /// The nurse answered that an alert reading was an infusion reaction: open this
    /// adverse-event draft for the physician to grade.
    void reactionReported(const trialcrf::AdverseEvent &draft);

protected:
    Action editAction() const override { return Action::EditInfusion; }
    /// No infusion for a subject who is not enrolled: what is missing, before anything is typed.
    QString blockedReason() const override;
    FieldErrors currentErrors() const override;
    SaveResult write(const QString &reason) override;
    QString pageTitle() const override;
    void updateComputed() override;
    QString saveNote() const override;
    void updateEnabled(bool editable) override;
    void retranslate() override;
    QString fieldName(const QString &key) const override;

private:
    Infusion collect(QStringList *vitalRowKeys = nullptr) const;
    QList<FieldChange> pendingChanges() const override;
    /// "vitals[2].pulse_bpm" → "vitals.row5.pulse_bpm": errors follow the table row.
    FieldErrors mapVitalKeys(FieldErrors errors, const QStringList &rowKeys) const;
    void bindVitalRow(int rowId);
    void unbindVitalRow(int rowId);
    void fixTabOrder();
    bool outsideTolerance() const;
    void setupChair();
    void updateChair();
    void stampStart(const QDateTime &now);
    void checkLot();
    void watchVitalRow(int rowId);
    void checkAlerts(int rowId);
    void askReaction(int rowId, const QStringList &alerts);
    QString alertText(const QString &alert, const VitalSigns &v) const;

    std::unique_ptr<Ui::InfusionForm> m_ui;
    DeviationPanel *m_deviations = nullptr;  ///< the soft checks as typed, with reasons
    InfusionProgressPanel *m_progress = nullptr;
    QLabel *m_lotNote = nullptr;
    QString m_checkedLot;          ///< the lot number last looked up
    bool m_lotReused = false;      ///< m_checkedLot was infused to another subject before
    QSet<QString> m_askedAlerts;   ///< "row<id>|<alert>" already asked about
};

}  // namespace trialcrf
