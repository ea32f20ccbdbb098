// SPDX-License-Identifier: Apache-2.0
// Stored values into CSV cells as the export writes them, straight from a query's row.
#pragma once

#include "exchange/csvwriter.h"
#include "storage/exchangequeries.h"

namespace trialcrf::storedcells {

/// A stored value as its text (what the export writes for text, dates and times); empty when
/// NULL.
inline void addStored(CsvWriter &w, const ExchangeQueries::Row &row, int column)
{
    int size = 0;
    const char *text = row.utf8(column, &size);
    if (size > 0)
        w.addUtf8Field(text, size);
    else
        w.addEmptyField();
}

/// A stored INTEGER; empty when NULL.
inline void addInteger(CsvWriter &w, const ExchangeQueries::Row &row, int column)
{
    if (row.isNull(column))
        w.addEmptyField();
    else
        w.addField(row.integer(column));
}

}  // namespace trialcrf::storedcells
