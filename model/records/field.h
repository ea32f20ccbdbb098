// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "rules/rules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <functional>
#include <optional>
#include <variant>

namespace trialcrf {

/// The kind of value a field holds; it decides how the field is stored, exported, imported
/// and shown (see storage/fieldrows.h and exchange/fieldcells.h).
enum class FieldType {
    Text,      ///< free text
    Code,      ///< one code of a code list
    CodeList,  ///< ';'-separated codes
    YesNo,     ///< yes / no / not recorded
    Flag,      ///< yes / no, never empty (stored NOT NULL)
    Integer,
    Decimal,   ///< dot decimal
    Tenths,    ///< a decimal kept as an integer number of tenths (PASI)
    Date,
    Time,
    DateTime,  ///< UTC timestamp
    LastDose,  ///< a date or "never"
};

/// A field's value in its record, whatever the member's C++ type; monostate = not recorded.
using FieldValue = std::variant<std::monostate, QString, qint64, double, bool, QDate, QTime,
                                QDateTime, rules::LastDose, QStringList>;

/// What one field is: its identity (the storage column and the CSV column), its type and unit,
/// whether it is required, its code list, its label, and whether it is stored, exported,
/// computed. One record type's fields in export order make its FieldTable; the repositories,
/// the CSV export and import, dictionary.csv, the ODM metadata and the field labels all read
/// them there.
struct FieldInfo {
    /// How import treats the column: Key and Required must be in the header; Optional may be
    /// left out; Computed is written by export (from the record's rules) and ignored by import.
    enum class Use { Key, Required, Optional, Computed };
    enum Flag {
        Stored = 0x1,      ///< a column of the record's table
        Exported = 0x2,    ///< a column of the record's CSV file and an ODM item
        Trimmed = 0x4,     ///< import drops white space around it (codes, identifiers)
        Context = 0x8,     ///< exported, but its value comes from elsewhere (subject code, visit)
        SmallInt = 0x10,   ///< an int member: import refuses values beyond int
    };

    QString key;          ///< the CSV column (and the ODM item's name)
    QString column;       ///< the storage column; usually the key
    FieldType type = FieldType::Text;
    Use use = Use::Required;
    int flags = Stored | Exported;
    /// QT_TRANSLATE_NOOP("FieldLabels", …): the one label of the field, shown by the forms,
    /// the audit trail and the PDF, and written (with its translation) to the dictionary.
    const char *label = nullptr;
    /// The dictionary's fuller wording where it says more than the form's label (same
    /// context); null when the label says it all.
    const char *exportLabel = nullptr;
    QString unit;
    QString codeList;   ///< the code list's name (Code, CodeList, YesNo, Flag)
    /// The allowed values from the protocol's ranges, when the protocol has them.
    Range Protocol::Ranges::*range = nullptr;
    QString allowed;    ///< allowed values in words, when no range or code list says it
    /// Allowed values the protocol bounds otherwise (PASI scores and totals); null when none.
    QString (*allowedBy)(const Protocol &) = nullptr;
    /// A PASI score's body region (code): its label reads "<region> — <label>".
    QString region;

