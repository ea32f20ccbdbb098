// SPDX-License-Identifier: Apache-2.0
// Password hashes of the user accounts (argon2id through libsodium); internal to storage/.
#pragma once

#include <QString>

namespace trialcrf {

/// The stored form of a new password; empty when libsodium cannot hash.
QString hashPassword(const QString &password);
bool passwordMatches(const QString &hash, const QString &password);
/// A valid hash of a random password: an unknown user name costs as much time as a known one,
/// so the login's timing does not tell which names exist.
const QString &dummyHash();

}  // namespace trialcrf
