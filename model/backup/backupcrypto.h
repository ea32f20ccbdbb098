// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace trialcrf {

/// Encrypted backups for copies that leave the building: libsodium's secretstream
/// (XChaCha20-Poly1305) in chunks of 64 KiB, the key derived from a passphrase with argon2id
/// (crypto_pwhash, a random salt stored in the file's header). Every chunk is authenticated
/// together with the header, the last one is tagged final: a wrong passphrase, one changed
/// byte, a cut-off or lengthened file are all refused, and nothing is written then.
class BackupCrypto {
public:
    /// True when `path` starts with the encrypted-backup header.
    static bool isEncrypted(const QString &path);
    /// Encrypts `plainPath` into the new file `encryptedPath`. False with *error (the caller
    /// removes a partly written file).
    static bool encrypt(const QString &plainPath, const QString &encryptedPath,
                        const QString &passphrase, QString *error);
    /// Decrypts into the new file `plainPath`; false with *error when the passphrase is wrong
    /// or the file was changed (the caller removes a partly written file).
    static bool decrypt(const QString &encryptedPath, const QString &plainPath,
                        const QString &passphrase, QString *error);
};

}  // namespace trialcrf
