// SPDX-License-Identifier: Apache-2.0
#include "storage/passwordhash.h"

#include "storage/sodiumready.h"

#include <QByteArray>

namespace trialcrf {

QString hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

const QString &dummyHash()
{
    static const QString hash = [] {
        QByteArray random(32, '\0');
        randombytes_buf(random.data(), size_t(random.size()));
        return hashPassword(QString::fromLatin1(random.toHex()));
    }();
    return hash;
}

}  // namespace trialcrf
