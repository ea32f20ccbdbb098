// SPDX-License-Identifier: Apache-2.0
#include "storage/auditlog.h"

#include "storage/auditbatch.h"

#include "storage/row.h"
#include "storage/sodiumready.h"
#include "storage/statement.h"
#include "storage/utf8.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>


#include <charconv>

namespace trialcrf {

namespace {

// The prev_hash of the first row.
const QString kGenesisHash(64, QLatin1Char('0'));

const QString kColumns = QStringLiteral(
    "seq, at_utc, user_name, action, table_name, record_id, subject_code, field, old_value, "
    "new_value, reason, prev_hash, hash");

void appendLength(QByteArray &out, qsizetype n)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    Q_UNUSED(ec);
    out.append(digits, end - digits);
    out.append(':');
}

void appendField(QByteArray &out, QStringView value)
{
    // Length-prefixed UTF-8, encoded on the stack (no temporary QByteArray per field).
    QVarLengthArray<char, 1024> utf8(3 * value.size());
    const qsizetype size = writeUtf8(utf8.data(), value) - utf8.data();
    appendLength(out, size);
    out.append(utf8.data(), size);
}

}  // namespace

AuditLog::AuditLog(const Database &db, Clock clock)
    : m_db(db), m_clock(std::move(clock))
{
}

QString AuditLog::formatTime(const QDateTime &utc)
{
    return Row::timestampText(utc);
}

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    return canonical(e, formatTime(e.atUtc));
}

QByteArray AuditLog::canonical(const AuditEntry &e, const QString &atText)
{
    QByteArray out;
    out.reserve(160 + 3 * e.newValue.size());
    appendField(out, QString::number(e.seq));
    appendField(out, atText);
    appendField(out, e.userName);
    appendField(out, e.action);
    appendField(out, e.tableName);
    appendField(out, QString::number(e.recordId));
    appendField(out, e.subjectCode);
    appendField(out, e.field);
    appendField(out, e.oldValue);
    appendField(out, e.newValue);
    appendField(out, e.reason);
    return out;
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    return computeHash(e, formatTime(e.atUtc));
}

QString AuditLog::computeHash(const AuditEntry &e, const QString &atText)
{
    // libsodium's SHA-256 (already linked for the password hashes): the same digest as
    // QCryptographicHash, at a fraction of its cost on the import's millions of rows.
    sodiumReady();
    const QByteArray text = canonical(e, atText);
    const QByteArray prev = e.prevHash.toLatin1();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(text.constData()),
                              static_cast<unsigned long long>(text.size()));
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(prev.constData()),
                              static_cast<unsigned long long>(prev.size()));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    static const char hex[] = "0123456789abcdef";
    QString out(2 * crypto_hash_sha256_BYTES, Qt::Uninitialized);
    QChar *dst = out.data();
    for (unsigned char b : digest) {
        *dst++ = QLatin1Char(hex[b >> 4]);
        *dst++ = QLatin1Char(hex[b & 0xf]);
    }
    return out;
}

QString AuditLog::selectColumns(const QString &alias)
{
    if (alias.isEmpty())
        return kColumns;
    QStringList columns = kColumns.split(QStringLiteral(", "));
    for (QString &c : columns)
        c.prepend(alias + QLatin1Char('.'));
    return columns.join(QStringLiteral(", "));
}

int AuditLog::columnCount()
{
    return int(kColumns.count(QLatin1Char(','))) + 1;
}

AuditEntry AuditLog::entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.tableName = q.value(4).toString();
    e.recordId = q.value(5).toLongLong();
    e.subjectCode = q.value(6).toString();
    e.field = q.value(7).toString();
    e.oldValue = q.value(8).toString();
    e.newValue = q.value(9).toString();
    e.reason = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

bool AuditLog::loadTail(const Database &db, QString *error)
{
    if (db.m_auditTailValid)
        return true;
    Statement tail(db, QStringLiteral("SELECT seq, hash FROM audit_log"
                                      " ORDER BY seq DESC LIMIT 1"));
    if (!tail.exec()) {
        if (error)
            *error = Database::describe(tail.query().lastError());
        return false;
    }
    QSqlQuery &q = tail.query();
    db.m_auditTailSeq = q.next() ? q.value(0).toLongLong() : 0;
    db.m_auditTailHash = db.m_auditTailSeq ? q.value(1).toString() : kGenesisHash;
    db.m_auditTailValid = true;
    return true;
}

bool AuditLog::append(AuditEntry entry, QString *error)
{
    // Outside a transaction, open one: the tail read and the insert must see the same chain.
    std::optional<Transaction> own;
    if (m_db.m_transactionDepth == 0) {
        own.emplace(m_db);
        if (!own->isActive()) {
            if (error)
                *error = own->errorString();
            return false;
        }
    }
    // One row is a batch of one: the chain (seq, prev_hash, hash) and the row's columns are
    // AuditBatch's, for the bulk paths and this one alike.
    if (!entry.atUtc.isValid())
        entry.atUtc = m_clock();
    AuditBatch batch(m_db);
    QString why;
    if (!batch.add(std::move(entry), &why) || !batch.flush(&why)) {
        if (error)
            *error = why;
        return false;
    }
    if (own && !own->commit()) {
        if (error)
            *error = own->errorString();
        return false;
    }
    return true;
}

