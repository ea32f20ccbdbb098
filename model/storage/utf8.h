// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringEncoder>
#include <QStringView>

namespace trialcrf {

/// Writes `text` as UTF-8 at `out`, which has room for 3 × text.size() bytes; returns the end.
/// ASCII (codes, dates, numbers: most stored text) is copied as it is, without a converter.
inline char *writeUtf8(char *out, QStringView text)
{
    const char16_t *src = text.utf16();
    const qsizetype n = text.size();
    qsizetype k = 0;
    for (; k < n && src[k] < 0x80; ++k)
        out[k] = char(src[k]);
    if (k == n)
        return out + k;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    return utf8.appendToBuffer(out + k, text.sliced(k));
}

}  // namespace trialcrf
