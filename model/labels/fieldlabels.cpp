// SPDX-License-Identifier: Apache-2.0
#include "labels/fieldlabels.h"

#include "labels/codelabels.h"
#include "rules/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace trialcrf {

namespace {

struct Label {
    const char *column;
    const char *text;  ///< source text in the "FieldLabels" context
};


QString translated(const char *source)
{
    return QCoreApplication::translate("FieldLabels", source);
}

// clang-format off
constexpr Label kColumns[] = {
    // users
    {"user_name", QT_TRANSLATE_NOOP("FieldLabels", "User name")},
    {"full_name", QT_TRANSLATE_NOOP("FieldLabels", "Full name")},
    {"role", QT_TRANSLATE_NOOP("FieldLabels", "Role")},
    {"disabled", QT_TRANSLATE_NOOP("FieldLabels", "Account disabled")},
    {"failed_attempts", QT_TRANSLATE_NOOP("FieldLabels", "Failed logins")},
    {"locked_until", QT_TRANSLATE_NOOP("FieldLabels", "Locked until")},
    {"password_hash", QT_TRANSLATE_NOOP("FieldLabels", "Password")},
    // subjects
    {"code", QT_TRANSLATE_NOOP("FieldLabels", "Subject code")},
    {"subject_code", QT_TRANSLATE_NOOP("FieldLabels", "Subject code")},
    {"subject_id", QT_TRANSLATE_NOOP("FieldLabels", "Subject")},
    {"initials", QT_TRANSLATE_NOOP("FieldLabels", "Initials")},
    {"sex", QT_TRANSLATE_NOOP("FieldLabels", "Sex")},
    {"birth_date", QT_TRANSLATE_NOOP("FieldLabels", "Birth date")},
    {"week0_date", QT_TRANSLATE_NOOP("FieldLabels", "Week-0 date")},
    {"status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
    {"withdrawal_date", QT_TRANSLATE_NOOP("FieldLabels", "Withdrawal date")},
    {"withdrawal_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for withdrawal")},
    {"locked", QT_TRANSLATE_NOOP("FieldLabels", "Casebook locked")},
    {"file", QT_TRANSLATE_NOOP("FieldLabels", "Backup file")},  // of a backup audit row
    // of export, report and print audit rows (EventAudit)
    {"export_folder", QT_TRANSLATE_NOOP("FieldLabels", "Export folder")},
    {"export_file", QT_TRANSLATE_NOOP("FieldLabels", "Export file")},
    {"report_file", QT_TRANSLATE_NOOP("FieldLabels", "Report file")},
    {"printer", QT_TRANSLATE_NOOP("FieldLabels", "Printer")},
    // consents
    {"consent_version", QT_TRANSLATE_NOOP("FieldLabels", "Consent form version")},
    {"consent_date", QT_TRANSLATE_NOOP("FieldLabels", "Date signed")},
    {"consent_time", QT_TRANSLATE_NOOP("FieldLabels", "Time signed")},
    {"subject_signed", QT_TRANSLATE_NOOP("FieldLabels", "Signed by the subject")},
    {"obtained_by", QT_TRANSLATE_NOOP("FieldLabels", "Consent obtained by")},
    // eligibility
    {"assessed_date", QT_TRANSLATE_NOOP("FieldLabels", "Assessment date")},
    {"psoriasis_vulgaris", QT_TRANSLATE_NOOP("FieldLabels", "Diagnosis of psoriasis vulgaris")},
    {"pasi_tenths", QT_TRANSLATE_NOOP("FieldLabels", "PASI at screening")},
    {"bsa_pct", QT_TRANSLATE_NOOP("FieldLabels", "Body surface area involved (BSA)")},
    {"sas", QT_TRANSLATE_NOOP("FieldLabels", "Self-rating Anxiety Scale (SAS) score")},
    {"sds", QT_TRANSLATE_NOOP("FieldLabels", "Self-rating Depression Scale (SDS) score")},
    {"calcium_mmol_l", QT_TRANSLATE_NOOP("FieldLabels", "Serum calcium")},
    {"ast", QT_TRANSLATE_NOOP("FieldLabels", "AST")},
    {"ast_uln", QT_TRANSLATE_NOOP("FieldLabels", "AST upper limit of normal")},
    {"alt", QT_TRANSLATE_NOOP("FieldLabels", "ALT")},
    {"alt_uln", QT_TRANSLATE_NOOP("FieldLabels", "ALT upper limit of normal")},
    {"creatinine", QT_TRANSLATE_NOOP("FieldLabels", "Creatinine")},
    {"creatinine_uln", QT_TRANSLATE_NOOP("FieldLabels", "Creatinine upper limit of normal")},
    {"cystatin_c", QT_TRANSLATE_NOOP("FieldLabels", "Cystatin C")},
    {"cystatin_c_uln", QT_TRANSLATE_NOOP("FieldLabels", "Cystatin C upper limit of normal")},
    {"hemoglobin_g_l", QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin")},
    {"hemoglobin_lln", QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin lower limit of normal")},
    {"hemoglobin_uln", QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin upper limit of normal")},
    {"platelets_10e9_l", QT_TRANSLATE_NOOP("FieldLabels", "Platelet count")},
    {"wbc_10e9_l", QT_TRANSLATE_NOOP("FieldLabels", "White blood cell count")},
    {"last_topical_date", QT_TRANSLATE_NOOP("FieldLabels", "Last topical treatment")},
    {"last_systemic_date",
     QT_TRANSLATE_NOOP("FieldLabels", "Last systemic therapy or phototherapy")},
    {"last_biologic_date", QT_TRANSLATE_NOOP("FieldLabels", "Last biologic")},
    {"exc_guttate_inverse_face",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "Guttate or inverse psoriasis, or psoriasis only on the face "
                       "(EXC1)")},
    {"exc_acute_progressive_erythroderma",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "Acute progressive psoriasis or tendency to erythroderma "
                       "(EXC2)")},
    {"exc_pregnancy_lactation",
     QT_TRANSLATE_NOOP("FieldLabels", "Pregnancy or lactation now or within the last year (EXC3)")},
    {"exc_psychiatric_disorder",
     QT_TRANSLATE_NOOP("FieldLabels", "Other psychiatric disorder (EXC4)")},
    {"exc_uncontrolled_disease",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "Uncontrolled primary disease, infection, electrolyte or "
                       "acid-base disturbance (EXC5)")},
    {"exc_other_lab_abnormal",
     QT_TRANSLATE_NOOP("FieldLabels", "Other abnormal laboratory result judged unsuitable (EXC5)")},
    {"exc_malignancy",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "Malignant tumour, abnormal tumour markers or other organ dysfunction "
                       "(EXC6)")},
    {"exc_allergy_history", QT_TRANSLATE_NOOP("FieldLabels", "Any history of allergy (EXC7)")},
    {"exc_other_trial",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "In another clinical trial now or within the last month "
                       "(EXC8)")},
    {"exc_investigator_judgement",
     QT_TRANSLATE_NOOP("FieldLabels",
                       "Other condition the investigator judges unsuitable "
                       "(EXC10)")},
    {"confirmed_verdict", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed verdict (investigator)")},
    {"override_reason", QT_TRANSLATE_NOOP("FieldLabels", "Override reason")},
    {"confirmed_by", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed by")},
    {"confirmed_at", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed at")},
    // infusions and their vital signs
    {"visit", QT_TRANSLATE_NOOP("FieldLabels", "Visit")},
    {"infusion_date", QT_TRANSLATE_NOOP("FieldLabels", "Infusion date")},
    {"weight_kg", QT_TRANSLATE_NOOP("FieldLabels", "Body weight")},
    {"actual_cells", QT_TRANSLATE_NOOP("FieldLabels", "Actual dose (cells infused)")},
    {"lot_number", QT_TRANSLATE_NOOP("FieldLabels", "Lot number")},
    {"viability_pct", QT_TRANSLATE_NOOP("FieldLabels", "Cell viability")},
    {"thaw_time", QT_TRANSLATE_NOOP("FieldLabels", "Thaw time")},
    {"start_time", QT_TRANSLATE_NOOP("FieldLabels", "Infusion start time")},
    {"end_time", QT_TRANSLATE_NOOP("FieldLabels", "Infusion end time")},
    {"reaction", QT_TRANSLATE_NOOP("FieldLabels", "Infusion reaction")},
    {"reaction_description", QT_TRANSLATE_NOOP("FieldLabels", "Infusion reaction: description")},
    {"deviation_reason", QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation: reason")},
    {"vital_signs", QT_TRANSLATE_NOOP("FieldLabels", "Vital signs")},
    {"seq", QT_TRANSLATE_NOOP("FieldLabels", "Sequence number")},
    {"phase", QT_TRANSLATE_NOOP("FieldLabels", "Phase")},
    {"minute", QT_TRANSLATE_NOOP("FieldLabels", "Minutes after the infusion start")},
    {"time", QT_TRANSLATE_NOOP("FieldLabels", "Time measured")},
    {"temperature_c", QT_TRANSLATE_NOOP("FieldLabels", "Temperature")},
    {"pulse", QT_TRANSLATE_NOOP("FieldLabels", "Pulse")},
    {"respiration", QT_TRANSLATE_NOOP("FieldLabels", "Respiration")},
    {"systolic", QT_TRANSLATE_NOOP("FieldLabels", "Systolic blood pressure")},
    {"diastolic", QT_TRANSLATE_NOOP("FieldLabels", "Diastolic blood pressure")},
    // PASI (the region scores are composed below)
    {"assessment_date", QT_TRANSLATE_NOOP("FieldLabels", "Assessment date")},
    // adverse events
    {"ae_number", QT_TRANSLATE_NOOP("FieldLabels", "Adverse event number")},
    {"term", QT_TRANSLATE_NOOP("FieldLabels", "Adverse event term")},
    {"onset_date", QT_TRANSLATE_NOOP("FieldLabels", "Onset date")},
    {"end_date", QT_TRANSLATE_NOOP("FieldLabels", "End date")},
    {"ctcae_grade", QT_TRANSLATE_NOOP("FieldLabels", "Severity grade (CTCAE)")},
    {"serious", QT_TRANSLATE_NOOP("FieldLabels", "Serious adverse event (SAE)")},
    {"sae_criteria", QT_TRANSLATE_NOOP("FieldLabels", "Seriousness criteria")},
    {"relatedness", QT_TRANSLATE_NOOP("FieldLabels", "Relationship to study treatment")},
    {"action_taken", QT_TRANSLATE_NOOP("FieldLabels", "Action taken")},
    {"outcome", QT_TRANSLATE_NOOP("FieldLabels", "Outcome")},
    // signatures
    {"scope", QT_TRANSLATE_NOOP("FieldLabels", "What was signed")},
    {"meaning", QT_TRANSLATE_NOOP("FieldLabels", "Meaning")},
    {"printed_name", QT_TRANSLATE_NOOP("FieldLabels", "Printed name")},
    {"signer_role", QT_TRANSLATE_NOOP("FieldLabels", "Role")},
    {"signer_user_name", QT_TRANSLATE_NOOP("FieldLabels", "User name")},
    {"signed_at_utc", QT_TRANSLATE_NOOP("FieldLabels", "Signed at (UTC)")},
    {"content_hash", QT_TRANSLATE_NOOP("FieldLabels", "Hash of the signed data")},
    {"subject_birth_date", QT_TRANSLATE_NOOP("FieldLabels", "Birth date")},
    {"subject_week0_date", QT_TRANSLATE_NOOP("FieldLabels", "Week-0 date")},
    {"version", QT_TRANSLATE_NOOP("FieldLabels", "Version")},
    // the protocol-deviation log
    {"kind", QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation")},
    {"source_table", QT_TRANSLATE_NOOP("FieldLabels", "Recorded on")},
    {"source_id", QT_TRANSLATE_NOOP("FieldLabels", "Record number")},
    {"detected_at", QT_TRANSLATE_NOOP("FieldLabels", "Detected (UTC)")},
    {"reason", QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation: reason")},
    {"recorded_by", QT_TRANSLATE_NOOP("FieldLabels", "Recorded by")},
    {"resolved", QT_TRANSLATE_NOOP("FieldLabels", "Resolved")},
    {"resolved_at", QT_TRANSLATE_NOOP("FieldLabels", "Resolved (UTC)")},
};
constexpr Label kPasiItems[] = {
    {"erythema", QT_TRANSLATE_NOOP("FieldLabels", "Erythema")},
    {"induration", QT_TRANSLATE_NOOP("FieldLabels", "Induration")},
    {"desquamation", QT_TRANSLATE_NOOP("FieldLabels", "Desquamation")},
    {"area", QT_TRANSLATE_NOOP("FieldLabels", "Area score")},
    {"area_pct", QT_TRANSLATE_NOOP("FieldLabels", "Area involved (%)")},
};
// clang-format on

template <std::size_t N>
const char *find(const Label (&labels)[N], QStringView column)
{
    for (const Label &l : labels) {
        if (column == QLatin1String(l.column))
            return l.text;
    }
    return nullptr;
}

/// "head_erythema" → "Head — Erythema"; empty when the column is no PASI region score.
QString pasiItem(const QString &column)
{
    for (const char *region : {"head", "upper_limbs", "trunk", "lower_limbs"}) {
        const QLatin1String prefix(region);
        if (column.size() > prefix.size() + 1 && column.startsWith(prefix)
            && column.at(prefix.size()) == QLatin1Char('_')) {
            if (const char *item = find(kPasiItems, QStringView(column).mid(prefix.size() + 1)))
                return translated(QT_TRANSLATE_NOOP("FieldLabels", "%1 — %2"))
                    .arg(CodeLabels::pasiRegion(prefix), translated(item));
        }
    }
    return {};
}

bool isYesNo(const QString &column)
{
    static const QSet<QString> columns{
        QStringLiteral("psoriasis_vulgaris"), QStringLiteral("subject_signed"),
        QStringLiteral("reaction"),           QStringLiteral("serious"),
        QStringLiteral("locked"),             QStringLiteral("disabled"),
        QStringLiteral("resolved")};
    return columns.contains(column) || column.startsWith(QLatin1String("exc_"));
}

QString jsonValue(const QString &column, const QJsonValue &v);

QString jsonObject(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << translated(QT_TRANSLATE_NOOP("FieldLabels", "%1: %2"))
                     .arg(FieldLabels::column(it.key()), jsonValue(it.key(), it.value()));
    return parts.join(translated(QT_TRANSLATE_NOOP("FieldLabels", "; ")));
}

QString jsonArray(const QJsonArray &a)
{
    QStringList items;
    for (const QJsonValue &item : a)
        items << (item.isObject() ? QStringLiteral("(%1)").arg(jsonObject(item.toObject()))
                                  : jsonValue(QString(), item));
    return items.join(translated(QT_TRANSLATE_NOOP("FieldLabels", "; ")));
}

QString jsonValue(const QString &column, const QJsonValue &v)
{
    if (v.isObject())
        return jsonObject(v.toObject());
    if (v.isArray())
        return jsonArray(v.toArray());
    if (v.isBool())
        return CodeLabels::yesNo(v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    if (v.isDouble())
        return FieldLabels::value(column, QString::number(v.toDouble(), 'g', 15));
    return FieldLabels::value(column, v.toString());
}

}  // namespace

QString FieldLabels::column(const QString &column)
{
    if (const char *text = find(kColumns, column))
        return translated(text);
    const QString pasi = pasiItem(column);
    return pasi.isEmpty() ? column : pasi;
}

QString FieldLabels::value(const QString &column, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    if (column == QLatin1String("vital_signs"))  // an infusion's vital signs, a JSON list
        return json(stored);
    if (column == QLatin1String("status"))
        return CodeLabels::subjectStatus(stored);
    if (column == QLatin1String("sex"))
        return CodeLabels::sex(stored);
    if (column == QLatin1String("kind"))  // a protocol deviation's kind
        return CodeLabels::deviationKind(stored);
    if (column == QLatin1String("source_table"))
        return CodeLabels::auditTable(stored);
    if (column == QLatin1String("role") || column == QLatin1String("signer_role")
        || column == QLatin1String("recorded_by"))
        return CodeLabels::role(stored);
    if (column == QLatin1String("visit"))
        return CodeLabels::visit(stored);
    if (column == QLatin1String("phase"))
        return CodeLabels::vitalPhase(stored);
    if (column == QLatin1String("ctcae_grade"))
        return CodeLabels::aeGrade(stored);
    if (column == QLatin1String("relatedness"))
        return CodeLabels::relatedness(stored);
    if (column == QLatin1String("action_taken"))
        return CodeLabels::actionTaken(stored);
    if (column == QLatin1String("outcome"))
        return CodeLabels::outcome(stored);
    if (column == QLatin1String("confirmed_verdict"))
        return CodeLabels::verdict(stored);
    if (column == QLatin1String("scope"))
        return CodeLabels::signatureScope(stored);
    if (column == QLatin1String("meaning"))
        return CodeLabels::signatureMeaning(stored);
    if (column == QLatin1String("sae_criteria")) {
        QStringList labels;
        for (const QString &code : stored.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            labels << CodeLabels::saeCriterion(code);
        return CodeLabels::list(labels);
    }
    if (column.startsWith(QLatin1String("last_")) && column.endsWith(QLatin1String("_date")))
        return CodeLabels::lastDose(stored);
    if (column == QLatin1String("pasi_tenths")) {
        bool ok = false;
        const int tenths = stored.toInt(&ok);
        return ok ? rules::formatTenths(tenths) : stored;
    }
    if (isYesNo(column))
        return CodeLabels::yesNo(stored);
    return stored;
}

QString FieldLabels::json(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1Char('{')) && !t.startsWith(QLatin1Char('[')))
        return text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return doc.isObject() ? jsonObject(doc.object()) : jsonArray(doc.array());
}

}  // namespace trialcrf
