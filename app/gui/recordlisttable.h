// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTableWidget;

namespace trialcrf {

/// Sets up a table that lists records to pick one from (users, signatures, signatures to sign
/// again): read-only cells, whole rows selected one at a time, no row numbers, columns as wide
/// as their contents with the last one taking the rest.
void setUpRecordListTable(QTableWidget *table);

}  // namespace trialcrf
