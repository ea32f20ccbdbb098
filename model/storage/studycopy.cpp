// SPDX-License-Identifier: Apache-2.0
#include "storage/studycopy.h"

#include "storage/readsnapshot.h"
#include "storage/sqldialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

namespace trialcrf {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString sqlError(const QString &what, const QSqlQuery &q)
{
    return what + QLatin1String(": ") + Database::describe(q.lastError());
}

/// The study's own tables (not the backend's bookkeeping), each with the tables it refers to.
bool readTables(const QSqlDatabase &db, QStringList *names, QHash<QString, QSet<QString>> *parents,
                QString *error)
{
    QSqlQuery q(db);
    const bool server = SqlDialect::isPostgres(db);
    if (!q.exec(server ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables"
                                        " WHERE schemaname = current_schema() ORDER BY tablename")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return failWith(error, sqlError(QStringLiteral("cannot list the tables"), q));
    while (q.next()) {
        const QString name = q.value(0).toString();
        // The server's schema version lives in a table of its own; each side keeps its own.
        if (name != QLatin1String("trialcrf_schema"))
            *names << name;
    }
    if (server) {
        if (!q.exec(QStringLiteral(
                "SELECT child.relname, parent.relname FROM pg_catalog.pg_constraint c"
                " JOIN pg_catalog.pg_class child ON child.oid = c.conrelid"
                " JOIN pg_catalog.pg_class parent ON parent.oid = c.confrelid"
                " JOIN pg_catalog.pg_namespace n ON n.oid = child.relnamespace"
                " WHERE c.contype = 'f' AND n.nspname = current_schema()")))
            return failWith(error, sqlError(QStringLiteral("cannot read the foreign keys"), q));
        while (q.next())
            (*parents)[q.value(0).toString()].insert(q.value(1).toString());
        return true;
    }
    for (const QString &table : std::as_const(*names)) {
        // Table names come from the schema itself, never from input.
        if (!q.exec(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(table)))
            return failWith(error, sqlError(QStringLiteral("cannot read the foreign keys"), q));
        while (q.next())
            (*parents)[table].insert(q.value(0).toString());
    }
    return true;
}

/// The primary key's columns of `table`, in key order.
QStringList primaryKey(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    const QString sql = SqlDialect::isPostgres(db)
        ? QStringLiteral("SELECT a.attname FROM pg_catalog.pg_index i"
                         " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid"
                         "  AND a.attnum = ANY (i.indkey)"
                         " WHERE i.indrelid = '%1'::regclass AND i.indisprimary ORDER BY a.attnum")
              .arg(table)
        : QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 ORDER BY pk")
              .arg(table);
    QStringList columns;
    if (!q.exec(sql)) {
        failWith(error, sqlError(QStringLiteral("%1: cannot read its primary key").arg(table), q));
        return {};
    }
    while (q.next())
        columns << q.value(0).toString();
    if (columns.isEmpty())
        failWith(error, QStringLiteral("%1 has no primary key").arg(table));
    return columns;
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Copies one table: every source row inserted with its own key; a row the target's
/// migrations already wrote (same key) takes the source's values.
bool copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
               qint64 *copied, QString *error)
{
    const QStringList key = primaryKey(from, table, error);
    if (key.isEmpty())
        return false;
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, key.join(u','))))
        return failWith(error, sqlError(QStringLiteral("%1: cannot read").arg(table), read));
    const QSqlRecord record = read.record();
    QStringList columns, updates;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        if (!key.contains(record.fieldName(i)))
            updates << QStringLiteral("%1 = excluded.%1").arg(record.fieldName(i));
    }
    // INSERT … ON CONFLICT DO UPDATE: the same words in SQLite (3.24+) and PostgreSQL.
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO ")
                      .arg(table, columns.join(u','),
                           QStringList(columns.size(), QStringLiteral("?")).join(u','),
                           key.join(u','));
    sql += updates.isEmpty() ? QStringLiteral("NOTHING")
                             : QLatin1String("UPDATE SET ") + updates.join(u',');
    QSqlQuery write(to);
    if (!write.prepare(sql))
        return failWith(error, sqlError(QStringLiteral("%1: cannot prepare").arg(table), write));
    qint64 n = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return failWith(error, sqlError(QStringLiteral("%1 row %2").arg(table).arg(n + 1),
                                            write));
        ++n;
    }
    if (read.lastError().type() != QSqlError::NoError)
        return failWith(error, sqlError(QStringLiteral("%1: cannot read").arg(table), read));
    // A server's identity columns move past the ids just taken.
    if (key.size() == 1 && record.field(key.first()).metaType().id() != QMetaType::QString
        && !SqlDialect::syncGeneratedIds(to, table, error, key.first()))
        return false;
    *copied = n;
    return true;
}

}  // namespace

