// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/field.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace trialcrf {

struct Protocol;

/// One way the stored data and its audit trail disagree.
struct Discrepancy {
    enum class Kind {
        FieldDiffers,  ///< a field's stored value is not the value the trail gives it
        NoHistory,     ///< a stored row the trail never inserted
        Missing,       ///< a row the trail inserted is not stored (deleted)
        TableMissing,  ///< a table the schema has is gone (dropped)
    };
    Kind kind = Kind::FieldDiffers;
    QString table;
    qint64 recordId = 0;
    QString subjectCode;  ///< from the trail; empty when it has none
    QString field;        ///< the storage column (FieldDiffers)
    QString stored;       ///< storage text; empty = not recorded
    QString perTrail;     ///< the value the trail's last word gives; empty = not recorded
};

/// The tables the trail is replayed into, each a list of columns. Driven by the field tables
/// (records/fieldtables.h): every stored field of a record type is compared, plus the few
/// columns the store writes itself (who confirmed eligibility, a casebook's lock, the
/// accounts' role). A new record type is one more entry in reconciledTables().
struct ReconciledTable {
    QString table;
    QList<FieldInfo> columns;
    /// The text a column holds when the trail never names it (a lock flag set later).
    QHash<QString, QString> defaults;
    /// Audit actions whose new_value is the record as JSON (insert) …
    QStringList insertActions;
    /// … and those that set one field (field, new_value).
    QStringList updateActions;
    /// The infusion's vital signs: an audit-only JSON field "vital_signs" kept in the child
    /// table vital_signs.
    bool withVitals = false;
    /// Rows a migration wrote without an audit row, by id: the values the trail starts from.
    QHash<qint64, QHash<QString, QString>> seeded;
};

/// Replays the audit trail and compares the result with every stored row. Reads only; one
/// pass over each table and over the trail's rows of that table (sorted by record), so memory
/// stays flat whatever the study's size.
class Reconciler {
public:
    Reconciler(const Database &db, const Protocol &p);

    static QList<ReconciledTable> reconciledTables(const Protocol &p);

    /// Calls `report` for each discrepancy (return false to stop). False with *error when the
    /// database cannot be read; a dropped table is a discrepancy, not an error.
    bool run(const std::function<bool(const Discrepancy &)> &report, QString *error) const;

private:
    bool runTable(const ReconciledTable &t, const std::function<bool(const Discrepancy &)> &report,
                  bool *stopped, QString *error) const;
    bool tableExists(const QString &table) const;

    const Database &m_db;
    QList<ReconciledTable> m_tables;
    QString m_siteCode;  ///< the protocol's site: where the migration put earlier accounts
};

/// The link table user_sites against its trail (sitereconcile.cpp): each account starts with
/// no site when its user_add row names its sites, else (an account from before sites) with
/// the protocol's site `firstSite`; then its site_grant and site_revoke rows. A code stored
/// and not granted, or granted and not stored, is a FieldDiffers of record `user id`, field
/// site_code. A subject whose site is not a site of the study is named too.
bool reconcileUserSites(const Database &db, const QString &firstSite,
                        const std::function<bool(const Discrepancy &)> &report, QString *error);

}  // namespace trialcrf
