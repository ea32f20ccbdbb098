// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/audittablemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace trialcrf {

namespace {

struct Label {
    const char *code;
    const char *text;
};

// Source texts in the "AuditTableModel" context, translated when shown.
constexpr Label kActions[] = {
    {"insert", QT_TRANSLATE_NOOP("AuditTableModel", "Created")},
    {"update", QT_TRANSLATE_NOOP("AuditTableModel", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("AuditTableModel", "Deleted")},
    {"lock", QT_TRANSLATE_NOOP("AuditTableModel", "Casebook locked")},
    {"unlock", QT_TRANSLATE_NOOP("AuditTableModel", "Casebook unlocked")},
    {"sign", QT_TRANSLATE_NOOP("AuditTableModel", "Signed")},
    {"login", QT_TRANSLATE_NOOP("AuditTableModel", "Logged in")},
    {"login_failed", QT_TRANSLATE_NOOP("AuditTableModel", "Login failed")},
    {"logout", QT_TRANSLATE_NOOP("AuditTableModel", "Logged out")},
    {"reauth_failed", QT_TRANSLATE_NOOP("AuditTableModel", "Password re-entry failed")},
    {"screen_lock", QT_TRANSLATE_NOOP("AuditTableModel", "Screen locked")},
    {"screen_unlock", QT_TRANSLATE_NOOP("AuditTableModel", "Screen unlocked")},
    {"user_add", QT_TRANSLATE_NOOP("AuditTableModel", "User added")},
    {"user_change", QT_TRANSLATE_NOOP("AuditTableModel", "User changed")},
    {"user_disable", QT_TRANSLATE_NOOP("AuditTableModel", "User disabled")},
    {"user_enable", QT_TRANSLATE_NOOP("AuditTableModel", "User enabled")},
    {"role_change", QT_TRANSLATE_NOOP("AuditTableModel", "Role changed")},
    {"password_change", QT_TRANSLATE_NOOP("AuditTableModel", "Password changed")},
};

constexpr Label kTables[] = {
    {"subjects", QT_TRANSLATE_NOOP("AuditTableModel", "Subjects")},
    {"consents", QT_TRANSLATE_NOOP("AuditTableModel", "Informed consent")},
    {"eligibility", QT_TRANSLATE_NOOP("AuditTableModel", "Eligibility")},
    {"infusions", QT_TRANSLATE_NOOP("AuditTableModel", "Infusions")},
    {"vital_signs", QT_TRANSLATE_NOOP("AuditTableModel", "Vital signs")},
    {"pasi_assessments", QT_TRANSLATE_NOOP("AuditTableModel", "PASI assessments")},
    {"adverse_events", QT_TRANSLATE_NOOP("AuditTableModel", "Adverse events")},
    {"signatures", QT_TRANSLATE_NOOP("AuditTableModel", "Signatures")},
    {"users", QT_TRANSLATE_NOOP("AuditTableModel", "Users")},
};

template <std::size_t N>
QString lookup(const Label (&labels)[N], const QString &code)
{
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("AuditTableModel", l.text);
    }
    return code;
}

}  // namespace

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
    return lookup(kActions, action);
}

QString AuditTableModel::tableLabel(const QString &table)
{
    return lookup(kTables, table);
}

QString AuditTableModel::changeText(const AuditEntry &e)
{
    if (e.oldValue.isEmpty() && e.newValue.isEmpty())
        return {};
    if (e.oldValue.isEmpty())
        return e.newValue;
    return tr("%1 → %2").arg(e.oldValue, e.newValue.isEmpty() ? tr("(empty)") : e.newValue);
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
        return e.field;
    case Change: {
        // Long values (an insert's JSON, 10,000-character texts) are cut in the cell only;
        // the tooltip and the CSV export carry them whole.
        const QString text = changeText(e);
        return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
    }
    case Reason:
        return e.reason;
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
        if (index.column() == Change)
            return changeText(e);
        return {};
    case Qt::UserRole:
        switch (Column(index.column())) {
        case ActionColumn: return e.action;
        case Table: return e.tableName;
        case UtcTime:
        case LocalTime: return e.atUtc;
        default: return e.seq;
        }
    default:
        return {};
    }
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
