// SPDX-License-Identifier: Apache-2.0
#include "recordlisttable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace trialcrf {

void setUpRecordListTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

}  // namespace trialcrf
