// SPDX-License-Identifier: Apache-2.0
#include "labels/codelabels.h"

#include "labels/changereason.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace trialcrf {

namespace {

struct Label {
    const char *code;
    const char *text;  ///< source text in the "CodeLabels" context
};


QString uiText(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QString translated(const char *source, CodeLabels::Translate via = &uiText)
{
    return via("CodeLabels", source);
}

struct List {
    const Label *begin;
    const Label *end;
};

template <std::size_t N>
constexpr List all(const Label (&labels)[N])
{
    return {labels, labels + N};
}

QString lookup(List labels, const QString &code, CodeLabels::Translate tr = &uiText)
{
    for (const Label *l = labels.begin; l != labels.end; ++l) {
        if (code == QLatin1String(l->code))
            return translated(l->text, tr);
    }
    return code;
}

// clang-format off
constexpr Label kSubjectStatus[] = {
    {"screening", QT_TRANSLATE_NOOP("CodeLabels", "Screening")},
    {"enrolled", QT_TRANSLATE_NOOP("CodeLabels", "Enrolled")},
    {"screen_failed", QT_TRANSLATE_NOOP("CodeLabels", "Screen failure")},
    {"withdrawn", QT_TRANSLATE_NOOP("CodeLabels", "Withdrawn")},
    {"completed", QT_TRANSLATE_NOOP("CodeLabels", "Completed")},
};
constexpr Label kSex[] = {
    {"M", QT_TRANSLATE_NOOP("CodeLabels", "Male")},
    {"F", QT_TRANSLATE_NOOP("CodeLabels", "Female")},
};
constexpr Label kRole[] = {
    {"nurse", QT_TRANSLATE_NOOP("CodeLabels", "Research nurse")},
    {"physician", QT_TRANSLATE_NOOP("CodeLabels", "Physician")},
    {"monitor", QT_TRANSLATE_NOOP("CodeLabels", "Monitor")},
    {"data_manager", QT_TRANSLATE_NOOP("CodeLabels", "Data manager")},
};
constexpr Label kAeGrade[] = {
    {"grade1", QT_TRANSLATE_NOOP("CodeLabels", "Grade 1 — mild")},
    {"grade2", QT_TRANSLATE_NOOP("CodeLabels", "Grade 2 — moderate")},
    {"grade3", QT_TRANSLATE_NOOP("CodeLabels", "Grade 3 — severe")},
    {"grade4", QT_TRANSLATE_NOOP("CodeLabels", "Grade 4 — life-threatening")},
    {"grade5", QT_TRANSLATE_NOOP("CodeLabels", "Grade 5 — death")},
};
constexpr Label kRelatedness[] = {
    {"not_related", QT_TRANSLATE_NOOP("CodeLabels", "Not related")},
    {"unlikely", QT_TRANSLATE_NOOP("CodeLabels", "Unlikely")},
    {"possible", QT_TRANSLATE_NOOP("CodeLabels", "Possible")},
    {"probable", QT_TRANSLATE_NOOP("CodeLabels", "Probable")},
    {"definite", QT_TRANSLATE_NOOP("CodeLabels", "Definite")},
};
constexpr Label kActionTaken[] = {
    {"none", QT_TRANSLATE_NOOP("CodeLabels", "None")},
    {"infusion_slowed", QT_TRANSLATE_NOOP("CodeLabels", "Infusion slowed")},
    {"infusion_interrupted", QT_TRANSLATE_NOOP("CodeLabels", "Infusion interrupted")},
    {"infusion_stopped", QT_TRANSLATE_NOOP("CodeLabels", "Infusion stopped")},
    {"treatment_withdrawn", QT_TRANSLATE_NOOP("CodeLabels", "Treatment withdrawn")},
    {"medication_given", QT_TRANSLATE_NOOP("CodeLabels", "Medication given")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other")},
};
constexpr Label kOutcome[] = {
    {"recovered", QT_TRANSLATE_NOOP("CodeLabels", "Recovered")},
    {"recovering", QT_TRANSLATE_NOOP("CodeLabels", "Recovering")},
    {"not_recovered", QT_TRANSLATE_NOOP("CodeLabels", "Not recovered")},
    {"recovered_with_sequelae", QT_TRANSLATE_NOOP("CodeLabels", "Recovered with sequelae")},
    {"fatal", QT_TRANSLATE_NOOP("CodeLabels", "Fatal")},
    {"unknown", QT_TRANSLATE_NOOP("CodeLabels", "Unknown")},
};
constexpr Label kSaeCriterion[] = {
    {"death", QT_TRANSLATE_NOOP("CodeLabels", "Resulted in death")},
    {"life_threatening", QT_TRANSLATE_NOOP("CodeLabels", "Life-threatening")},
    {"hospitalisation", QT_TRANSLATE_NOOP("CodeLabels", "Hospitalisation or longer stay")},
    {"disability", QT_TRANSLATE_NOOP("CodeLabels", "Disability or incapacity")},
    {"congenital_anomaly", QT_TRANSLATE_NOOP("CodeLabels", "Congenital anomaly")},
    {"important_medical_event", QT_TRANSLATE_NOOP("CodeLabels", "Important medical event")},
};
constexpr Label kVitalPhase[] = {
    {"before", QT_TRANSLATE_NOOP("CodeLabels", "Before")},
    {"during", QT_TRANSLATE_NOOP("CodeLabels", "During")},
    {"after", QT_TRANSLATE_NOOP("CodeLabels", "After")},
};
constexpr Label kVerdict[] = {
    {"eligible", QT_TRANSLATE_NOOP("CodeLabels", "Eligible")},
    {"not_eligible", QT_TRANSLATE_NOOP("CodeLabels", "Not eligible")},
    {"incomplete", QT_TRANSLATE_NOOP("CodeLabels", "Incomplete")},
};
constexpr Label kVisitState[] = {
    {"not_yet_due", QT_TRANSLATE_NOOP("CodeLabels", "Not yet due")},
    {"due", QT_TRANSLATE_NOOP("CodeLabels", "Due")},
    {"overdue", QT_TRANSLATE_NOOP("CodeLabels", "Overdue")},
    {"done", QT_TRANSLATE_NOOP("CodeLabels", "Done")},
    {"out_of_window", QT_TRANSLATE_NOOP("CodeLabels", "Out of window")},
};
constexpr Label kDeviationSource[] = {
    {"infusion", QT_TRANSLATE_NOOP("CodeLabels", "Infusion")},
    {"pasi", QT_TRANSLATE_NOOP("CodeLabels", "PASI assessment")},
};
constexpr Label kPasiRegion[] = {
    {"head", QT_TRANSLATE_NOOP("CodeLabels", "Head")},
    {"upper_limbs", QT_TRANSLATE_NOOP("CodeLabels", "Upper limbs")},
    {"trunk", QT_TRANSLATE_NOOP("CodeLabels", "Trunk")},
    {"lower_limbs", QT_TRANSLATE_NOOP("CodeLabels", "Lower limbs")},
};
constexpr Label kYesNo[] = {
    {"yes", QT_TRANSLATE_NOOP("CodeLabels", "Yes")},
    {"no", QT_TRANSLATE_NOOP("CodeLabels", "No")},
};
constexpr Label kAuditAction[] = {
    {"insert", QT_TRANSLATE_NOOP("CodeLabels", "Created")},
    {"update", QT_TRANSLATE_NOOP("CodeLabels", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("CodeLabels", "Deleted")},
    {"lock", QT_TRANSLATE_NOOP("CodeLabels", "Casebook locked")},
    {"unlock", QT_TRANSLATE_NOOP("CodeLabels", "Casebook unlocked")},
    {"sign", QT_TRANSLATE_NOOP("CodeLabels", "Signed")},
    {"login", QT_TRANSLATE_NOOP("CodeLabels", "Logged in")},
    {"login_failed", QT_TRANSLATE_NOOP("CodeLabels", "Login failed")},
    {"logout", QT_TRANSLATE_NOOP("CodeLabels", "Logged out")},
    {"reauth_failed", QT_TRANSLATE_NOOP("CodeLabels", "Password re-entry failed")},
    {"screen_lock", QT_TRANSLATE_NOOP("CodeLabels", "Screen locked")},
    {"screen_unlock", QT_TRANSLATE_NOOP("CodeLabels", "Screen unlocked")},
    {"user_add", QT_TRANSLATE_NOOP("CodeLabels", "User added")},
    {"user_change", QT_TRANSLATE_NOOP("CodeLabels", "User changed")},
    {"user_disable", QT_TRANSLATE_NOOP("CodeLabels", "User disabled")},
    {"user_enable", QT_TRANSLATE_NOOP("CodeLabels", "User enabled")},
    {"role_change", QT_TRANSLATE_NOOP("CodeLabels", "Role changed")},
    {"password_change", QT_TRANSLATE_NOOP("CodeLabels", "Password changed")},
    {"backup", QT_TRANSLATE_NOOP("CodeLabels", "Database backed up")},
    {"restore", QT_TRANSLATE_NOOP("CodeLabels", "Database restored from a backup")},
    {"export_csv", QT_TRANSLATE_NOOP("CodeLabels", "Data exported (CSV)")},
    {"export_odm", QT_TRANSLATE_NOOP("CodeLabels", "Data exported (CDISC ODM)")},
    {"report_pdf", QT_TRANSLATE_NOOP("CodeLabels", "Casebook report saved as PDF")},
    {"print", QT_TRANSLATE_NOOP("CodeLabels", "Casebook report printed")},
    {"query_raise", QT_TRANSLATE_NOOP("CodeLabels", "Query raised")},
    {"query_answer", QT_TRANSLATE_NOOP("CodeLabels", "Query answered")},
    {"query_close", QT_TRANSLATE_NOOP("CodeLabels", "Query closed")},
    {"query_reopen", QT_TRANSLATE_NOOP("CodeLabels", "Query re-opened")},
    {"sdv_mark", QT_TRANSLATE_NOOP("CodeLabels", "Source data verified")},
    {"sdv_unmark", QT_TRANSLATE_NOOP("CodeLabels", "Source data verification taken back")},
    {"lock_study", QT_TRANSLATE_NOOP("CodeLabels", "Study locked (lock manifest signed)")},
    {"site_add", QT_TRANSLATE_NOOP("CodeLabels", "Site added")},
    {"site_grant", QT_TRANSLATE_NOOP("CodeLabels", "Site given to a user")},
    {"site_revoke", QT_TRANSLATE_NOOP("CodeLabels", "Site taken from a user")},
};
constexpr Label kAuditTable[] = {
    {"subjects", QT_TRANSLATE_NOOP("CodeLabels", "Subjects")},
    {"consents", QT_TRANSLATE_NOOP("CodeLabels", "Informed consent")},
    {"eligibility", QT_TRANSLATE_NOOP("CodeLabels", "Eligibility")},
    {"infusions", QT_TRANSLATE_NOOP("CodeLabels", "Infusions")},
    {"vital_signs", QT_TRANSLATE_NOOP("CodeLabels", "Vital signs")},
    {"pasi_assessments", QT_TRANSLATE_NOOP("CodeLabels", "PASI assessments")},
    {"adverse_events", QT_TRANSLATE_NOOP("CodeLabels", "Adverse events")},
    {"signatures", QT_TRANSLATE_NOOP("CodeLabels", "Signatures")},
    {"users", QT_TRANSLATE_NOOP("CodeLabels", "Users")},
    {"deviations", QT_TRANSLATE_NOOP("CodeLabels", "Protocol deviations")},
    {"queries", QT_TRANSLATE_NOOP("CodeLabels", "Queries")},
    {"query_messages", QT_TRANSLATE_NOOP("CodeLabels", "Queries")},
    {"sdv_marks", QT_TRANSLATE_NOOP("CodeLabels", "Source data verification")},
    {"lock_manifests", QT_TRANSLATE_NOOP("CodeLabels", "Lock manifests")},
    {"sites", QT_TRANSLATE_NOOP("CodeLabels", "Sites")},
    {"user_sites", QT_TRANSLATE_NOOP("CodeLabels", "Users' sites")},
};
constexpr Label kDeviationKind[] = {
    {"infusion_before_week0", QT_TRANSLATE_NOOP("CodeLabels", "Infusion before week 0")},
    {"infusion_out_of_window", QT_TRANSLATE_NOOP("CodeLabels", "Infusion out of window")},
    {"visit_out_of_window", QT_TRANSLATE_NOOP("CodeLabels", "Visit out of window")},
    {"dose_out_of_tolerance", QT_TRANSLATE_NOOP("CodeLabels", "Dose outside tolerance")},
    {"vitals_before_missing", QT_TRANSLATE_NOOP("CodeLabels", "Vital signs before the infusion missing")},
    {"vitals_during_missing", QT_TRANSLATE_NOOP("CodeLabels", "Vital signs during the infusion missing")},
    {"vitals_after_missing", QT_TRANSLATE_NOOP("CodeLabels", "Vital signs after the infusion missing")},
    {"thaw_stability_exceeded", QT_TRANSLATE_NOOP("CodeLabels", "Infusion started too long after thaw")},
    {"viability_below_floor", QT_TRANSLATE_NOOP("CodeLabels", "Cell viability below the floor")},
    {"lot_reused", QT_TRANSLATE_NOOP("CodeLabels", "Cell lot already infused to another subject")},
};
constexpr Label kSignatureScope[] = {
    {"visit", QT_TRANSLATE_NOOP("CodeLabels", "Visit")},
    {"casebook", QT_TRANSLATE_NOOP("CodeLabels", "Whole casebook")},
};
constexpr Label kSignatureMeaning[] = {
    {"reviewed", QT_TRANSLATE_NOOP("CodeLabels", "Reviewed")},
    {"approved", QT_TRANSLATE_NOOP("CodeLabels", "Approved")},
};
constexpr Label kPasswordPurpose[] = {
    {"login", QT_TRANSLATE_NOOP("CodeLabels", "Login")},
    {"unlock", QT_TRANSLATE_NOOP("CodeLabels", "Unlocking the screen")},
    {"sign", QT_TRANSLATE_NOOP("CodeLabels", "Signing")},
    {"lock_study", QT_TRANSLATE_NOOP("CodeLabels", "Locking the study")},
    {"password_change", QT_TRANSLATE_NOOP("CodeLabels", "Password change")},
};
constexpr Label kLoginFailure[] = {
    {"unknown_user", QT_TRANSLATE_NOOP("CodeLabels", "Unknown user name")},
    {"disabled", QT_TRANSLATE_NOOP("CodeLabels", "Account disabled")},
    {"locked_out", QT_TRANSLATE_NOOP("CodeLabels", "Account locked")},
    {"wrong_password", QT_TRANSLATE_NOOP("CodeLabels", "Wrong password")},
    {"wrong_password_locked_out",
     QT_TRANSLATE_NOOP("CodeLabels", "Wrong password; the account is now locked")},
};
constexpr Label kLastDose[] = {{"never", QT_TRANSLATE_NOOP("CodeLabels", "Never")}};
constexpr Label kCriterion[] = {
    {"INC1",
     QT_TRANSLATE_NOOP("CodeLabels", "Moderate to severe psoriasis vulgaris (PASI or BSA)")},
    {"INC2", QT_TRANSLATE_NOOP("CodeLabels", "Age at consent")},
    {"INC3", QT_TRANSLATE_NOOP("CodeLabels", "Signed informed consent")},
    {"EXC1",
     QT_TRANSLATE_NOOP("CodeLabels",
                       "Guttate or inverse psoriasis, or psoriasis of the face "
                       "only")},
    {"EXC2",
     QT_TRANSLATE_NOOP("CodeLabels", "Acute progressive psoriasis or tendency to erythroderma")},
    {"EXC3", QT_TRANSLATE_NOOP("CodeLabels", "Pregnancy or lactation")},
    {"EXC4-sas", QT_TRANSLATE_NOOP("CodeLabels", "Anxiety: SAS too high")},
    {"EXC4-sds", QT_TRANSLATE_NOOP("CodeLabels", "Depression: SDS too high")},
    {"EXC4-psychiatric", QT_TRANSLATE_NOOP("CodeLabels", "Other psychiatric disorder")},
    {"EXC5-calcium", QT_TRANSLATE_NOOP("CodeLabels", "Serum calcium out of range")},
    {"EXC5-ast", QT_TRANSLATE_NOOP("CodeLabels", "AST too high")},
    {"EXC5-alt", QT_TRANSLATE_NOOP("CodeLabels", "ALT too high")},
    {"EXC5-creatinine",
     QT_TRANSLATE_NOOP("CodeLabels", "Creatinine above the upper limit of normal")},
    {"EXC5-cystatin_c",
     QT_TRANSLATE_NOOP("CodeLabels", "Cystatin C above the upper limit of normal")},
    {"EXC5-hemoglobin", QT_TRANSLATE_NOOP("CodeLabels", "Haemoglobin too high or anaemia")},
    {"EXC5-platelets", QT_TRANSLATE_NOOP("CodeLabels", "Platelet count too low")},
    {"EXC5-wbc", QT_TRANSLATE_NOOP("CodeLabels", "White blood cell count too low")},
    {"EXC5-uncontrolled", QT_TRANSLATE_NOOP("CodeLabels", "Uncontrolled primary disease")},
    {"EXC5-other_lab", QT_TRANSLATE_NOOP("CodeLabels", "Other abnormal laboratory result")},
    {"EXC6",
     QT_TRANSLATE_NOOP("CodeLabels", "Malignancy, abnormal tumour markers or organ dysfunction")},
    {"EXC7", QT_TRANSLATE_NOOP("CodeLabels", "History of allergy")},
    {"EXC8",
     QT_TRANSLATE_NOOP("CodeLabels", "Another clinical trial now or within the last month")},
    {"EXC9-topical", QT_TRANSLATE_NOOP("CodeLabels", "Washout of topical treatment not met")},
    {"EXC9-systemic",
     QT_TRANSLATE_NOOP("CodeLabels", "Washout of systemic therapy or phototherapy not met")},
    {"EXC9-biologic", QT_TRANSLATE_NOOP("CodeLabels", "Washout of biologics not met")},
    {"EXC10",
     QT_TRANSLATE_NOOP("CodeLabels", "Other condition the investigator judges unsuitable")},
};
constexpr Label kEligibilityItem[] = {
    {"birth_date", QT_TRANSLATE_NOOP("CodeLabels", "Birth date")},
    {"week0_date", QT_TRANSLATE_NOOP("CodeLabels", "Planned week-0 date")},
    {"consent", QT_TRANSLATE_NOOP("CodeLabels", "Informed consent")},
    {"consent_date", QT_TRANSLATE_NOOP("CodeLabels", "Consent date")},
    {"assessed_date", QT_TRANSLATE_NOOP("CodeLabels", "Assessment date")},
    {"psoriasis_vulgaris", QT_TRANSLATE_NOOP("CodeLabels", "Psoriasis vulgaris")},
    {"pasi", QT_TRANSLATE_NOOP("CodeLabels", "PASI")},
    {"bsa_pct", QT_TRANSLATE_NOOP("CodeLabels", "BSA")},
    {"sas", QT_TRANSLATE_NOOP("CodeLabels", "SAS score")},
    {"sds", QT_TRANSLATE_NOOP("CodeLabels", "SDS score")},
    {"calcium_mmol_l", QT_TRANSLATE_NOOP("CodeLabels", "Serum calcium")},
    {"ast", QT_TRANSLATE_NOOP("CodeLabels", "AST")},
    {"ast_uln", QT_TRANSLATE_NOOP("CodeLabels", "AST upper limit of normal")},
    {"alt", QT_TRANSLATE_NOOP("CodeLabels", "ALT")},
    {"alt_uln", QT_TRANSLATE_NOOP("CodeLabels", "ALT upper limit of normal")},
    {"creatinine", QT_TRANSLATE_NOOP("CodeLabels", "Creatinine")},
    {"creatinine_uln", QT_TRANSLATE_NOOP("CodeLabels", "Creatinine upper limit of normal")},
    {"cystatin_c", QT_TRANSLATE_NOOP("CodeLabels", "Cystatin C")},
    {"cystatin_c_uln", QT_TRANSLATE_NOOP("CodeLabels", "Cystatin C upper limit of normal")},
    {"hemoglobin_g_l", QT_TRANSLATE_NOOP("CodeLabels", "Haemoglobin")},
    {"hemoglobin_lln", QT_TRANSLATE_NOOP("CodeLabels", "Haemoglobin lower limit of normal")},
    {"hemoglobin_uln", QT_TRANSLATE_NOOP("CodeLabels", "Haemoglobin upper limit of normal")},
    {"platelets_10e9_l", QT_TRANSLATE_NOOP("CodeLabels", "Platelet count")},
    {"wbc_10e9_l", QT_TRANSLATE_NOOP("CodeLabels", "White blood cell count")},
    {"last_topical_date", QT_TRANSLATE_NOOP("CodeLabels", "Last topical treatment")},
    {"last_systemic_date",
     QT_TRANSLATE_NOOP("CodeLabels", "Last systemic therapy or phototherapy")},
    {"last_biologic_date", QT_TRANSLATE_NOOP("CodeLabels", "Last biologic")},
    {"exc_guttate_inverse_face",
     QT_TRANSLATE_NOOP("CodeLabels", "Guttate, inverse or facial psoriasis")},
    {"exc_acute_progressive_erythroderma",
     QT_TRANSLATE_NOOP("CodeLabels", "Acute progressive psoriasis / erythroderma")},
    {"exc_pregnancy_lactation", QT_TRANSLATE_NOOP("CodeLabels", "Pregnancy or lactation")},
    {"exc_psychiatric_disorder", QT_TRANSLATE_NOOP("CodeLabels", "Other psychiatric disorder")},
    {"exc_uncontrolled_disease", QT_TRANSLATE_NOOP("CodeLabels", "Uncontrolled primary disease")},
    {"exc_other_lab_abnormal", QT_TRANSLATE_NOOP("CodeLabels", "Other abnormal laboratory result")},
    {"exc_malignancy", QT_TRANSLATE_NOOP("CodeLabels", "Malignancy or organ dysfunction")},
    {"exc_allergy_history", QT_TRANSLATE_NOOP("CodeLabels", "History of allergy")},
    {"exc_other_trial", QT_TRANSLATE_NOOP("CodeLabels", "Another clinical trial")},
    {"exc_investigator_judgement", QT_TRANSLATE_NOOP("CodeLabels", "Investigator's judgement")},
};
// clang-format on

}  // namespace

QString CodeLabels::notRecorded()
{
    return translated(QT_TRANSLATE_NOOP("CodeLabels", "not recorded"));
}

namespace {

/// The code lists of the data dictionary by name (the lists of stored record fields).
List namedList(const QString &name)
{
    static const QHash<QString, List> lists{
        {QStringLiteral("sex"), all(kSex)},
        {QStringLiteral("subject_status"), all(kSubjectStatus)},
        {QStringLiteral("vitals_phase"), all(kVitalPhase)},
        {QStringLiteral("ctcae_grade"), all(kAeGrade)},
        {QStringLiteral("relatedness"), all(kRelatedness)},
        {QStringLiteral("action_taken"), all(kActionTaken)},
        {QStringLiteral("outcome"), all(kOutcome)},
        {QStringLiteral("sae_criterion"), all(kSaeCriterion)},
        {QStringLiteral("verdict"), all(kVerdict)},
        {QStringLiteral("deviation_kind"), all(kDeviationKind)},
        {QStringLiteral("deviation_source"), all(kDeviationSource)},
        {QStringLiteral("pasi_region"), all(kPasiRegion)},
        {QStringLiteral("yes_no"), all(kYesNo)},
    };
    return lists.value(name, List{nullptr, nullptr});
}

}  // namespace

QString CodeLabels::inList(const QString &list, const QString &code, Translate tr)
{
    if (!tr)
        tr = &uiText;
    if (list == QLatin1String("visit") || list == QLatin1String("pasi_visit")
        || list == QLatin1String("infusion_visit"))
        return visit(code, tr);
    if (list == QLatin1String("criterion"))
        return criterion(code, tr);
    if (list == QLatin1String("yes_no") && code.isEmpty())
        return notRecorded();
    return lookup(namedList(list), code, tr);
}

QStringList CodeLabels::codes(const QString &list)
{
    QStringList out;
    const List l = namedList(list);
    for (const Label *i = l.begin; i != l.end; ++i)
        out << QString::fromLatin1(i->code);
    return out;
}

QString CodeLabels::visit(const QString &code, Translate tr)
{
    if (!tr)
        tr = &uiText;
    if (code == QLatin1String("screening"))
        return translated(QT_TRANSLATE_NOOP("CodeLabels", "Screening"), tr);
    static const QRegularExpression week(QStringLiteral("^week(\\d+)$"));
    const QRegularExpressionMatch m = week.match(code);
    if (m.hasMatch())
        return translated(QT_TRANSLATE_NOOP("CodeLabels", "Week %1"), tr)
            .arg(m.captured(1).toInt());
    return code;
}

QString CodeLabels::subjectStatus(const QString &code) { return lookup(all(kSubjectStatus), code); }
QString CodeLabels::sex(const QString &code) { return lookup(all(kSex), code); }
QString CodeLabels::role(const QString &code) { return lookup(all(kRole), code); }
QString CodeLabels::aeGrade(const QString &code) { return lookup(all(kAeGrade), code); }
QString CodeLabels::relatedness(const QString &code) { return lookup(all(kRelatedness), code); }
QString CodeLabels::actionTaken(const QString &code) { return lookup(all(kActionTaken), code); }
QString CodeLabels::outcome(const QString &code) { return lookup(all(kOutcome), code); }
QString CodeLabels::saeCriterion(const QString &code) { return lookup(all(kSaeCriterion), code); }
QString CodeLabels::vitalPhase(const QString &code) { return lookup(all(kVitalPhase), code); }
QString CodeLabels::verdict(const QString &code) { return lookup(all(kVerdict), code); }
QString CodeLabels::visitState(const QString &code) { return lookup(all(kVisitState), code); }
QString CodeLabels::deviationKind(const QString &code) { return lookup(all(kDeviationKind), code); }
QString CodeLabels::pasiRegion(const QString &code) { return lookup(all(kPasiRegion), code); }
QString CodeLabels::auditAction(const QString &code) { return lookup(all(kAuditAction), code); }
QString CodeLabels::auditTable(const QString &code) { return lookup(all(kAuditTable), code); }
QString CodeLabels::eligibilityItem(const QString &code) { return lookup(all(kEligibilityItem), code); }
QString CodeLabels::signatureScope(const QString &code) { return lookup(all(kSignatureScope), code); }
QString CodeLabels::signatureMeaning(const QString &code)
{
    return lookup(all(kSignatureMeaning), code);
}
QString CodeLabels::passwordPurpose(const QString &code) { return lookup(all(kPasswordPurpose), code); }
QString CodeLabels::loginFailure(const QString &code) { return lookup(all(kLoginFailure), code); }
QString CodeLabels::lastDose(const QString &code) { return lookup(all(kLastDose), code); }
QString CodeLabels::changeReason(const QString &code) { return ChangeReason::codeLabel(code); }

QString CodeLabels::list(const QStringList &labels)
{
    return labels.join(translated(QT_TRANSLATE_NOOP("CodeLabels", ", ")));
}

QString CodeLabels::yesNo(const QString &code)
{
    return code.isEmpty() ? notRecorded() : lookup(all(kYesNo), code);
}

QString CodeLabels::criterion(const QString &code, Translate tr)
{
    if (!tr)
        tr = &uiText;
    const QString meaning = lookup(all(kCriterion), code, tr);
    if (meaning == code)
        return code;
    return translated(QT_TRANSLATE_NOOP("CodeLabels", "%1 — %2"), tr).arg(code, meaning);
}

}  // namespace trialcrf
