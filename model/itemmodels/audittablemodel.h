// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace trialcrf {

/// Rows of the audit trail for the audit viewer: time in local time and UTC, user, action,
/// table, record, subject, field, old → new, reason. Labels (actions, tables, fields, coded
/// values) are translated each time they are shown; the stored codes stay in Qt::UserRole. It holds the rows it is
/// given and never reads the database (AuditTrail does, with the role check).
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LocalTime, UtcTime, User, ActionColumn, Table, Record, Subject, Field, Change, Reason,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    /// Tells the views the labels changed (language switch).
    void retranslate();

    /// "Changed", "Logged in", "Signed", … for an action code; the code when unknown.
    static QString actionLabel(const QString &action);
    /// "Infusions", "Users", … for a table name; the name when unknown.
    static QString tableLabel(const QString &table);
    /// "old → new" in words (codes labelled, an insert's record as "Field: value; …"); just
    /// the new value for a first entry, "old → (empty)" for a cleared one.
    static QString changeText(const AuditEntry &e);
    /// The same as stored: codes, JSON (also in Qt::UserRole of the Change column).
    static QString storedChangeText(const AuditEntry &e);
    /// The field's label ("Status" for status; why a password was asked for a login row).
    static QString fieldText(const AuditEntry &e);
    /// The reason typed, or why a login failed in words.
    static QString reasonText(const AuditEntry &e);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditEntry &e, int column) const;
    QVariant toolTip(const AuditEntry &e, int column) const;
    QList<AuditEntry> m_entries;
};

}  // namespace trialcrf
