// SPDX-License-Identifier: Apache-2.0
#include "exchange/monitoringrows.h"

#include "records/fieldtables.h"
#include "storage/querystore.h"
#include "storage/studystore.h"

#include <QRegularExpression>

namespace trialcrf {

namespace {

const QString kSubjectCode = QStringLiteral("subject_code");
const QString kRecord = QStringLiteral("record");
const QString kRecordKey = QStringLiteral("record_key");
const QString kField = QStringLiteral("field");

/// The storage table of a record file ("pasi" → pasi_assessments); empty when unknown.
QString tableOf(const Protocol &p, const QString &file)
{
    static const QList<fields::RecordFields> all = fields::all(p);
    for (const fields::RecordFields &r : all) {
        if (r.file == file)
            return monitoredfields::tables().contains(r.table) ? r.table : QString();
    }
    return {};
}

QString markKey(const QString &code, const FieldRef &ref)
{
    return QStringList{code, ref.table, ref.recordKey, ref.field}.join(QLatin1Char('|'));
}

}  // namespace

MonitoringRows::MonitoringRows(const Protocol &p, KnownSubject known)
    : m_p(p), m_known(std::move(known))
{
}

std::optional<QDateTime> MonitoringRows::utcTime(CsvTable &t, const QString &column)
{
    const QString text = t.trimmed(column);
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC) {
        t.problem(column,
                  QT_TRANSLATE_NOOP("Validation",
                                    "\"%1\" is not a UTC time like 2024-03-04T09:15:00.000Z."),
                  {text});
        return std::nullopt;
    }
    return at;
}

std::optional<FieldRef> MonitoringRows::readRef(CsvTable &t, bool wholePageAllowed)
{
    const bool known = m_known(t);
    FieldRef ref{0, tableOf(m_p, t.trimmed(kRecord)), t.trimmed(kRecordKey), t.trimmed(kField)};
    if (ref.table.isEmpty()) {
        t.problem(kRecord, QT_TRANSLATE_NOOP("Validation",
                                             "\"%1\" is not a record file a query or an SDV "
                                             "mark can name."),
                  {t.trimmed(kRecord)});
        return std::nullopt;
    }
    if (ref.field.isEmpty() ? !wholePageAllowed
                            : !monitoredfields::isField(m_p, ref.table, ref.field)) {
        t.problem(kField, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a field of %2."),
                  {ref.field, t.trimmed(kRecord)});
        return std::nullopt;
    }
    const QString visit = monitoredfields::visitOf(m_p, ref);
    if (t.trimmed(QStringLiteral("visit")) != visit) {
        t.problem(QStringLiteral("visit"),
                  QT_TRANSLATE_NOOP("Validation",
                                    "The visit \"%1\" does not match the record, which belongs "
                                    "to \"%2\"."),
                  {t.trimmed(QStringLiteral("visit")), visit});
        return std::nullopt;
    }
    return known ? std::optional<FieldRef>(ref) : std::nullopt;
}

bool MonitoringRows::isUser(CsvTable &t, const QString &nameColumn, const QString &roleColumn)
{
    bool ok = true;
    if (t.trimmed(nameColumn).isEmpty()) {
        t.problem(nameColumn, QT_TRANSLATE_NOOP("Validation", "The user name is required."));
        ok = false;
    }
    if (!roleColumn.isEmpty() && !roleFromCode(t.trimmed(roleColumn))) {
        t.problem(roleColumn, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a role."),
                  {t.trimmed(roleColumn)});
        ok = false;
    }
    return ok;
}

std::optional<QDateTime> MonitoringRows::writtenBy(CsvTable &t, const QString &nameColumn,
                                                   const QString &roleColumn,
                                                   const QString &timeColumn)
{
    const bool user = isUser(t, nameColumn, roleColumn);
    const std::optional<QDateTime> at = utcTime(t, timeColumn);
    if (at && !at->isValid())
        t.problem(timeColumn, QT_TRANSLATE_NOOP("Validation", "The time (UTC) is required."));
    return user && at && at->isValid() ? at : std::nullopt;
}

