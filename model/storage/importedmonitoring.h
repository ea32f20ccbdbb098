// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trialcrf {

class Database;

/// Queries, their threads and SDV marks read from another database's export, written as they
/// were: with their own authors, roles and times. Each row's audit row is the importing
/// user's, with the import's reason, and holds the original author and time, so verify checks
/// an imported row against its audit row as it checks one written here. Called inside the
/// import's transaction, after the records the rows name were written.
namespace importedmonitoring {

struct Message {
    qint64 id = 0;  ///< the exported id, kept when keepIds; else a new one
    QString kind;   ///< raise, answer, close, reopen
    QString author, authorRole;
    QDateTime atUtc;
    QString text;
};

struct Thread {
    qint64 id = 0;  ///< the exported id, kept when keepIds
    FieldRef ref;
    QString subjectCode;
    QList<Message> messages;  ///< oldest first; the first raises
};

struct Mark {
    FieldRef ref;
    QString subjectCode;
    QString contentHash;
    QString byUser, byRole;
    QDateTime atUtc;
};

/// True when the study holds no query (the exported ids can be kept).
bool noQueries(const Database &db);

/// Writes one query with its thread. The state follows from the messages
/// (QueryStore::stateAfter); `reason` is the audit rows' reason.
bool writeThread(const Database &db, const Clock &clock, const Session &importer,
                 const QString &reason, const Thread &thread, bool keepIds, QString *error);
/// Writes one standing SDV mark with its audit row.
bool writeMark(const Database &db, const Clock &clock, const Session &importer,
               const QString &reason, const Mark &mark, QString *error);

}  // namespace importedmonitoring

}  // namespace trialcrf
