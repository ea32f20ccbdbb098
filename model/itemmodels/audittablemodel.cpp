// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/audittablemodel.h"

#include "labels/changereason.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace trialcrf {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditTableModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString AuditTableModel::actionLabel(const QString &action)
{
    return CodeLabels::auditAction(action);
}

QString AuditTableModel::tableLabel(const QString &table)
{
    return CodeLabels::auditTable(table);
}

namespace {

/// Audit rows whose field names why a password was asked rather than a column.
bool isPasswordEvent(const AuditEntry &e)
{
    return e.tableName == QLatin1String("users") && !e.field.isEmpty()
           && (e.action == QLatin1String("login") || e.action == QLatin1String("login_failed")
               || e.action == QLatin1String("reauth_failed"));
}

QString valueText(const AuditEntry &e, const QString &stored)
{
    return e.field.isEmpty() ? FieldLabels::json(stored) : FieldLabels::value(e.field, stored);
}

}  // namespace

QString AuditTableModel::changeText(const AuditEntry &e)
{
    if (e.oldValue.isEmpty() && e.newValue.isEmpty())
        return {};
    if (e.oldValue.isEmpty())
        return valueText(e, e.newValue);
    return tr("%1 → %2").arg(valueText(e, e.oldValue),
                             e.newValue.isEmpty() ? tr("(empty)") : valueText(e, e.newValue));
}

QString AuditTableModel::storedChangeText(const AuditEntry &e)
{
    if (e.oldValue.isEmpty())
        return e.newValue;
    return QStringLiteral("%1 → %2").arg(e.oldValue, e.newValue);
}

QString AuditTableModel::fieldText(const AuditEntry &e)
{
    if (e.field.isEmpty())
        return {};
    return isPasswordEvent(e) ? CodeLabels::passwordPurpose(e.field) : FieldLabels::column(e.field);
}

QString AuditTableModel::reasonText(const AuditEntry &e)
{
    if (e.action == QLatin1String("login_failed") || e.action == QLatin1String("reauth_failed"))
        return CodeLabels::loginFailure(e.reason);
    // A coded reason for change in the reader's language; older rows hold text: verbatim.
    return ChangeReason::display(e.reason);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::display(const AuditEntry &e, int column) const
{
    switch (Column(column)) {
    case LocalTime:
        return QLocale().toString(e.atUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UtcTime:
        return e.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e.userName;
    case ActionColumn:
        return actionLabel(e.action);
    case Table:
        return tableLabel(e.tableName);
    case Record:
        return e.recordId != 0 ? QVariant(e.recordId) : QVariant();
    case Subject:
        return e.subjectCode;
    case Field:
        return fieldText(e);
    case Change: {
        // Long values (an insert's JSON, 10,000-character texts) are cut in the cell only;
        // the tooltip and the CSV export carry them whole.
        const QString text = changeText(e);
        return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
    }
    case Reason:
        return reasonText(e);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::UserRole:
        switch (Column(index.column())) {
        case ActionColumn: return e.action;
        case Table: return e.tableName;
        case Field: return e.field;
        case Change: return storedChangeText(e);
        case Reason: return e.reason;
        case UtcTime:
        case LocalTime: return e.atUtc;
        default: return e.seq;
        }
    default:
        return {};
    }
}

QVariant AuditTableModel::toolTip(const AuditEntry &e, int column) const
{
    // The whole text (a cell cuts long values); in English also the values as stored. In
    // Chinese the stored codes (English words) stay out of sight: they are in the CSV export.
    QString shown, stored;
    switch (Column(column)) {
    case Field: shown = fieldText(e); stored = e.field; break;
    case Change: shown = changeText(e); stored = storedChangeText(e); break;
    case Reason: shown = reasonText(e); stored = e.reason; break;
    default: return {};
    }
    if (shown.isEmpty())
        return {};
    if (stored == shown || QLocale().language() == QLocale::Chinese)
        return shown;
    return tr("%1\nStored as: %2").arg(shown, stored);
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LocalTime: return tr("Time (local)");
    case UtcTime: return tr("Time (UTC)");
    case User: return tr("User");
    case ActionColumn: return tr("Action");
    case Table: return tr("Table");
    case Record: return tr("Record");
    case Subject: return tr("Subject");
    case Field: return tr("Field");
    case Change: return tr("Old → new");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

}  // namespace trialcrf