void MonitoringRows::readQuery(CsvTable &t)
{
    const std::optional<qint64> id = t.integer(QStringLiteral("query_id"));
    const std::optional<FieldRef> ref = readRef(t, true);
    const QString state = t.trimmed(QStringLiteral("state"));
    if (!QueryStore::states().contains(state))
        t.problem(QStringLiteral("state"),
                  QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a state of a query."), {state});
    isUser(t, QStringLiteral("raised_by"), {});
    const std::optional<QDateTime> raised = utcTime(t, QStringLiteral("raised_at_utc"));
    utcTime(t, QStringLiteral("updated_at_utc"));
    if (!id) {
        if (!t.unreadable().contains(QStringLiteral("query_id")))
            t.problem(QStringLiteral("query_id"),
                      QT_TRANSLATE_NOOP("Validation", "The query id is required."));
        return;
    }
    if (const auto it = m_queries.constFind(*id); it != m_queries.constEnd()) {
        t.problem(QStringLiteral("query_id"),
                  QT_TRANSLATE_NOOP("Validation", "Query %1 appears twice (first on line %2)."),
                  {QString::number(*id), QString::number(it->line)});
        return;
    }
    PendingQuery q;
    q.line = t.line();
    q.thread.id = *id;
    q.thread.ref = ref.value_or(FieldRef{});
    q.thread.subjectCode = t.trimmed(kSubjectCode);
    q.state = state;
    q.raisedBy = t.trimmed(QStringLiteral("raised_by"));
    q.raisedAt = raised.value_or(QDateTime());
    m_queries.insert(*id, q);
}

void MonitoringRows::readMessage(CsvTable &t)
{
    const std::optional<qint64> queryId = t.integer(QStringLiteral("query_id"));
    const std::optional<qint64> id = t.integer(QStringLiteral("message_id"));
    const QString kind = t.trimmed(QStringLiteral("kind"));
    const bool raise = kind == QLatin1String("raise");
    if (!raise && QueryStore::statesBefore(kind).isEmpty())
        t.problem(QStringLiteral("kind"),
                  QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a kind of query message."),
                  {kind});
    const std::optional<QDateTime> at =
        writtenBy(t, QStringLiteral("author"), QStringLiteral("author_role"), QStringLiteral("at_utc"));
    const QString text = t.text(QStringLiteral("text")).trimmed();
    if (text.isEmpty() && kind != QLatin1String("close"))
        t.problem(QStringLiteral("text"),
                  QT_TRANSLATE_NOOP("Validation", "The message is empty: only closing may go "
                                                  "without words."));
    const auto query = queryId ? m_queries.find(*queryId) : m_queries.end();
    if (query == m_queries.end()) {
        t.problem(QStringLiteral("query_id"),
                  QT_TRANSLATE_NOOP("Validation", "No query %1 in queries.csv."),
                  {t.trimmed(QStringLiteral("query_id"))});
        return;
    }
    if (!id) {
        t.problem(QStringLiteral("message_id"),
                  QT_TRANSLATE_NOOP("Validation", "The message id is required."));
        return;
    }
    if (query->messageLines.contains(*id)) {
        t.problem(QStringLiteral("message_id"),
                  QT_TRANSLATE_NOOP("Validation", "Message %1 appears twice (first on line %2)."),
                  {QString::number(*id), QString::number(query->messageLines.value(*id))});
        return;
    }
    query->messageLines.insert(*id, t.line());
    query->thread.messages.append({*id, kind, t.trimmed(QStringLiteral("author")),
                                   t.trimmed(QStringLiteral("author_role")),
                                   at.value_or(QDateTime()), text});
}

void MonitoringRows::checkThreads(const QString &queriesFile, const Report &report)
{
    for (PendingQuery &q : m_queries) {
        auto &messages = q.thread.messages;
        std::sort(messages.begin(), messages.end(),
                  [](const auto &a, const auto &b) { return a.id < b.id; });
        const auto problem = [&](const char *column, const char *source, const QStringList &args) {
            report({queriesFile, q.line, 0, QLatin1String(column), source, args});
        };
        if (messages.isEmpty() || messages.first().kind != QLatin1String("raise")) {
            problem("query_id",
                    QT_TRANSLATE_NOOP("Validation", "Query %1 has no raising message (the first "
                                                    "of its thread in query_messages.csv)."),
                    {QString::number(q.thread.id)});
            continue;
        }
        QString state = QueryStore::stateOpen();
        for (qsizetype i = 1; i < messages.size(); ++i) {
            if (!QueryStore::statesBefore(messages[i].kind).contains(state)) {
                problem("query_id",
                        QT_TRANSLATE_NOOP("Validation", "Query %1: a message \"%2\" cannot "
                                                        "follow the state \"%3\"."),
                        {QString::number(q.thread.id), messages[i].kind, state});
                break;
            }
            state = QueryStore::stateAfter(messages[i].kind);
        }
        if (state != q.state)
            problem("state",
                    QT_TRANSLATE_NOOP("Validation", "The state \"%1\" contradicts the thread of "
                                                    "query %2, which leaves it \"%3\"."),
                    {q.state, QString::number(q.thread.id), state});
        if (q.raisedBy != messages.first().author || q.raisedAt != messages.first().atUtc)
            problem("raised_by",
                    QT_TRANSLATE_NOOP("Validation", "Who raised query %1 and when contradicts its "
                                                    "raising message."),
                    {QString::number(q.thread.id)});
    }
}

void MonitoringRows::readMark(CsvTable &t)
{
    const std::optional<FieldRef> ref = readRef(t, false);
    const QString status = t.trimmed(QStringLiteral("status"));
    if (status != QLatin1String("verified") && status != QLatin1String("changed_since_verified"))
        t.problem(QStringLiteral("status"),
                  QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a status of an SDV mark."),
                  {status});
    const std::optional<QDateTime> at = writtenBy(t, QStringLiteral("verified_by"),
                                                  QStringLiteral("verified_role"),
                                                  QStringLiteral("verified_at_utc"));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    const QString hash = t.trimmed(QStringLiteral("content_hash"));
    if (!sha256.match(hash).hasMatch())
        t.problem(QStringLiteral("content_hash"),
                  QT_TRANSLATE_NOOP("Validation", "The content hash must be 64 hexadecimal "
                                                  "digits (SHA-256)."));
    if (!ref || t.rowHasProblems())
        return;
    const QString code = t.trimmed(kSubjectCode);
    const QString key = markKey(code, *ref);
    if (const auto it = m_markLines.constFind(key); it != m_markLines.constEnd()) {
        t.problem(kField,
                  QT_TRANSLATE_NOOP("Validation", "This field has a second SDV mark (the first "
                                                  "is on line %1)."),
                  {QString::number(*it)});
        return;
    }
    m_markLines.insert(key, t.line());
    m_marks.append({{*ref, code, hash, t.trimmed(QStringLiteral("verified_by")),
                     t.trimmed(QStringLiteral("verified_role")), *at},
                    t.line()});
}

bool MonitoringRows::write(StudyStore &store, const Session &importer, const QString &reason,
                           const QString &queriesFile, const QString &sdvFile,
                           const Report &report, QString *error)
{
    QHash<QString, std::optional<Casebook>> books;
    // The page's record, or false (reported) when the import did not record it.
    const auto recorded = [&](FieldRef &ref, const QString &code, const QString &file,
                              qint64 line) {
        auto it = books.find(code);
        if (it == books.end()) {
            const std::optional<qint64> id = store.subjectIdByCode(code);
            it = books.insert(code, id ? store.loadCasebook(importer, *id) : std::nullopt);
        }
        if (*it && monitoredfields::recordId(**it, ref.page()) != 0) {
            ref.subjectId = (*it)->subject.id;
            return true;
        }
        report({file, line, 0, kRecordKey,
                QT_TRANSLATE_NOOP("Validation",
                                  "No page %1 \"%2\" of %3 is recorded in the imported files or "
                                  "the database."),
                {ref.table, ref.recordKey, code}});
        return false;
    };
    const bool keepIds = importedmonitoring::noQueries(store.database());
    for (PendingQuery &q : m_queries) {
        if (recorded(q.thread.ref, q.thread.subjectCode, queriesFile, q.line)
            && !importedmonitoring::writeThread(store.database(), store.clock(), importer, reason,
                                                q.thread, keepIds, error))
            return false;
    }
    for (PendingMark &m : m_marks) {
        if (recorded(m.mark.ref, m.mark.subjectCode, sdvFile, m.line)
            && !importedmonitoring::writeMark(store.database(), store.clock(), importer, reason,
                                              m.mark, error))
            return false;
    }
    return true;
}

}  // namespace trialcrf