QStringList StudyCopy::tables(const Database &db, QString *error)
{
    QStringList names;
    QHash<QString, QSet<QString>> parents;
    if (!readTables(db.connection(), &names, &parents, error))
        return {};
    // Parents first: a table comes once every table it refers to has come (a table that
    // refers to itself waits for nobody but itself).
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString &t : std::as_const(names)) {
            if (placed.contains(t))
                continue;
            QSet<QString> waits = parents.value(t);
            waits.remove(t);
            if (!std::all_of(waits.cbegin(), waits.cend(),
                             [&](const QString &p) { return placed.contains(p) || !names.contains(p); }))
                continue;
            ordered << t;
            placed.insert(t);
            progress = true;
        }
        if (!progress) {
            failWith(error, QStringLiteral("the tables' foreign keys form a cycle"));
            return {};
        }
    }
    return ordered;
}

bool StudyCopy::copy(const Database &from, const Database &to, QList<TableCount> *counts,
                     QString *error, const Progress &progress)
{
    if (!from.isOpen() || !to.isOpen())
        return failWith(error, QStringLiteral("the database is not open"));
    if (from.schemaVersion() != to.schemaVersion())
        return failWith(error, QStringLiteral("the schema versions differ (%1 and %2): open both "
                                              "with this trialcrf first")
                                   .arg(from.schemaVersion())
                                   .arg(to.schemaVersion()));
    const QStringList source = tables(from, error);
    if (source.isEmpty())
        return false;
    const QStringList target = tables(to, error);
    if (target.isEmpty())
        return false;
    if (QSet<QString>(source.cbegin(), source.cend()) != QSet<QString>(target.cbegin(), target.cend()))
        return failWith(error, QStringLiteral("the two databases do not have the same tables"));
    for (const QString &t : {QStringLiteral("users"), QStringLiteral("subjects"),
                             QStringLiteral("audit_log")}) {
        const qint64 n = rowCount(to.connection(), t);
        if (n != 0)
            return failWith(error, n < 0 ? QStringLiteral("cannot read the target's %1").arg(t)
                                         : QStringLiteral("the target already holds a study (%1 "
                                                          "rows in %2); copy into an empty one")
                                               .arg(n)
                                               .arg(t));
    }

    Transaction write(to);
    if (!write.isActive())
        return failWith(error, QStringLiteral("cannot begin: ") + write.errorString());
    // One snapshot of the source, so a study saved into meanwhile is copied as of one moment
    // (and its writers are not held up).
    const ReadSnapshot snapshot(from);
    QList<TableCount> done;
    for (const QString &table : source) {
        qint64 rows = 0;
        if (!copyTable(from.connection(), to.connection(), table, &rows, error))
            return false;
        done.append({table, rows});
        if (progress)
            progress(table, rows);
    }
    if (!write.commit())
        return failWith(error, QStringLiteral("cannot commit: ") + write.errorString());
    if (counts)
        *counts = done;
    return true;
}

}  // namespace trialcrf
