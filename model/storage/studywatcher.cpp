// SPDX-License-Identifier: Apache-2.0
#include "storage/studywatcher.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

constexpr int kFilePollMs = 250;    // a study file: PRAGMA data_version, a few hundred ms
constexpr int kServerPollMs = 1000; // a server whose driver cannot notify: the trail's end
constexpr int kRetryMs = 50;        // a look deferred past the connection's open transaction

// Every audited record of the trail since a seq, with what names its page: the subject's id,
// the visit of an infusion or PASI assessment, the number of an adverse event, and the role
// of who wrote it. Session events (no table) are no change to a record.
const QString kSince = QStringLiteral(
    "SELECT a.seq, a.at_utc, a.user_name, a.table_name, a.record_id, a.subject_code,"
    " coalesce(s.id, 0), coalesce(i.visit, pa.visit, CAST(ae.ae_number AS TEXT), ''),"
    " coalesce(u.role, '')"
    " FROM audit_log a"
    " LEFT JOIN subjects s ON s.code = a.subject_code"
    " LEFT JOIN infusions i ON a.table_name = 'infusions' AND i.id = a.record_id"
    " LEFT JOIN pasi_assessments pa ON a.table_name = 'pasi_assessments' AND pa.id = a.record_id"
    " LEFT JOIN adverse_events ae ON a.table_name = 'adverse_events' AND ae.id = a.record_id"
    " LEFT JOIN users u ON u.user_name = a.user_name"
    " WHERE a.seq > ? AND a.table_name IS NOT NULL ORDER BY a.seq");

}  // namespace

std::optional<ChangedRecord> StudyChanges::changeOf(const FieldRef &page) const
{
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->page.samePage(page.page()))
            return *it;
    }
    return std::nullopt;
}

StudyWatcher::StudyWatcher(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<StudyChanges>();
    m_timer.setInterval(db.isServer() ? kServerPollMs : kFilePollMs);
    connect(&m_timer, &QTimer::timeout, this, &StudyWatcher::poll);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] { check(); });
}

StudyWatcher::~StudyWatcher()
{
    stop();
}

bool StudyWatcher::start(QString *error)
{
    stop();
    if (!m_db.isOpen()) {
        if (error)
            *error = QStringLiteral("the database is not open");
        return false;
    }
    const qint64 last = m_db.number(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (last < 0) {
        if (error)
            *error = QStringLiteral("the audit trail cannot be read");
        return false;
    }
    m_lastSeq = last;
    m_db.forgetAppendedUpTo(last);
    m_active = true;
    if (m_db.isServer()) {
        QSqlDriver *driver = m_db.connection().driver();
        if (driver && driver->hasFeature(QSqlDriver::EventNotifications)
            && driver->subscribeToNotification(Database::changeChannel())) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &payload) {
                        onNotification(name, payload, source == QSqlDriver::SelfSource);
                    });
            m_listening = true;
            return true;
        }
    } else {
        m_dataVersion = m_db.number(QStringLiteral("PRAGMA data_version"));
    }
    m_timer.start();
    return true;
}

void StudyWatcher::stop()
{
    m_timer.stop();
    m_retry.stop();
    if (m_listening && m_db.isOpen()) {
        if (QSqlDriver *driver = m_db.connection().driver()) {
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            driver->unsubscribeFromNotification(Database::changeChannel());
        }
    }
    m_listening = false;
    m_active = false;
}

void StudyWatcher::setPollInterval(int ms)
{
    m_timer.setInterval(ms);
}

void StudyWatcher::onNotification(const QString &name, const QVariant &payload, bool fromSelf)
{
    if (name != Database::changeChannel() || fromSelf)
        return;  // this connection's own commit: nothing another workstation did
    bool ok = false;
    const qint64 seq = payload.toString().toLongLong(&ok);
    if (ok && seq <= m_lastSeq)
        return;  // already read (several commits, one look)
    check();
}

void StudyWatcher::poll()
{
    if (m_db.isServer()) {
        const qint64 last =
            m_db.number(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
        if (last > m_lastSeq)
            check();
        return;
    }
    const qint64 version = m_db.number(QStringLiteral("PRAGMA data_version"));
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    check();
}

bool StudyWatcher::check(QString *error)
{
    if (!m_active)
        return true;
    if (m_db.isInTransaction()) {
        // Inside a transaction the trail shows this connection's rows before they are its
        // own (they become so at commit): look again after it.
        m_retry.start();
        return true;
    }
    StudyChanges changes;
    if (!read(&changes, error))
        return false;
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return true;
}

bool StudyWatcher::read(StudyChanges *changes, QString *error)
{
    Statement st(m_db, kSince);
    if (!st.exec({m_lastSeq})) {
        if (error)
            *error = Database::describe(st.query().lastError());
        return false;
    }
    QSqlQuery &q = st.query();
    QHash<QPair<QString, qint64>, qsizetype> byRecord;  // (table, record id) → index
    qint64 last = m_lastSeq;
    while (q.next()) {
        ChangedRecord r;
        r.seq = q.value(0).toLongLong();
        last = qMax(last, r.seq);
        if (m_db.appendedHere(r.seq))
            continue;
        r.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.userName = q.value(2).toString();
        r.page.table = q.value(3).toString();
        r.recordId = q.value(4).toLongLong();
        r.subjectCode = q.value(5).toString();
        r.page.subjectId = q.value(6).toLongLong();
        if (r.page.subjectId == 0 && r.page.table == QLatin1String("subjects"))
            r.page.subjectId = r.recordId;
        r.page.recordKey = q.value(7).toString();
        r.roleCode = q.value(8).toString();

        if (!r.subjectCode.isEmpty())
            changes->subjectCodes.insert(r.subjectCode);
        if (r.page.subjectId != 0)
            changes->subjectIds.insert(r.page.subjectId);
        if (!changes->userNames.contains(r.userName))
            changes->userNames << r.userName;
        // One entry per record, at the place of its latest change.
        const auto key = qMakePair(r.page.table, r.recordId);
        if (const auto it = byRecord.constFind(key); it != byRecord.cend())
            changes->records[*it].seq = 0;  // superseded: dropped below
        byRecord.insert(key, changes->records.size());
        changes->records << r;
    }
    changes->records.removeIf([](const ChangedRecord &r) { return r.seq == 0; });
    changes->lastSeq = last;
    m_lastSeq = last;
    m_db.forgetAppendedUpTo(last);
    return true;
}

}  // namespace trialcrf
