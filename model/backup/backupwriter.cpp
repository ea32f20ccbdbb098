// SPDX-License-Identifier: Apache-2.0
#include "backup/backupwriter.h"

#include "backup/backupcrypto.h"
#include "storage/backupcontents.h"
#include "storage/database.h"
#include "storage/studycopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace trialcrf {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Removes the temporary files of one attempt however it ends.
class Leftovers {
public:
    void add(const QString &path) { m_paths << path; }
    void keep() { m_paths.clear(); }
    ~Leftovers()
    {
        for (const QString &path : std::as_const(m_paths))
            BackupWriter::removeWithJournals(path);
    }

private:
    QStringList m_paths;
};

}  // namespace

QString BackupWriter::temporaryNameFor(const QString &target)
{
    const QFileInfo info(target);
    QString candidate;
    do {
        candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.partial")
                .arg(info.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

void BackupWriter::removeWithJournals(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                  QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString BackupWriter::sourceDamage(const Database &source)
{
    const QStringList problems = source.quickCheckProblems();
    if (problems.isEmpty())
        return {};
    return QStringLiteral("%1: the database is damaged — run 'trialcrf-cli verify --db %1'; "
                          "restore from a backup (%2)")
        .arg(source.path(), problems.first());
}

bool BackupWriter::copyFromServer(const Database &source, const QString &file, QString *error)
{
    // A new study file of the same schema, then every row of one snapshot of the server's
    // study (StudyCopy): the same study, which verify, restore and the app open as any file.
    Database copy;
    if (!copy.open(file, Database::OpenMode::CreateOrMigrate))
        return failWith(error, copy.errorString());
    return StudyCopy::copy(source, copy, nullptr, error);
}

bool BackupWriter::write(const Database &source, const QString &target,
                         const BackupOptions &options, QString *error)
{
    if (!source.isOpen())
        return failWith(error, QStringLiteral("the database is not open"));
    if (QFileInfo::exists(target))
        return failWith(error, QStringLiteral("%1: already exists; a backup never overwrites").arg(target));
    if (!QFileInfo(target).absoluteDir().exists())
        return failWith(error, QStringLiteral("%1: the folder does not exist").arg(target));
    if (const QString damage = sourceDamage(source); !damage.isEmpty())
        return failWith(error, damage);

    Leftovers leftovers;
    const QString copy = temporaryNameFor(target);
    leftovers.add(copy);
    QString detail;
    if (!(source.isServer() ? copyFromServer(source, copy, &detail)
                            : SqliteCopy::toNewFile(source.path(), copy, options.progress, &detail)))
        return failWith(error, QStringLiteral("%1: backup failed: %2").arg(target, detail));
    const BackupContents contents = BackupContents::read(copy);
    if (!contents.sound())
        return failWith(error, QStringLiteral("%1: the copy does not verify: %2")
                                   .arg(target, contents.problems.value(0)));
    QString finished = copy;
    if (!options.passphrase.isEmpty()) {
        finished = temporaryNameFor(target);
        leftovers.add(finished);
        if (!BackupCrypto::encrypt(copy, finished, options.passphrase, &detail))
            return failWith(error, QStringLiteral("%1: cannot encrypt: %2").arg(target, detail));
    }
    if (!QFile::rename(finished, target))
        return failWith(error, QStringLiteral("%1: cannot give the backup its name").arg(target));
    return true;
}

}  // namespace trialcrf
