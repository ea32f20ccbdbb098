// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace trialcrf::cli {

/// Reads a password for the CLI: from an environment variable when it is set (for scripts),
/// else from the terminal (/dev/tty) with echo off. Never from stdin, never echoed, never
/// logged.
class PasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    /// The new password of a user: TRIALCRF_PASSWORD.
    static const char *newPasswordVariable() { return "TRIALCRF_PASSWORD"; }
    /// The password of the user named by --as: TRIALCRF_AS_PASSWORD.
    static const char *actingPasswordVariable() { return "TRIALCRF_AS_PASSWORD"; }
    /// The passphrase of an encrypted backup: TRIALCRF_BACKUP_PASSPHRASE.
    static const char *backupPassphraseVariable() { return "TRIALCRF_BACKUP_PASSPHRASE"; }
    /// The password of the database login on a server: TRIALCRF_DB_PASSWORD.
    static const char *databasePasswordVariable() { return "TRIALCRF_DB_PASSWORD"; }
    /// The password of a new workstation login (`init --server --workstation-login`):
    /// TRIALCRF_WORKSTATION_PASSWORD.
    static const char *workstationPasswordVariable() { return "TRIALCRF_WORKSTATION_PASSWORD"; }
    /// True when standard input is a terminal (a person who can be asked).
    static bool stdinIsTerminal();
    /// True when standard error is a terminal (progress lines are drawn only there).
    static bool stderrIsTerminal();

    /// `confirm` asks twice on the terminal and refuses when the two differ.
    /// nullopt with *error set (one line) when no password could be read.
    static std::optional<QString> read(const char *variable, const QString &prompt, bool confirm,
                                       QString *error);

private:
    static std::optional<QString> fromTerminal(const QString &prompt, QString *error);
};

}  // namespace trialcrf::cli
