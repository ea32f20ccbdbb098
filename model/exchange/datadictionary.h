// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/field.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace trialcrf {

/// The kind of value a CSV column holds, and how it is written (see csvvalues.h).
enum class ColumnType {
    Text,         ///< free text, UTF-8
    Code,         ///< one code of a code list
    CodeList,     ///< ';'-separated codes
    Integer,
    Decimal,      ///< dot decimal
    Date,         ///< YYYY-MM-DD
    Time,         ///< HH:MM (24 h), HH:MM:SS when seconds matter
    DateTime,     ///< ISO 8601 UTC
    YesNo,        ///< yes / no
    DateOrNever,  ///< YYYY-MM-DD or never
};
QString columnTypeCode(ColumnType t);  ///< text, code, code_list, integer, decimal, …

/// One column of one export file.
struct ColumnDef {
    /// How import treats the column: Key and Required must be present in the header;
    /// Optional may be left out (empty); Computed is written by export and ignored by import.
    using Use = FieldInfo::Use;

    QString name;
    ColumnType type = ColumnType::Text;
    Use use = Use::Required;
    QString unit;
    QString codeList;  ///< for Code and CodeList columns: the list's name
    QString allowed;   ///< "0..4", "20..250", "yes;no", … empty when anything goes
    QString labelEn, labelZh;

    bool computed() const { return use == Use::Computed; }
};

/// One file of the export folder, columns in the order they are written.
struct FileDef {
    QString fileName;  ///< "pasi.csv"
    QString name;      ///< "pasi"
    QString labelEn, labelZh;
    QList<ColumnDef> columns;

    int indexOf(const QString &column) const;  ///< -1 when absent
    const ColumnDef *column(const QString &column) const;
    QStringList columnNames() const;
};

struct CodeItem {
    QString code;
    QString labelEn, labelZh;
};
struct CodeListDef {
    QString name;  ///< "yes_no", "visit", "ctcae_grade", …
    QList<CodeItem> items;
    QStringList codes() const;
};

/// What every exported column means: file, name, type, unit, allowed values and label in
/// English and Chinese. Export, import, the ODM metadata and dictionary.csv all read it, so
/// the layout is defined once. Ranges and code lists come from the protocol. Labels are data of
/// the export (both languages in every file at once, whatever the UI shows), so they are kept
/// here as plain strings, the Chinese ones following docs/glossary-zh_CN.md.
class DataDictionary {
public:
    explicit DataDictionary(const Protocol &p);

    /// Every file in export order: subjects, consents, eligibility, pasi, infusions,
    /// vital_signs, adverse_events, audit, dictionary.
    const QList<FileDef> &files() const { return m_files; }
    const FileDef &file(const QString &name) const;  ///< by name ("pasi"); aborts if unknown
    const QList<CodeListDef> &codeLists() const { return m_codeLists; }
    const CodeListDef *codeList(const QString &name) const;

    /// Writes dictionary.csv: one row per column of every file.
    bool writeCsv(QIODevice *device, bool bom, QString *error) const;

private:
    void addCodeLists(const Protocol &p);
    void addFiles(const Protocol &p);

    QList<FileDef> m_files;
    QList<CodeListDef> m_codeLists;
};

}  // namespace trialcrf
