// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

namespace trialcrf {

/// One read transaction around a long read (a whole export), so everything it reads shows the
/// same moment even while other workstations write. SQLite: a WAL read transaction (QSqlDatabase
/// ::transaction()); a Transaction opened inside it nests as a savepoint. PostgreSQL: BEGIN
/// ISOLATION LEVEL REPEATABLE READ, and a Transaction inside it is a savepoint too (it writes
/// in the snapshot without the writer lock: a save that would fork the audit chain fails on
/// its unique seq instead). It ends with COMMIT, never ROLLBACK: a save made on this
/// connection meanwhile must not be lost.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
    bool m_active = false;
};

}  // namespace trialcrf