bool AuditLog::forEachEntry(const AuditFilter &filter,
                            const std::function<bool(const AuditEntry &)> &fn,
                            QString *error) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    QStringList where;
    QVariantList values;
    auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        values << value;
    };
    if (!filter.subjectCode.isEmpty())
        add(QStringLiteral("subject_code = ?"), filter.subjectCode);
    if (!filter.userName.isEmpty())
        add(QStringLiteral("user_name = ?"), filter.userName);
    if (!filter.tableName.isEmpty())
        add(QStringLiteral("table_name = ?"), filter.tableName);
    if (!filter.action.isEmpty())
        add(QStringLiteral("action = ?"), filter.action);
    // at_utc is ISO text, so text order is time order.
    if (filter.from)
        add(QStringLiteral("at_utc >= ?"), filter.from->toString(Qt::ISODate));
    if (filter.to)
        add(QStringLiteral("at_utc < ?"), filter.to->addDays(1).toString(Qt::ISODate));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC")
                              : QStringLiteral(" ORDER BY seq");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return false;
    }
    while (q.next()) {
        if (!fn(entryFrom(q)))
            break;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    QList<AuditEntry> out;
    forEachEntry(filter, [&out](const AuditEntry &e) {
        out << e;
        return true;
    });
    return out;
}

qint64 AuditLog::count() const
{
    return m_db.number(QStringLiteral("SELECT count(*) FROM audit_log"));
}

std::optional<qint64> AuditLog::firstBrokenRow(QString *problem) const
{
    qint64 expectedSeq = 1;
    QString prevHash = kGenesisHash;
    std::optional<qint64> broken;
    QString why;
    QString error;
    const bool ok = forEachEntry({}, [&](const AuditEntry &e) {
        if (e.seq != expectedSeq) {
            why = QStringLiteral("audit row %1 follows row %2: rows between are missing")
                      .arg(e.seq)
                      .arg(expectedSeq - 1);
        } else if (e.prevHash != prevHash) {
            why = QStringLiteral("audit row %1 does not link to the row before it "
                                 "(a row was removed or replaced)")
                      .arg(e.seq);
        } else if (computeHash(e) != e.hash) {
            why = QStringLiteral("audit row %1 does not match its hash (it was edited)").arg(e.seq);
        } else {
            ++expectedSeq;
            prevHash = e.hash;
            return true;
        }
        broken = e.seq;
        return false;
    }, &error);
    if (!ok) {
        if (problem)
            *problem = QStringLiteral("cannot read the audit log: ") + error;
        return 0;
    }
    if (!broken)
        broken = anchorMismatch(expectedSeq - 1, prevHash, &why);
    if (broken && problem)
        *problem = why;
    return broken;
}

std::optional<qint64> AuditLog::anchorMismatch(qint64 lastSeq, const QString &lastHash,
                                               QString *why) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT row_count, tail_hash FROM audit_anchor WHERE id = 1"))) {
        *why = QStringLiteral("the audit anchor cannot be read (%1): the trail's end cannot be "
                              "checked").arg(q.lastError().text());
        return lastSeq;
    }
    if (!q.next()) {
        *why = QStringLiteral("the audit anchor (row count and last hash) was deleted: the "
                              "trail's end cannot be checked");
        return lastSeq;
    }
    const qint64 written = q.value(0).toLongLong();
    const QString tailHash = q.value(1).toString();
    if (written > lastSeq) {
        *why = QStringLiteral("the audit trail ends at row %1 but %2 rows were written: the "
                              "last %3 row(s) were deleted")
                   .arg(lastSeq)
                   .arg(written)
                   .arg(written - lastSeq);
        return lastSeq + 1;
    }
    if (written < lastSeq) {
        *why = QStringLiteral("audit rows %1 to %2 were added behind the app's back (%3 rows "
                              "were written)")
                   .arg(written + 1)
                   .arg(lastSeq)
                   .arg(written);
        return written + 1;
    }
    if (tailHash != lastHash) {
        *why = QStringLiteral("the last audit row %1 is not the row the app wrote last "
                              "(it was replaced)")
                   .arg(lastSeq);
        return lastSeq;
    }
    return std::nullopt;
}

std::optional<AuditAnchor> AuditLog::anchor() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT row_count, tail_hash FROM audit_anchor WHERE id = 1"))
        || !q.next())
        return std::nullopt;
    return AuditAnchor{q.value(0).toLongLong(), q.value(1).toString()};
}

}  // namespace trialcrf