    bool stored() const { return flags & Stored; }
    bool exported() const { return flags & Exported; }
    bool computed() const { return use == Use::Computed; }
    bool fromContext() const { return flags & Context; }
    bool trimmed() const { return flags & Trimmed; }
    /// The dictionary's English text: exportLabel, else label.
    const char *dictionaryLabel() const { return exportLabel ? exportLabel : label; }
};

/// One field of record type R: its description and how it reads and writes R's member.
template <typename R>
struct Field : FieldInfo {
    std::function<FieldValue(const R &)> get;
    std::function<void(R &, const FieldValue &)> set;
};

template <typename R>
using FieldTable = QList<Field<R>>;

namespace fieldvalue {

/// The value as a T, nullopt when it holds none (not recorded, or another kind).
template <typename T>
std::optional<T> opt(const FieldValue &v)
{
    return std::holds_alternative<T>(v) ? std::optional<T>(std::get<T>(v)) : std::nullopt;
}

/// An optional as a FieldValue: monostate when empty.
template <typename T>
FieldValue value(const std::optional<T> &v)
{
    return v ? FieldValue(*v) : FieldValue();
}

// A member's value as a FieldValue and back, for each member type the records use.
inline FieldValue from(const QString &v) { return v; }
inline FieldValue from(const QStringList &v) { return v; }
inline FieldValue from(bool v) { return v; }
inline FieldValue from(int v) { return qint64(v); }
inline FieldValue from(qint64 v) { return v; }
inline FieldValue from(const rules::LastDose &v) { return v; }
inline FieldValue from(const QDateTime &v)
{
    return v.isValid() ? FieldValue(v) : FieldValue();
}
template <typename T>
FieldValue from(const std::optional<T> &v)
{
    if (!v)
        return {};
    if constexpr (std::is_same_v<T, int>)
        return qint64(*v);
    else
        return *v;
}

inline void to(const FieldValue &v, QString *out)
{
    *out = std::holds_alternative<QString>(v) ? std::get<QString>(v) : QString();
}
inline void to(const FieldValue &v, QStringList *out)
{
    *out = std::holds_alternative<QStringList>(v) ? std::get<QStringList>(v) : QStringList();
}
inline void to(const FieldValue &v, bool *out)
{
    *out = std::holds_alternative<bool>(v) && std::get<bool>(v);
}
inline void to(const FieldValue &v, int *out)
{
    *out = std::holds_alternative<qint64>(v) ? int(std::get<qint64>(v)) : 0;
}
inline void to(const FieldValue &v, qint64 *out)
{
    *out = std::holds_alternative<qint64>(v) ? std::get<qint64>(v) : 0;
}
inline void to(const FieldValue &v, rules::LastDose *out)
{
    *out = std::holds_alternative<rules::LastDose>(v) ? std::get<rules::LastDose>(v)
                                                      : rules::LastDose{};
}
inline void to(const FieldValue &v, QDateTime *out)
{
    *out = std::holds_alternative<QDateTime>(v) ? std::get<QDateTime>(v) : QDateTime();
}
template <typename T>
void to(const FieldValue &v, std::optional<T> *out)
{
    if constexpr (std::is_same_v<T, int>) {
        if (std::holds_alternative<qint64>(v))
            *out = int(std::get<qint64>(v));
        else
            out->reset();
    } else {
        if (std::holds_alternative<T>(v))
            *out = std::get<T>(v);
        else
            out->reset();
    }
}

}  // namespace fieldvalue

/// Builds one table entry: `field<Consent>("consent_date", FieldType::Date,
/// QT_TRANSLATE_NOOP("FieldLabels", "Date signed"), &Consent::consentDate)`, then the
/// optional parts: .optional(), .unit("kg"), .codes("sex"), … Ends in an implicit Field<R>.
template <typename R>
class FieldBuilder {
public:
    FieldBuilder(const char *key, FieldType type, const char *label)
    {
        m_f.key = QLatin1String(key);
        m_f.column = m_f.key;
        m_f.type = type;
        m_f.label = label;
        if (type == FieldType::Code || type == FieldType::CodeList)
            m_f.flags |= FieldInfo::Trimmed;
        if (type == FieldType::YesNo || type == FieldType::Flag)
            m_f.codeList = QStringLiteral("yes_no");
    }
    /// Reads and writes the member `m` of R.
    template <typename T>
    FieldBuilder &member(T R::*m)
    {
        m_f.get = [m](const R &r) { return fieldvalue::from(r.*m); };
        m_f.set = [m](R &r, const FieldValue &v) { fieldvalue::to(v, &(r.*m)); };
        if constexpr (std::is_same_v<T, int> || std::is_same_v<T, std::optional<int>>) {
            if (m_f.type == FieldType::Integer)
                m_f.flags |= FieldInfo::SmallInt;
        }
        return *this;
    }
    /// Reads and writes through functions (a nested member, a value worked out on save).
    FieldBuilder &access(std::function<FieldValue(const R &)> get,
                         std::function<void(R &, const FieldValue &)> set)
    {
        m_f.get = std::move(get);
        m_f.set = std::move(set);
        return *this;
    }
    FieldBuilder &use(FieldInfo::Use u) { m_f.use = u; return *this; }
    FieldBuilder &key() { return use(FieldInfo::Use::Key); }
    FieldBuilder &optional() { return use(FieldInfo::Use::Optional); }
    /// Written by the export from the record's rules; not stored, never imported.
    FieldBuilder &computed()
    {
        m_f.use = FieldInfo::Use::Computed;
        m_f.flags = FieldInfo::Exported;
        return *this;
    }
    FieldBuilder &column(const char *storageColumn)
    {
        m_f.column = QLatin1String(storageColumn);
        return *this;
    }
    FieldBuilder &notExported() { m_f.flags &= ~FieldInfo::Exported; return *this; }
    FieldBuilder &notStored() { m_f.flags &= ~FieldInfo::Stored; return *this; }
    FieldBuilder &context() { m_f.flags |= FieldInfo::Context; return *this; }
    FieldBuilder &trimmed() { m_f.flags |= FieldInfo::Trimmed; return *this; }
    FieldBuilder &smallInt() { m_f.flags |= FieldInfo::SmallInt; return *this; }
    FieldBuilder &unit(const QString &u) { m_f.unit = u; return *this; }
    FieldBuilder &codes(const char *list) { m_f.codeList = QLatin1String(list); return *this; }
    FieldBuilder &range(Range Protocol::Ranges::*r) { m_f.range = r; return *this; }
    FieldBuilder &allowed(const QString &text) { m_f.allowed = text; return *this; }
    FieldBuilder &exportLabel(const char *text) { m_f.exportLabel = text; return *this; }
    FieldBuilder &allowedBy(QString (*fn)(const Protocol &)) { m_f.allowedBy = fn; return *this; }

    operator Field<R>() const { return m_f; }  // NOLINT: a builder ends in its field

private:
    Field<R> m_f;
};

template <typename R>
FieldBuilder<R> field(const char *key, FieldType type, const char *label)
{
    return FieldBuilder<R>(key, type, label);
}

/// The field of `table` with this key (CSV name) or storage column; nullptr when none.
template <typename R>
const Field<R> *findField(const FieldTable<R> &table, const QString &name)
{
    for (const Field<R> &f : table) {
        if (f.key == name || (f.stored() && f.column == name))
            return &f;
    }
    return nullptr;
}

/// The storage columns of `table`, in its order.
template <typename R>
QStringList storedColumns(const FieldTable<R> &table)
{
    QStringList out;
    for (const Field<R> &f : table) {
        if (f.stored())
            out << f.column;
    }
    return out;
}

}  // namespace trialcrf
