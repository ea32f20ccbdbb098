// SPDX-License-Identifier: Apache-2.0
// A record's stored columns from its field table: the Row a repository writes and the record
// it reads back, so no repository lists its columns by hand.
#pragma once

#include "records/field.h"
#include "storage/row.h"
#include "storage/rowreader.h"

namespace trialcrf::fieldrows {

/// Appends the field's value to `row` in its storage form.
void add(Row &row, const FieldInfo &f, const FieldValue &v);
/// The field's stored value in the current row of `r` (column prefixed by `prefix`).
FieldValue read(const RowReader &r, const FieldInfo &f, const QString &prefix = {});

/// Every stored field of `rec`, in table order, appended to `row`.
template <typename R>
Row &write(Row &row, const FieldTable<R> &table, const R &rec)
{
    for (const Field<R> &f : table) {
        if (f.stored())
            add(row, f, f.get(rec));
    }
    return row;
}

/// Sets every stored field of `rec` from the current row of `r`.
template <typename R>
void read(const RowReader &r, const FieldTable<R> &table, R *rec, const QString &prefix = {})
{
    for (const Field<R> &f : table) {
        if (f.stored())
            f.set(*rec, read(r, f, prefix));
    }
}

}  // namespace trialcrf::fieldrows
