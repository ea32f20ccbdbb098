// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace trialcrf {

/// Translated labels for the codes the data stores (visit, status, AE grade, role, audit
/// action, …): the one table of each, for the forms, the lists, the report and the audit
/// viewer. Source texts are QT_TRANSLATE_NOOP entries in the "CodeLabels" context, translated
/// at the moment of display, so call again after a language change instead of keeping the
/// result. An unknown code comes back unchanged, never as an empty string.
class CodeLabels
{
public:
    /// How a source text is turned into the shown text: (context, source) → text. The default
    /// (nullptr) is the application's current language; the data dictionary passes its own
    /// to label a code in English and in Chinese whatever the UI shows.
    using Translate = QString (*)(const char *context, const char *source);

    /// `code` of the named code list of the record fields and the data dictionary (sex,
    /// subject_status, visit, pasi_visit, infusion_visit, vitals_phase, ctcae_grade,
    /// relatedness, action_taken, outcome, sae_criterion, verdict, deviation_kind,
    /// deviation_source, criterion, pasi_region, yes_no): the one place each code's label is
    /// written. A list or code without a label comes back as the code.
    static QString inList(const QString &list, const QString &code, Translate tr = nullptr);
    /// The codes of a named list whose codes are no protocol data (sex, subject_status,
    /// verdict, yes_no, …), in order; empty for the protocol's lists (visits, grades, …).
    static QStringList codes(const QString &list);

    /// screening, week0 … week12
    static QString visit(const QString &code, Translate tr = nullptr);
    static QString subjectStatus(const QString &code);    ///< screening, enrolled, …
    static QString sex(const QString &code);              ///< M, F
    static QString role(const QString &code);             ///< nurse, physician, …
    static QString aeGrade(const QString &code);          ///< grade1 … grade5
    static QString relatedness(const QString &code);      ///< not_related … definite
    static QString actionTaken(const QString &code);      ///< none, infusion_slowed, …
    static QString outcome(const QString &code);          ///< recovered, …
    static QString saeCriterion(const QString &code);     ///< death, hospitalisation, …
    static QString vitalPhase(const QString &code);       ///< before, during, after
    static QString verdict(const QString &code);          ///< eligible, not_eligible, incomplete
    static QString visitState(const QString &code);       ///< not_yet_due, due, overdue, …
    /// A protocol-deviation kind: infusion_before_week0, dose_out_of_tolerance, …
    static QString deviationKind(const QString &code);
    static QString pasiRegion(const QString &code);       ///< head, upper_limbs, trunk, lower_limbs
    static QString yesNo(const QString &code);            ///< yes, no; empty = not recorded
    static QString auditAction(const QString &code);      ///< insert, update, login, sign, …
    static QString auditTable(const QString &code);       ///< subjects, infusions, users, …
    static QString signatureScope(const QString &code);   ///< visit, casebook
    static QString signatureMeaning(const QString &code); ///< reviewed, approved
    /// Why a password was asked (the field of a login or re-entry audit row): login, unlock,
    /// sign, password_change.
    static QString passwordPurpose(const QString &code);
    /// Why a login failed (the reason of a login_failed audit row): unknown_user, disabled, …
    static QString loginFailure(const QString &code);
    /// A reason for change (the code part of an audit row's reason): transcription_error,
    /// source_corrected, data_clarification, late_entry, other. See ChangeReason.
    static QString changeReason(const QString &code);
    /// A last-dose date's "never".
    static QString lastDose(const QString &code);
    /// Several labels as one text, with the language's list separator.
    static QString list(const QStringList &labels);
    /// A criterion code of the eligibility verdict with its short meaning,
    /// e.g. "EXC5-platelets: platelets below 75.0 × 10^9/L" → "EXC5-platelets — Platelets too low".
    static QString criterion(const QString &code, Translate tr = nullptr);
    /// An item the verdict found missing (an eligibility.csv column name, or birth_date,
    /// week0_date, consent, consent_date).
    static QString eligibilityItem(const QString &code);

    /// "Not recorded": the one wording for an empty value everywhere.
    static QString notRecorded();
};

}  // namespace trialcrf
