// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QVariant>
#include <optional>

namespace trialcrf {

/// One column of a Row: the value bound to SQL and the text the audit trail shows.
struct RowField {
    QString column;
    QVariant value;   ///< null QVariant of the column's type = NULL (not recorded)
    QString text;     ///< audit text; empty = not recorded
    bool stored = true;  ///< false: audit-only (a record's child rows, written separately)
    bool jsonText = false;  ///< text is compact JSON (an audit-only array), not a string
};

/// A record as the repositories write it: named columns in a fixed order, each value in its
/// storage form (ISO dates, HH:mm times, 0/1 yes/no, NULL when not recorded). RowWriter
/// compares two Rows field by field to audit exactly what changed.
class Row {
public:
    Row &text(const QString &column, const QString &value);  ///< empty → NULL
    Row &integer(const QString &column, std::optional<qint64> value);
    Row &real(const QString &column, std::optional<double> value);
    Row &yesNo(const QString &column, std::optional<bool> value);
    Row &flag(const QString &column, bool value);  ///< NOT NULL 0/1
    Row &date(const QString &column, const std::optional<QDate> &value);
    Row &time(const QString &column, const std::optional<QTime> &value);
    Row &timestamp(const QString &column, const QDateTime &value);
    Row &lastDose(const QString &column, const rules::LastDose &value);  ///< date or "never"
    /// An audit-only field (e.g. an infusion's vital signs): `json` is compact JSON text
    /// (an array or object, see jsonArray()); empty = not recorded.
    Row &auditOnly(const QString &column, const QString &json);

    const QList<RowField> &fields() const { return m_fields; }
    const RowField *field(const QString &column) const;
    /// Compact JSON object of every recorded field: the new_value of an insert's audit row.
    /// Written by hand, byte for byte what QJsonDocument(QJsonObject).toJson(Compact) gives
    /// (keys in QJsonObject's sorted order, the same escapes), at a fraction of its cost.
    QString insertJson() const;
    /// Compact JSON array of JSON texts (each an object from insertJson()); empty when none.
    static QString jsonArray(const QStringList &items);
    /// `text` as a JSON string literal, escaped as QJsonDocument escapes it.
    static void appendJsonString(QString &out, QStringView text);

    // The storage texts, written by hand: byte for byte what QDate::toString(Qt::ISODate),
    // QTime::toString("HH:mm") and QDateTime::toString(Qt::ISODateWithMs) (in UTC) give,
    // without the formatter Qt runs for each (a bulk import formats millions).
    static QString dateText(const QDate &d);         ///< yyyy-MM-dd; empty when invalid
    static QString timeText(const QTime &t);         ///< HH:mm; empty when invalid
    static QString timestampText(const QDateTime &utc);  ///< yyyy-MM-ddTHH:mm:ss.zzzZ
    /// QString::number(v, 'g', 15), written by hand for the decimals a form holds (63.5,
    /// 0.0123, 120000000); any other value goes to Qt.
    static QString realText(double v);
    /// QString::number(v).
    static QString integerText(qint64 v);
    static QString neverCode() { return QStringLiteral("never"); }

private:
    Row &add(const QString &column, const QVariant &value, const QString &text,
             bool stored = true, bool jsonText = false);
    /// Room reserved by a Row's first field: most records (and a vital sign) fit in one
    /// allocation, the wider ones regrow once or twice.
    static constexpr qsizetype kTypicalFields = 16;
    QList<RowField> m_fields;
};

}  // namespace trialcrf
