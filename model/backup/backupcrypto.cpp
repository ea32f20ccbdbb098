// SPDX-License-Identifier: Apache-2.0
#include "backup/backupcrypto.h"

#include "storage/sodiumready.h"

#include <QFile>
#include <QtEndian>
#include <array>

namespace trialcrf {

namespace {

constexpr char kMagic[8] = {'T', 'C', 'R', 'F', 'B', 'A', 'K', '1'};
constexpr qint64 kChunk = 64 * 1024;
// The fixed header: magic, salt, opslimit, memlimit (both little-endian 64-bit). It is the
// additional data of every chunk, so the parameters cannot be changed unnoticed.
constexpr qsizetype kSaltAt = sizeof kMagic;
constexpr qsizetype kOpsAt = kSaltAt + crypto_pwhash_SALTBYTES;
constexpr qsizetype kMemAt = kOpsAt + 8;
constexpr qsizetype kFixedHeader = kMemAt + 8;
/// Refuse headers asking for more than this (a crafted file must not exhaust memory).
constexpr quint64 kMaxMemLimit = quint64(1) << 30;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool deriveKey(Key &key, const QString &passphrase, const unsigned char *salt, quint64 ops,
               quint64 mem)
{
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()), salt,
                         ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

}  // namespace

bool BackupCrypto::isEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

bool BackupCrypto::encrypt(const QString &plainPath, const QString &encryptedPath,
                           const QString &passphrase, QString *error)
{
    if (!sodiumReady())
        return failWith(error, QStringLiteral("libsodium cannot be initialised"));
    if (passphrase.isEmpty())
        return failWith(error, QStringLiteral("the passphrase is empty"));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("%1: %2").arg(plainPath, in.errorString()));
    QFile out(encryptedPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failWith(error, QStringLiteral("%1: %2").arg(encryptedPath, out.errorString()));

    QByteArray header(kFixedHeader, '\0');
    std::copy(std::begin(kMagic), std::end(kMagic), header.begin());
    auto *bytes = reinterpret_cast<unsigned char *>(header.data());
    randombytes_buf(bytes + kSaltAt, crypto_pwhash_SALTBYTES);
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    qToLittleEndian(ops, bytes + kOpsAt);
    qToLittleEndian(mem, bytes + kMemAt);
    Key key;
    if (!deriveKey(key, passphrase, bytes + kSaltAt, ops, mem))
        return failWith(error, QStringLiteral("out of memory deriving the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.data());
    sodium_memzero(key.data(), key.size());
    if (out.write(header) != header.size()
        || out.write(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader)
               != qint64(sizeof streamHeader))
        return failWith(error, QStringLiteral("%1: %2").arg(encryptedPath, out.errorString()));

    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    bool last = false;
    while (!last) {
        const QByteArray plain = in.read(kChunk);
        if (plain.isNull() && in.error() != QFileDevice::NoError)
            return failWith(error, QStringLiteral("%1: %2").arg(plainPath, in.errorString()));
        last = in.atEnd();
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &length,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            bytes, quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(cipher.constData(), qint64(length)) != qint64(length))
            return failWith(error, QStringLiteral("%1: %2").arg(encryptedPath, out.errorString()));
    }
    if (!out.flush())
        return failWith(error, QStringLiteral("%1: %2").arg(encryptedPath, out.errorString()));
    return true;
}

bool BackupCrypto::decrypt(const QString &encryptedPath, const QString &plainPath,
                           const QString &passphrase, QString *error)
{
    const QString refused =
        QStringLiteral("%1: the passphrase is wrong or the file was changed").arg(encryptedPath);
    if (!sodiumReady())
        return failWith(error, QStringLiteral("libsodium cannot be initialised"));
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("%1: %2").arg(encryptedPath, in.errorString()));
    const QByteArray header = in.read(kFixedHeader);
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (header.size() != kFixedHeader || !header.startsWith(QByteArray(kMagic, sizeof kMagic))
        || in.read(reinterpret_cast<char *>(streamHeader), sizeof streamHeader)
               != qint64(sizeof streamHeader))
        return failWith(error, QStringLiteral("%1: not an encrypted trialcrf backup").arg(encryptedPath));
    const auto *bytes = reinterpret_cast<const unsigned char *>(header.constData());
    const quint64 ops = qFromLittleEndian<quint64>(bytes + kOpsAt);
    const quint64 mem = qFromLittleEndian<quint64>(bytes + kMemAt);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMemLimit)
        return failWith(error, refused);
    Key key;
    if (!deriveKey(key, passphrase, bytes + kSaltAt, ops, mem))
        return failWith(error, QStringLiteral("out of memory deriving the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    const bool started =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    if (!started)
        return failWith(error, refused);
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failWith(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));
    QByteArray plain(kChunk, '\0');
    bool final = false;
    while (!final) {
        const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (cipher.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
            return failWith(error, refused);  // cut off before the final chunk
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()),
                quint64(cipher.size()), bytes, quint64(header.size()))
            != 0)
            return failWith(error, refused);
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (out.write(plain.constData(), qint64(length)) != qint64(length))
            return failWith(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));
    }
    if (!in.atEnd())
        return failWith(error, refused);  // bytes after the final chunk
    if (!out.flush())
        return failWith(error, QStringLiteral("%1: %2").arg(plainPath, out.errorString()));
    return true;
}

}  // namespace trialcrf
