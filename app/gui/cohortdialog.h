// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cohortdata.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace trialcrf {

class ChartWidget;

/// View → Cohort…: every subject's % improvement by week with mean ± SD, and the PASI
/// 50/75/90 responders per visit (n and %).
class CohortDialog : public QDialog {
    Q_OBJECT
public:
    CohortDialog(const CohortData &data, QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }
    QTableWidget *respondersTable() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();

    CohortData m_data;
    ChartWidget *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

}  // namespace trialcrf
