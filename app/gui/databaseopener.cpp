// SPDX-License-Identifier: Apache-2.0
#include "databaseopener.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace trialcrf {

QString DatabaseOpener::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("trialcrf.db"));
}

QString DatabaseOpener::failureTitle()
{
    return tr("The study database cannot be opened");
}

QString DatabaseOpener::failureMessage(Database::Status status, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (status) {
    case Database::Status::Ok:
        return QString();
    case Database::Status::NotFound:
        return tr("The database file %1 does not exist. Check the path given with --db.")
            .arg(file);
    case Database::Status::FolderMissing:
        return tr("The folder for %1 does not exist. Check the path, or create the folder "
                  "first.")
            .arg(file);
    case Database::Status::ReadOnly:
        return tr("The database %1 is read-only, so nothing could be saved. Ask for write "
                  "access to the file and its folder, or copy it to a folder you can write to.")
            .arg(file);
    case Database::Status::Locked:
        return tr("The study %1 is busy: another program (import, backup) is writing; try "
                  "again when it has finished.")
            .arg(file);
    case Database::Status::Corrupt:
        return tr("The database %1 is damaged (or is not a trialcrf database). Nothing was "
                  "changed. Run 'trialcrf-cli verify'; restore the study from its latest backup.")
            .arg(file);
    case Database::Status::NewerSchema:
        return tr("The database %1 was made by a newer version of trialcrf. Install the newer "
                  "version to open it; the file was not changed.")
            .arg(file);
    case Database::Status::OlderSchema:
        return tr("The database %1 was made by an older version of trialcrf and must be "
                  "upgraded before it can be opened read-only. Open it once with write access; "
                  "the upgrade keeps every record.")
            .arg(file);
    case Database::Status::Unreachable:
        return tr("No database server answers at %1. Check the server name and port, the "
                  "network, and that the server is running; nothing was changed.")
            .arg(path);
    case Database::Status::LoginRefused:
        return tr("The database server at %1 refused the login. Check the database user name "
                  "and password (ask the data manager); nothing was changed.")
            .arg(path);
    case Database::Status::Superuser:
        return tr("The database login at %1 is a superuser of the database server. A superuser "
                  "passes every safeguard of the server, so trialcrf does not work with it. "
                  "Connect with this workstation's own database login (ask the data manager: "
                  "'trialcrf-cli init --server' tells how to create one); nothing was changed.")
            .arg(path);
    case Database::Status::Error:
        break;
    }
    return tr("The database %1 could not be opened.").arg(file);
}

QString DatabaseOpener::serverFailureMessage(Database::Status status, const QString &where)
{
    switch (status) {
    case Database::Status::OlderSchema:
        return tr("The study at %1 was made by an older version of trialcrf and must be "
                  "upgraded first. Only the database's owner can do that, with 'trialcrf-cli "
                  "init --server'; this workstation's login may not change the study's tables. "
                  "Nothing was changed.")
            .arg(where);
    case Database::Status::NotFound:
        return tr("There is no study database of this version of trialcrf at %1. The "
                  "database's owner creates it on the server and sets it up with 'trialcrf-cli "
                  "init --server'; nothing was changed.")
            .arg(where);
    case Database::Status::ReadOnly:
        return tr("The database server at %1 lets this login read but not write. Ask the "
                  "data manager for the app's login; nothing was changed.")
            .arg(where);
    default:
        return failureMessage(status, where);
    }
}

std::unique_ptr<Database> DatabaseOpener::open(const QString &path, Database::OpenMode mode,
                                               QWidget *parent)
{
    // Pages that open but do not read back would show wrong figures, or nothing. They are
    // checked read-only first: opening for writing switches the file to WAL (and upgrades an
    // older schema), and the dialog promises that nothing was changed.
    bool checked = false;
    const QFileInfo file(path);
    if (mode != Database::OpenMode::ReadOnly && file.isFile() && file.size() > 0) {
        Database probe;
        if (probe.open(path, Database::OpenMode::ReadOnly)) {
            const QStringList damage = probe.quickCheckProblems();
            probe.close();
            if (!damage.isEmpty()) {
                showFailure(Database::Status::Corrupt, path,
                            damage.mid(0, 20).join(QLatin1Char('\n')), parent);
                return nullptr;
            }
            checked = true;
        }
    }
    auto db = std::make_unique<Database>();
    if (db->open(path, mode)) {
        const QStringList damage = checked ? QStringList() : db->quickCheckProblems();
        if (damage.isEmpty())
            return db;
        showFailure(Database::Status::Corrupt, path, damage.mid(0, 20).join(QLatin1Char('\n')),
                    parent);
        return nullptr;
    }
    showFailure(db->status(), path, db->errorString(), parent);
    return nullptr;
}

std::unique_ptr<Database> DatabaseOpener::open(const StudyLocation &location,
                                               Database::OpenMode mode, QWidget *parent,
                                               bool *wantsPassword)
{
    if (wantsPassword)
        *wantsPassword = false;
    if (!location.isServer())
        return open(location.path(), mode, parent);
    auto db = std::make_unique<Database>();
    if (db->open(location, mode))
        return db;
    if (db->status() == Database::Status::LoginRefused && location.password().isEmpty()
        && wantsPassword) {
        *wantsPassword = true;
        return nullptr;
    }
    showMessage(serverFailureMessage(db->status(), location.displayName()), db->errorString(),
                parent);
    return nullptr;
}

void DatabaseOpener::showFailure(Database::Status status, const QString &path,
                                 const QString &detail, QWidget *parent)
{
    showMessage(failureMessage(status, path), detail, parent);
}

void DatabaseOpener::showMessage(const QString &message, const QString &detail, QWidget *parent)
{
    // The title in the box too: some window managers show no title bar on a dialog.
    QMessageBox box(QMessageBox::Critical, failureTitle(),
                    QStringLiteral("<b>%1</b>").arg(failureTitle().toHtmlEscaped()),
                    QMessageBox::Close, parent);
    box.setInformativeText(message.toHtmlEscaped());
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    // Room for a path and two sentences on few lines.
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    box.exec();
}

}  // namespace trialcrf
