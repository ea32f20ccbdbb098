// SPDX-License-Identifier: Apache-2.0
#include "studychooser.h"

#include "connectiondialog.h"
#include "databaseopener.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace trialcrf {

namespace {

/// The password of the database login on a server, for a location that has none.
const char *kPasswordVariable = "TRIALCRF_DB_PASSWORD";

}  // namespace

StudyLocation StudyChooser::startLocation()
{
    const StudyLocation last = ConnectionDialog::remembered();
    return last.isEmpty() ? StudyLocation::file(DatabaseOpener::defaultPath()) : last;
}

std::unique_ptr<Database> StudyChooser::openFile(const QString &path)
{
    bool wantsPassword = false;
    return tryOpen(StudyLocation::file(path), &wantsPassword);
}

std::unique_ptr<Database> StudyChooser::openOrChoose(const StudyLocation &location)
{
    bool wantsPassword = false;
    if (std::unique_ptr<Database> db = tryOpen(location, &wantsPassword))
        return db;
    return choose(location, wantsPassword);
}

std::unique_ptr<Database> StudyChooser::choose(const StudyLocation &initial)
{
    return choose(initial, false);
}

std::unique_ptr<Database> StudyChooser::choose(const StudyLocation &initial, bool wantsPassword)
{
    // One dialog for all attempts: after a failure it comes back as it was typed.
    ConnectionDialog dialog(m_parent);
    dialog.setLocation(initial);
    for (;;) {
        if (wantsPassword)
            dialog.askForPassword();
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        if (std::unique_ptr<Database> db = tryOpen(dialog.location(), &wantsPassword))
            return db;
    }
}

std::unique_ptr<Database> StudyChooser::tryOpen(const StudyLocation &location,
                                                bool *wantsPassword)
{
    *wantsPassword = false;
    std::unique_ptr<Database> db;
    if (location.isServer()) {
        StudyLocation withPassword = location;
        if (withPassword.password().isEmpty() && qEnvironmentVariableIsSet(kPasswordVariable))
            withPassword.setPassword(qEnvironmentVariable(kPasswordVariable));
        // The app's login never creates or upgrades a server database: its owner does
        // (`trialcrf-cli init --server`).
        db = DatabaseOpener::open(withPassword, Database::OpenMode::ExistingOnly, m_parent,
                                  wantsPassword);
    } else {
        const QString path = location.path();
        if (path == DatabaseOpener::defaultPath())
            QDir().mkpath(QFileInfo(path).absolutePath());
        if (!confirmNewFile(path))
            return nullptr;
        db = DatabaseOpener::open(path, Database::OpenMode::CreateOrMigrate, m_parent);
    }
    if (db)
        ConnectionDialog::remember(location);
    return db;
}

bool StudyChooser::confirmNewFile(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists() && !(file.isFile() && file.size() == 0))
        return true;
    // A typo must not quietly start a new, empty study, nor an empty file (a failed copy)
    // become one.
    if (!file.absoluteDir().exists()) {
        DatabaseOpener::showFailure(Database::Status::FolderMissing, path, {}, m_parent);
        return false;
    }
    // The question start-up has always asked, with its translation.
    const auto answer = QMessageBox::question(
        m_parent, QCoreApplication::translate("trialcrf::StartupController", "New study database"),
        QCoreApplication::translate(
            "trialcrf::StartupController", "There is no database at %1. Create a new, empty study database there?")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

}  // namespace trialcrf
