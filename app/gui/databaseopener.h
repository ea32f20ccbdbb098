// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace trialcrf {

/// Opens the study database for the app and turns every way that can fail (missing folder,
/// read-only, locked, corrupt, newer schema …) into a clear, translated dialog, never a crash.
class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    /// Where the app keeps its database when no --db is given (under AppDataLocation).
    static QString defaultPath();
    /// The dialog title for a database that cannot be opened.
    static QString failureTitle();
    /// What went wrong and what to do about it, in the UI language; empty for Status::Ok.
    static QString failureMessage(Database::Status status, const QString &path);

    /// As failureMessage, for a database on a server (`where` its displayName()): a missing
    /// or not set-up database, or a read-only login, is the server's owner's to fix.
    static QString serverFailureMessage(Database::Status status, const QString &where);

    /// Shows failureMessage in a modal dialog, the technical `detail` folded away.
    static void showFailure(Database::Status status, const QString &path, const QString &detail,
                            QWidget *parent);

    /// Opens `path`; on failure shows failureMessage (with the technical detail folded away)
    /// in a modal dialog over `parent` and returns nullptr.
    static std::unique_ptr<Database> open(const QString &path, Database::OpenMode mode,
                                          QWidget *parent);
    /// Opens a file (as above) or a server database. A server that refuses a login given no
    /// password sets *wantsPassword and shows nothing (the caller asks for the password);
    /// every other failure is shown as above.
    static std::unique_ptr<Database> open(const StudyLocation &location, Database::OpenMode mode,
                                          QWidget *parent, bool *wantsPassword);

private:
    static void showMessage(const QString &message, const QString &detail, QWidget *parent);
};

}  // namespace trialcrf
