// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/deviation.h"

#include <QAbstractTableModel>
#include <QList>

namespace trialcrf {

/// The protocol-deviation log as a table: one row per deviation, kind and visit shown as
/// labels in the reader's language, "Reason missing" for an open one without a reason.
/// The rows are handed in (StudyStore::forEachDeviation, or a casebook's deviations).
class DeviationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Subject, Visit, Kind, Detected, Reason, RecordedBy, State, ColumnCount };

    explicit DeviationTableModel(QObject *parent = nullptr);

    void setDeviations(const QList<Deviation> &deviations);
    const QList<Deviation> &deviations() const { return m_rows; }
    const Deviation &deviationAt(int row) const { return m_rows.at(row); }
    /// Number of open deviations without a reason.
    int reasonMissingCount() const;
    /// The header texts again (call after a language change).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Reason missing", as the log shows it.
    static QString reasonMissingText();

private:
    QList<Deviation> m_rows;
};

}  // namespace trialcrf
