// SPDX-License-Identifier: Apache-2.0
// libFuzzer: any bytes through CsvReader and CsvPrefetch. Both must agree record for record
// and on the error, stay within the limits, and never crash.
#include "exchange/csvprefetch.h"
#include "exchange/csvreader.h"

#include <QBuffer>
#include <cstdlib>

using namespace trialcrf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits so the fuzzer reaches them with short inputs.
    CsvLimits limits;
    limits.fieldBytes = 64;
    limits.recordBytes = 256;
    limits.columns = 8;
    QBuffer a, b;
    a.setData(input);
    b.setData(input);
    a.open(QIODevice::ReadOnly);
    b.open(QIODevice::ReadOnly);
    CsvReader reader(&a, limits);
    CsvPrefetch prefetch(&b, limits);
    QStringList x, y;
    for (;;) {
        const bool more = reader.readRecord(&x);
        if (more != prefetch.readRecord(&y))
            std::abort();
        if (!more)
            break;  // what the fields hold after a failed read is not part of the contract
        if (x != y)
            std::abort();
        if (x.size() > limits.columns || reader.recordLine() != prefetch.recordLine())
            std::abort();
        for (const QString &f : std::as_const(x)) {
            if (f.size() > limits.fieldBytes)
                std::abort();
        }
    }
    if (reader.hasError() != prefetch.hasError()
        || reader.error().line != prefetch.error().line
        || reader.error().column != prefetch.error().column)
        std::abort();
    if (reader.hasError())
        (void)reader.error().text();
    return 0;
}
