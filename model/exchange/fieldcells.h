// SPDX-License-Identifier: Apache-2.0
// A record's CSV cells and ODM values from its field table: export and import go by column
// name, in the table's order, so no file lists its columns by hand.
#pragma once

#include "exchange/csvtable.h"
#include "exchange/csvwriter.h"
#include "records/field.h"
#include "storage/exchangequeries.h"

#include <QHash>
#include <functional>

namespace trialcrf::fieldcells {

/// The field's value as the CSV cell export writes (UTF-8; empty = not recorded).
QByteArray csv(const FieldInfo &f, const FieldValue &v);
/// The field's value as an ODM ItemData value (times with seconds); empty = not recorded.
QString odm(const FieldInfo &f, const FieldValue &v);
/// Writes the field's value to `w`.
void add(CsvWriter &w, const FieldInfo &f, const FieldValue &v);
/// Writes the stored value at `column` of a query row (storage form) as its CSV cell.
void addStored(CsvWriter &w, const FieldInfo &f, const ExchangeQueries::Row &row, int column);
/// The stored value at `column` of a query row as the field's value.
FieldValue stored(const FieldInfo &f, const ExchangeQueries::Row &row, int column);
/// Reads the field's cell of the current row (problems reported by the table).
FieldValue parse(CsvTable &t, const FieldInfo &f);

/// Writes the cells of the values a record does not hold: its subject's code, its visit, a
/// computed column. Called with the field, in the file's order.
using Other = std::function<void(CsvWriter &, const FieldInfo &)>;

/// One CSV row of `rec`: every exported field of `table`, in order.
template <typename R>
void writeRow(CsvWriter &w, const FieldTable<R> &table, const R &rec, const Other &other)
{
    for (const Field<R> &f : table) {
        if (!f.exported())
            continue;
        if (f.computed() || f.fromContext() || !f.get)
            other(w, f);
        else
            add(w, f, f.get(rec));
    }
    w.endRow();
}

/// Sets every imported field of `rec` (neither computed nor from the context) from the
/// current row of `t`.
template <typename R>
void readRow(CsvTable &t, const FieldTable<R> &table, R *rec)
{
    for (const Field<R> &f : table) {
        if (f.exported() && !f.computed() && !f.fromContext() && f.set)
            f.set(*rec, parse(t, f));
    }
}

/// The stored columns of the exported fields of `table` (neither computed nor from the
/// context), in order: what an ExchangeQueries pass selects for the file.
template <typename R>
QList<const Field<R> *> storedExports(const FieldTable<R> &table)
{
    QList<const Field<R> *> out;
    for (const Field<R> &f : table) {
        if (f.exported() && f.stored() && !f.computed() && !f.fromContext())
            out.append(&f);
    }
    return out;
}

/// The storage columns of `fields`, in order.
template <typename R>
QStringList columnNames(const QList<const Field<R> *> &fields)
{
    QStringList out;
    for (const Field<R> *f : fields)
        out << f->column;
    return out;
}

/// Every exported field's ODM value by key.
template <typename R>
QHash<QString, QString> odmValues(const FieldTable<R> &table, const R &rec)
{
    QHash<QString, QString> out;
    for (const Field<R> &f : table) {
        if (f.exported() && !f.computed() && f.get)
            out.insert(f.key, odm(f, f.get(rec)));
    }
    return out;
}

}  // namespace trialcrf::fieldcells
