// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace trialcrf {

/// What this build is made of, for Help → About and bug reports: the versions of the
/// libraries the model links and a fingerprint of the protocol file built in.
class BuildInfo {
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    /// The SQLite library in use (e.g. "3.40.1").
    static QString sqliteVersion();
    /// The libsodium library in use (e.g. "1.0.18").
    static QString sodiumVersion();
    /// The protocol file's format number and the first 12 hex digits of its SHA-256: two
    /// builds with the same fingerprint enforce the same numbers.
    static QString protocolFingerprint();
};

}  // namespace trialcrf
