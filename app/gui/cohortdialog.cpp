// SPDX-License-Identifier: Apache-2.0
#include "cohortdialog.h"

#include "chartwidget.h"
#include "labels/codelabels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialcrf {

CohortDialog::CohortDialog(const CohortData &data, QWidget *parent)
    : QDialog(parent), m_data(data)
{
    setObjectName(QStringLiteral("cohortDialog"));
    m_chart = new ChartWidget(ChartWidget::Kind::Cohort, this);
    m_chart->setObjectName(QStringLiteral("cohortChart"));
    m_chart->setCohort(m_data);
    m_summary = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("respondersTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    retranslate();
}

void CohortDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CohortDialog::retranslate()
{
    setWindowTitle(tr("Cohort"));
    m_summary->setText(tr("%n subject(s) with PASI improvement data", nullptr,
                          int(m_data.subjects.size())) +
                       QStringLiteral(" / ") +
                       tr("%n subject(s) in the study", nullptr, m_data.totalSubjects));
    fillTable();
}

void CohortDialog::fillTable()
{
    QStringList headers{tr("Visit"), tr("n"), tr("Mean improvement %"), tr("SD")};
    for (int level : m_data.responseLevelsPct)
        headers << tr("PASI %1 responders").arg(level);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_data.visits.size()));
    const QLocale locale;
    for (int row = 0; row < m_data.visits.size(); ++row) {
        const CohortVisit &v = m_data.visits.at(row);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(0, CodeLabels::visit(v.visit));
        set(1, locale.toString(v.n));
        set(2, v.n > 0 ? locale.toString(v.meanPct, 'f', 1) : QStringLiteral("—"));
        set(3, v.n > 1 ? locale.toString(v.sdPct, 'f', 1) : QStringLiteral("—"));
        for (int i = 0; i < m_data.responseLevelsPct.size(); ++i) {
            const int n = i < v.responders.size() ? v.responders.at(i) : 0;
            set(4 + i, v.n > 0 ? tr("%1 (%2 %)").arg(locale.toString(n),
                                                      locale.toString(v.responderPct(i), 'f', 1))
                               : QStringLiteral("—"));
        }
    }
    m_table->resizeColumnsToContents();
}

}  // namespace trialcrf
