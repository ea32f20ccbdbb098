// SPDX-License-Identifier: Apache-2.0
#include "labels/fieldlabels.h"

#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "rules/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// Columns that are no field of a record's table: accounts, record states, signatures and the
// audit rows of events. A record's fields are labelled by their table (records/fieldtables).
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
    // storage columns of the records beside their fields
    {"subject_id", QT_TRANSLATE_NOOP("FieldLabels", "Subject")},
    {"locked", QT_TRANSLATE_NOOP("FieldLabels", "Casebook locked")},
    {"confirmed_by", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed by")},
    {"confirmed_at", QT_TRANSLATE_NOOP("FieldLabels", "Confirmed at")},
    {"vital_signs", QT_TRANSLATE_NOOP("FieldLabels", "Vital signs")},
    {"seq", QT_TRANSLATE_NOOP("FieldLabels", "Sequence number")},
    {"version", QT_TRANSLATE_NOOP("FieldLabels", "Version")},
    {"file", QT_TRANSLATE_NOOP("FieldLabels", "Backup file")},  // of a backup audit row
    // of export, report and print audit rows (EventAudit)
    {"export_folder", QT_TRANSLATE_NOOP("FieldLabels", "Export folder")},
    {"export_file", QT_TRANSLATE_NOOP("FieldLabels", "Export file")},
    {"report_file", QT_TRANSLATE_NOOP("FieldLabels", "Report file")},
    {"printer", QT_TRANSLATE_NOOP("FieldLabels", "Printer")},
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
                return FieldLabels::regionItem(prefix, item);
        }
    }
    return {};
}

/// A code of the named code list in words; the code itself when the list has no labels.
QString codeLabel(const QString &list, const QString &code)
{
    return CodeLabels::inList(list, code);
}

/// A stored value of a record's field in words, as its type and code list say.
QString fieldValue(const FieldInfo &f, const QString &stored)
{
    switch (f.type) {
    case FieldType::YesNo:
    case FieldType::Flag:
        return CodeLabels::yesNo(stored);
    case FieldType::LastDose:
        return CodeLabels::lastDose(stored);
    case FieldType::Tenths: {
        bool ok = false;
        const int tenths = stored.toInt(&ok);
        return ok ? rules::formatTenths(tenths) : stored;
    }
    case FieldType::Code:
        return codeLabel(f.codeList, stored);
    case FieldType::CodeList: {
        QStringList labels;
        for (const QString &code : stored.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            labels << codeLabel(f.codeList, code);
        return CodeLabels::list(labels);
    }
    default:
        return stored;
    }
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
    const QString pasi = pasiItem(column);
    if (!pasi.isEmpty())
        return pasi;
    if (const FieldInfo *f = fields::find(column))
        return translated(f->label);
    if (const char *text = find(kColumns, column))
        return translated(text);
    return column;
}

QString FieldLabels::regionItem(const QString &region, const char *item,
                                CodeLabels::Translate tr)
{
    const auto text = [via = tr](const char *source) {
        return via ? via("FieldLabels", source) : translated(source);
    };
    return text(QT_TRANSLATE_NOOP("FieldLabels", "%1 — %2"))
        .arg(CodeLabels::inList(QStringLiteral("pasi_region"), region, tr), text(item));
}

QString FieldLabels::value(const QString &column, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    if (column == QLatin1String("vital_signs"))  // an infusion's vital signs, a JSON list
        return json(stored);
    // Columns whose codes are no record field's own code list.
    if (column == QLatin1String("source_table"))
        return CodeLabels::auditTable(stored);
    if (column == QLatin1String("role") || column == QLatin1String("signer_role")
        || column == QLatin1String("recorded_by"))
        return CodeLabels::role(stored);
    if (column == QLatin1String("scope"))
        return CodeLabels::signatureScope(stored);
    if (column == QLatin1String("meaning"))
        return CodeLabels::signatureMeaning(stored);
    if (column == QLatin1String("locked") || column == QLatin1String("disabled"))
        return CodeLabels::yesNo(stored);
    if (const FieldInfo *f = fields::find(column))
        return fieldValue(*f, stored);
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
