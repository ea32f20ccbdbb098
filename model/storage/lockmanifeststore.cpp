// SPDX-License-Identifier: Apache-2.0
#include "storage/lockmanifeststore.h"

#include "storage/auditlog.h"
#include "storage/sqldialect.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

void item(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out->append(QByteArray::number(utf8.size())).append(':').append(utf8);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString hashesJson(const QMap<QString, QString> &hashes)
{
    QJsonObject o;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// What the audit row of a manifest holds (and verify compares).
QString auditValue(const LockManifest &m)
{
    const QJsonObject o{{QStringLiteral("printed_name"), m.printedName},
                        {QStringLiteral("role"), m.signerRole},
                        {QStringLiteral("export_sha256"), m.exportSha256},
                        {QStringLiteral("manifest_hash"), m.manifestHash}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

QByteArray LockManifest::canonical() const
{
    QByteArray out;
    item(&out, AuditLog::formatTime(lockedAtUtc));
    item(&out, QString::number(signerUserId));
    item(&out, signerUserName);
    item(&out, printedName);
    item(&out, signerRole);
    item(&out, reason);
    item(&out, countsJson(recordCounts));
    item(&out, hashesJson(fileHashes));
    item(&out, exportSha256);
    return out;
}

QString LockManifest::computedHash() const
{
    return sha256(canonical());
}

QString LockManifest::exportHash(const QMap<QString, QString> &fileHashes)
{
    QByteArray all;
    for (auto it = fileHashes.cbegin(); it != fileHashes.cend(); ++it) {
        item(&all, it.key());
        item(&all, it.value());
    }
    return sha256(all);
}

QStringList LockManifestStore::countedTables()
{
    return {QStringLiteral("subjects"),       QStringLiteral("consents"),
            QStringLiteral("eligibility"),    QStringLiteral("infusions"),
            QStringLiteral("vital_signs"),    QStringLiteral("pasi_assessments"),
            QStringLiteral("adverse_events"), QStringLiteral("deviations"),
            QStringLiteral("signatures"),     QStringLiteral("queries"),
            QStringLiteral("query_messages"), QStringLiteral("sdv_marks")};
}

std::optional<QMap<QString, qint64>> LockManifestStore::recordCounts(const Database &db,
                                                                     QString *error)
{
    QMap<QString, qint64> out;
    QSqlQuery q(db.connection());
    for (const QString &table : countedTables()) {
        // The table names are ours (countedTables()), never user input.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next()) {
            if (error)
                *error = table + QLatin1String(": ") + Database::describe(q.lastError());
            return std::nullopt;
        }
        out.insert(table, q.value(0).toLongLong());
    }
    return out;
}

bool LockManifestStore::insert(const Database &db, const Clock &clock, LockManifest *m,
                               QString *error)
{
    m->manifestHash = m->computedHash();
    QSqlQuery q(db.connection());
    q.prepare(SqlDialect::returningId(db.connection(), QStringLiteral(
        "INSERT INTO lock_manifests (locked_at_utc, signer_user_id, signer_user_name,"
        " printed_name, signer_role, reason, record_counts, file_hashes, export_sha256,"
        " manifest_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    q.addBindValue(AuditLog::formatTime(m->lockedAtUtc));
    q.addBindValue(m->signerUserId);
    q.addBindValue(m->signerUserName);
    q.addBindValue(m->printedName);
    q.addBindValue(m->signerRole);
    q.addBindValue(m->reason);
    q.addBindValue(countsJson(m->recordCounts));
    q.addBindValue(hashesJson(m->fileHashes));
    q.addBindValue(m->exportSha256);
    q.addBindValue(m->manifestHash);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    m->id = SqlDialect::insertedId(q);
    AuditEntry e;
    e.atUtc = m->lockedAtUtc;
    e.userName = m->signerUserName;
    e.action = auditAction();
    e.tableName = table();
    e.recordId = m->id;
    e.newValue = auditValue(*m);
    e.reason = m->reason;
    return AuditLog(db, clock).append(e, error);
}

std::optional<QList<LockManifest>> LockManifestStore::manifests(const Database &db,
                                                                QString *error)
{
    QList<LockManifest> out;
    if (!db.connection().tables().contains(table()))
        return out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, locked_at_utc, signer_user_id, signer_user_name, printed_name,"
            " signer_role, reason, record_counts, file_hashes, export_sha256, manifest_hash"
            " FROM lock_manifests ORDER BY id"))) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        LockManifest m;
        m.id = q.value(0).toLongLong();
        m.lockedAtUtc =
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        m.signerUserId = q.value(2).toLongLong();
        m.signerUserName = q.value(3).toString();
        m.printedName = q.value(4).toString();
        m.signerRole = q.value(5).toString();
        m.reason = q.value(6).toString();
        const QJsonObject counts = parse(q.value(7).toString());
        for (auto it = counts.begin(); it != counts.end(); ++it)
            m.recordCounts.insert(it.key(), it.value().toInteger());
        const QJsonObject hashes = parse(q.value(8).toString());
        for (auto it = hashes.begin(); it != hashes.end(); ++it)
            m.fileHashes.insert(it.key(), it.value().toString());
        m.exportSha256 = q.value(9).toString();
        m.manifestHash = q.value(10).toString();
        out << m;
    }
    return out;
}

QString LockManifestStore::forgedManifest(const Database &db)
{
    QString error;
    const std::optional<QList<LockManifest>> all = manifests(db, &error);
    if (!all)
        return error;
    if (all->isEmpty()) {
        // The usual case (a study not locked): one look for a lock's audit row, not a read of
        // the whole trail.
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT seq, record_id FROM audit_log WHERE action = ?"
                                 " AND table_name = ? LIMIT 1"));
        q.addBindValue(auditAction());
        q.addBindValue(table());
        if (!q.exec())
            return Database::describe(q.lastError());
        if (q.next())
            return QStringLiteral("lock manifest %1 was deleted (audit row %2 signed it)")
                .arg(q.value(1).toLongLong())
                .arg(q.value(0).toLongLong());
        return {};
    }
    QMap<qint64, AuditEntry> rows;
    AuditFilter f;
    f.action = auditAction();
    f.tableName = table();
    if (!AuditLog(db).forEachEntry(f,
                                   [&rows](const AuditEntry &e) {
                                       rows.insert(e.recordId, e);
                                       return true;
                                   },
                                   &error))
        return error;
    for (const LockManifest &m : *all) {
        if (m.computedHash() != m.manifestHash)
            return QStringLiteral("lock manifest %1 was changed after it was signed").arg(m.id);
        const auto it = rows.constFind(m.id);
        if (it == rows.constEnd())
            return QStringLiteral("lock manifest %1 has no audit row").arg(m.id);
        if (it->userName != m.signerUserName || it->newValue != auditValue(m) ||
            AuditLog::formatTime(it->atUtc) != AuditLog::formatTime(m.lockedAtUtc))
            return QStringLiteral("lock manifest %1 differs from audit row %2")
                .arg(m.id)
                .arg(it->seq);
        rows.remove(m.id);
    }
    if (!rows.isEmpty())
        return QStringLiteral("lock manifest %1 was deleted (audit row %2 signed it)")
            .arg(rows.firstKey())
            .arg(rows.first().seq);
    return {};
}

}  // namespace trialcrf
