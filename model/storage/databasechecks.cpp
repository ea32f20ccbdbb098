// SPDX-License-Identifier: Apache-2.0
// Database's backup and integrity checks (declared in database.h).
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace trialcrf {

bool Database::backupTo(const QString &target, QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return failWith(QStringLiteral("the database is not open"));
    if (isServer())
        return failWith(QStringLiteral("%1: a study on a server is backed up on the server "
                                       "(pg_dump); this build cannot copy it to a file yet")
                            .arg(m_path));
    if (QFileInfo::exists(target))
        return failWith(QStringLiteral("%1: already exists; a backup never overwrites").arg(target));
    if (!QFileInfo(target).absoluteDir().exists())
        return failWith(QStringLiteral("%1: the folder does not exist").arg(target));
    QSqlQuery q(connection());
    // VACUUM INTO reads one snapshot, so the copy is consistent while others write.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QFileInfo(target).absoluteFilePath());
    if (!q.exec())
        return failWith(QStringLiteral("%1: backup failed: %2").arg(target, describe(q.lastError())));
    return true;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    if (!isOpen())
        return {QStringLiteral("the database is not open")};
    if (isServer())
        return serverIntegrityProblems();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {QStringLiteral("integrity_check failed: ") + describe(q.lastError())};
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << QStringLiteral("foreign_key_check failed: ") + describe(q.lastError());
    while (q.next()) {
        problems << QStringLiteral("%1 row %2 refers to a missing %3 row")
                        .arg(q.value(0).toString(), q.value(1).toString(),
                             q.value(2).toString());
    }
    return problems;
}

QStringList Database::quickCheckProblems() const
{
    if (!isOpen())
        return {QStringLiteral("the database is not open")};
    if (isServer())
        return serverQuickCheckProblems();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return {QStringLiteral("quick_check failed: ") + describe(q.lastError())};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().type() != QSqlError::NoError)
        problems << describe(q.lastError());
    return problems;
}

}  // namespace trialcrf
