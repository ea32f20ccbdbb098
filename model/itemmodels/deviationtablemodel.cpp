// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/deviationtablemodel.h"

#include "itemmodels/itemroles.h"
#include "labels/codelabels.h"


namespace trialcrf {

DeviationTableModel::DeviationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeviationTableModel::setDeviations(const QList<Deviation> &deviations)
{
    beginResetModel();
    m_rows = deviations;
    endResetModel();
}

int DeviationTableModel::reasonMissingCount() const
{
    int n = 0;
    for (const Deviation &d : m_rows) {
        if (d.reasonMissing())
            ++n;
    }
    return n;
}

void DeviationTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeviationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviationTableModel::reasonMissingText()
{
    return tr("Reason missing");
}

QVariant DeviationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Deviation &d = m_rows.at(index.row());
    if (role == ItemRoles::SubjectId)
        return d.subjectId;
    if (role == ItemRoles::VisitCode)
        return d.visit;
    if (role == ItemRoles::RawValue) {
        switch (index.column()) {
        case Subject: return d.subjectCode;
        case Visit: return d.visit;
        case Kind: return d.kind;
        case Reason: return d.reason;
        case State: return d.resolved ? QStringLiteral("resolved") : QStringLiteral("open");
        default: return {};
        }
    }
    // A missing reason is coloured like an overdue visit (the views' StateColorDelegate).
    if (role == ItemRoles::StateCode)
        return index.column() == Reason && d.reasonMissing() ? QStringLiteral("overdue")
                                                             : QString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Subject: return d.subjectCode;
    case Visit: return CodeLabels::visit(d.visit);
    case Kind: return CodeLabels::deviationKind(d.kind);
    case Detected:
        return d.detectedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Reason:
        if (!d.reason.isEmpty())
            return d.reason;
        return d.resolved ? QString() : reasonMissingText();
    case RecordedBy: return d.recordedBy;
    case State: return d.resolved ? tr("Resolved") : tr("Open");
    default: return {};
    }
}

QVariant DeviationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject: return tr("Subject");
    case Visit: return tr("Visit");
    case Kind: return tr("Protocol deviation");
    case Detected: return tr("Detected");
    case Reason: return tr("Reason");
    case RecordedBy: return tr("Recorded by");
    case State: return tr("State");
    default: return {};
    }
}

}  // namespace trialcrf
