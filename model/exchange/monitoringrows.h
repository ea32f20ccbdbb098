// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/csvtable.h"
#include "storage/importedmonitoring.h"
#include "storage/session.h"

#include <QHash>
#include <QMap>
#include <functional>
#include <optional>

namespace trialcrf {

struct Protocol;
class StudyStore;

/// The monitoring files of an import (queries.csv, query_messages.csv, sdv.csv): each row
/// checked as it is read, each thread checked whole once its messages are read, everything
/// written by write() after the records it names. A query message keeps its author, role and
/// time; the link of an answer to the value change it made (audit_seq) names an audit row of
/// the exporting database and is not carried over. Query ids are kept when the study holds no
/// query yet.
class MonitoringRows {
public:
    using Report = std::function<void(ExchangeProblem &&)>;
    /// Whether the row's subject is known (reports the problem when not).
    using KnownSubject = std::function<bool(CsvTable &)>;

    MonitoringRows(const Protocol &p, KnownSubject known);

    void readQuery(CsvTable &t);
    void readMessage(CsvTable &t);
    void readMark(CsvTable &t);
    /// Each thread whole: raised first, each step allowed after the one before, the state and
    /// the raiser what queries.csv says.
    void checkThreads(const QString &queriesFile, const Report &report);
    /// Writes every query, message and mark (the import's transaction is open); a page that is
    /// not recorded is reported at its line. False with *error when the database fails.
    bool write(StudyStore &store, const Session &importer, const QString &reason,
               const QString &queriesFile, const QString &sdvFile, const Report &report,
               QString *error);

    /// A UTC time cell like 2024-03-04T09:15:00.000Z: an invalid QDateTime when empty,
    /// nullopt (reported) when unreadable.
    static std::optional<QDateTime> utcTime(CsvTable &t, const QString &column);

private:
    struct PendingQuery {
        importedmonitoring::Thread thread;
        qint64 line = 0;
        QString state, raisedBy;
        QDateTime raisedAt;
        QMap<qint64, qint64> messageLines;  ///< message id → line in query_messages.csv
    };
    struct PendingMark {
        importedmonitoring::Mark mark;
        qint64 line = 0;
    };

    /// The field a row names (subject id still 0), or nullopt (reported).
    std::optional<FieldRef> readRef(CsvTable &t, bool wholePageAllowed);
    bool isUser(CsvTable &t, const QString &nameColumn, const QString &roleColumn);
    /// Who wrote the row (a user name and a role code) and when (a UTC time, required);
    /// nullopt when any of them is wrong (reported).
    std::optional<QDateTime> writtenBy(CsvTable &t, const QString &nameColumn,
                                       const QString &roleColumn, const QString &timeColumn);

    const Protocol &m_p;
    KnownSubject m_known;
    QMap<qint64, PendingQuery> m_queries;  ///< by exported id
    QHash<QString, qint64> m_markLines;    ///< "subject|table|key|field" → line in sdv.csv
    QList<PendingMark> m_marks;
};

}  // namespace trialcrf
