// SPDX-License-Identifier: Apache-2.0
// The base of the repositories whose record is its field table: what a repository's header
// needs (the field tables, the row reader and writer, the record queries).
#pragma once

#include "records/fieldtables.h"
#include "storage/recordquery.h"
#include "storage/rowwriter.h"

#include <functional>
#include <optional>

namespace trialcrf::recordquery {

/// What a subject record's repository (Derived, with its table()) takes from the record's
/// field table: its columns, reading and writing its row, reading one by id. A repository
/// whose record has more (child rows, a confirmation stamp) declares its own.
template <typename Derived, typename Record, const FieldTable<Record> &(*Fields)()>
struct FieldTableRows {
    static QStringList columns() { return recordquery::columns(Fields()); }
    static Record read(const RowReader &r) { return recordquery::read(r, Fields()); }
    static Row toRow(const Record &rec) { return recordquery::toRow(Fields(), rec); }
    static std::optional<Record> byId(const Database &db, qint64 id, QString *error)
    {
        return recordquery::byId(db, Derived::table(), Derived::columns(), id, &Derived::read,
                                 error);
    }
};

}  // namespace trialcrf::recordquery
