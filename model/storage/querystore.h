// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

class Database;
class StudyStore;

/// One message of a query's thread: who wrote it, when, in which role, what it did.
struct QueryMessage {
    qint64 id = 0;
    qint64 queryId = 0;
    QString kind;  ///< raise, answer, close, reopen
    QString author;
    QString authorRole;  ///< role code when written
    QDateTime atUtc;
    QString text;
    /// The audit row of the value change an answer made (the field's latest change since the
    /// message before it); 0 when the answer explains without a change.
    qint64 auditSeq = 0;
    QString oldValue, newValue;  ///< that change, as the audit trail holds it
};

/// A query on one field (or on a whole page: ref.field empty): open → answered → closed,
/// re-opened by a monitor or data manager. The state follows from the last message.
struct Query {
    qint64 id = 0;
    FieldRef ref;
    QString subjectCode;
    QString visit;  ///< monitoredfields::visitOf(ref)
    QString state;  ///< open, answered, closed
    QString raisedBy;
    QDateTime raisedAt;
    QDateTime updatedAt;  ///< the last message's time
    int version = 0;
    QList<QueryMessage> messages;  ///< oldest first (filled by thread())

    /// Who must act now: "site" (nurse, physician) while open, "monitor" (monitor, data
    /// manager) while answered, empty when closed.
    QString mustAct() const;
    bool isOpen() const { return state != QLatin1String("closed"); }
};

struct QueryFilter {
    QString state;       ///< empty = any
    qint64 subjectId = 0;  ///< 0 = any
    QString visit;       ///< empty = any
    QString mustAct;     ///< site, monitor; empty = any
    int minAgeDays = 0;  ///< raised at least this many days ago
};

/// Queries and their threads. Every message is one transaction with its audit row (actions
/// query_raise, query_answer, query_close, query_reopen on table query_messages); the role
/// matrix decides who may do what (Action::RaiseQuery, AnswerQuery, CloseQuery).
class QueryStore {
public:
    explicit QueryStore(const StudyStore &store);

    static QString stateOpen() { return QStringLiteral("open"); }
    static QString stateAnswered() { return QStringLiteral("answered"); }
    static QString stateClosed() { return QStringLiteral("closed"); }
    static QStringList states() { return {stateOpen(), stateAnswered(), stateClosed()}; }
    /// The state a message of `kind` (raise, answer, close, reopen) leaves its query in.
    static QString stateAfter(const QString &kind);
    /// The states a message of `kind` may follow; empty for raise (it begins the thread) and
    /// an unknown kind.
    static QStringList statesBefore(const QString &kind);

    /// Raises a query on a recorded field or page. A monitor or data manager raises on any; a
    /// physician only on what a nurse entered (the field's last writer, or the page's). *id
    /// receives the new query's id.
    SaveResult raise(const Session &s, const FieldRef &ref, const QString &text,
                     qint64 *id = nullptr);
    /// The site answers (open or answered → answered). When the field changed since the last
    /// message (its correction saved with a reason through the page), the answer is linked to
    /// that audit row.
    SaveResult answer(const Session &s, qint64 queryId, const QString &text);
    /// A monitor or data manager closes an open or answered query.
    SaveResult close(const Session &s, qint64 queryId, const QString &text);
    /// A monitor or data manager re-opens an answered or closed query; the text says why.
    SaveResult reopen(const Session &s, qint64 queryId, const QString &text);

    /// Queries matching `filter`, without messages, by subject code, then id.
    std::optional<QList<Query>> queries(const Session &s, const QueryFilter &filter = {},
                                        QString *error = nullptr) const;
    /// One query with its whole thread; nullopt when unknown or not readable.
    std::optional<Query> thread(const Session &s, qint64 queryId, QString *error = nullptr) const;
    /// Open (not closed) queries per page of one subject, keyed "table|recordKey"; per field
    /// the callers look at queries().
    std::optional<QList<Query>> subjectQueries(const Session &s, qint64 subjectId,
                                               QString *error = nullptr) const;

    /// Tamper check for verify: every message matches the audit row that wrote it, every
    /// query audit row still has its message, and each query's page, field and state are
    /// what its thread says. nullopt when sound; else the first wrong id (0 when unreadable).
    static std::optional<qint64> firstForgedQuery(const Database &db, QString *problem);

private:
    /// Answer, close or re-open: the step of `kind` (who may, from which states, whether it
    /// needs words) decides.
    SaveResult addMessage(const Session &s, qint64 queryId, const QString &kind,
                          const QString &text);

    const StudyStore &m_store;
};

}  // namespace trialcrf
