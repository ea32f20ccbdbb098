// SPDX-License-Identifier: Apache-2.0
#include "storage/migrationsites.h"

#include "protocol/protocol.h"

#include <QDateTime>

namespace trialcrf::migrations {

namespace {

/// A text as an SQL string literal. The values come from the protocol file built into the
/// program, not from a user; a migration is a fixed list of statements, so they are quoted
/// here rather than bound.
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}  // namespace

QStringList sites()
{
    const Protocol &p = Protocol::builtIn();
    const QString now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return {
        QStringLiteral("CREATE TABLE sites ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL UNIQUE,"
                       " version INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL)"),
        // Subjects and users refer to a site by its code: a site is never deleted, its code
        // never changes.
        QStringLiteral("CREATE TRIGGER sites_no_delete BEFORE DELETE ON sites"
                       " BEGIN SELECT RAISE(ABORT, 'sites are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER sites_code_fixed BEFORE UPDATE ON sites"
                       " WHEN NEW.code IS NOT OLD.code"
                       " BEGIN SELECT RAISE(ABORT, 'a site keeps its code'); END"),
        // The study's site until now, from the protocol file: the first row (id 1 on both
        // backends; verify expects it there without an audit row, as this migration wrote it).
        QStringLiteral("INSERT INTO sites (code, name, version, created_at, created_by)"
                       " VALUES (%1, %2, 1, %3, 'migration')")
            .arg(literal(p.siteCode), literal(p.site), literal(now)),
        QStringLiteral("ALTER TABLE subjects ADD COLUMN site_code TEXT REFERENCES sites (code)"),
        QStringLiteral("UPDATE subjects SET site_code = (SELECT code FROM sites WHERE id = 1)"),
        QStringLiteral("CREATE INDEX subjects_site ON subjects (site_code, code)"),
        // SQLite adds no NOT NULL column with a reference: these triggers hold the rule.
        QStringLiteral("CREATE TRIGGER subjects_site_insert BEFORE INSERT ON subjects"
                       " WHEN NEW.site_code IS NULL"
                       " BEGIN SELECT RAISE(ABORT, 'a subject belongs to a site'); END"),
        QStringLiteral("CREATE TRIGGER subjects_site_update BEFORE UPDATE ON subjects"
                       " WHEN NEW.site_code IS NULL"
                       " BEGIN SELECT RAISE(ABORT, 'a subject belongs to a site'); END"),
        QStringLiteral("CREATE TABLE user_sites ("
                       " user_id INTEGER NOT NULL REFERENCES users (id),"
                       " site_code TEXT NOT NULL REFERENCES sites (code),"
                       " PRIMARY KEY (user_id, site_code))"),
        QStringLiteral("CREATE INDEX user_sites_site ON user_sites (site_code)"),
        QStringLiteral("INSERT INTO user_sites (user_id, site_code)"
                       " SELECT id, (SELECT code FROM sites WHERE id = 1) FROM users"),
    };
}

}  // namespace trialcrf::migrations
