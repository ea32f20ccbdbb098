// SPDX-License-Identifier: Apache-2.0
#include "backup/studyrestore.h"

#include "backup/backupcrypto.h"
#include "backup/backupwriter.h"
#include "storage/auditlog.h"
#include "storage/sqlitecopy.h"
#include "storage/studycopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trialcrf {

namespace {

using Status = SaveResult::Status;

SaveResult databaseError(const QString &message)
{
    return SaveResult::failure(Status::DatabaseError, message);
}

}  // namespace

StudyRestore::StudyRestore(const QString &backupPath, const QString &studyPath, Clock clock)
    : m_backup(QFileInfo(backupPath).absoluteFilePath()),
      m_study(QFileInfo(studyPath).absoluteFilePath()),
      m_clock(std::move(clock))
{
    const QFileInfo study(m_study);
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_keptName = study.absoluteDir().filePath(
        QStringLiteral("%1.replaced-%2.db").arg(study.completeBaseName(), stamp));
}

StudyRestore::~StudyRestore()
{
    if (!m_decrypted.isEmpty())
        BackupWriter::removeWithJournals(m_decrypted);
}

bool StudyRestore::isEncrypted() const
{
    return BackupCrypto::isEncrypted(m_backup);
}

QString StudyRestore::keptName() const
{
    return m_keptName;
}

bool StudyRestore::open(const QString &passphrase, QString *error)
{
    if (!QFileInfo::exists(m_backup)) {
        *error = QStringLiteral("%1: no such file").arg(m_backup);
        return false;
    }
    if (!m_decrypted.isEmpty()) {
        BackupWriter::removeWithJournals(m_decrypted);
        m_decrypted.clear();
    }
    m_plain = m_backup;
    if (isEncrypted()) {
        m_decrypted = BackupWriter::temporaryNameFor(m_study);
        if (!BackupCrypto::decrypt(m_backup, m_decrypted, passphrase, error)) {
            BackupWriter::removeWithJournals(m_decrypted);
            m_decrypted.clear();
            return false;
        }
        m_plain = m_decrypted;
    }
    m_contents = BackupContents::read(m_plain);
    return true;
}

SaveResult StudyRestore::refusal() const
{
    if (m_plain.isEmpty())
        return databaseError(QStringLiteral("%1: the backup was not opened").arg(m_backup));
    if (!m_contents.sound())
        return databaseError(QStringLiteral("%1: the backup does not verify: %2")
                                 .arg(m_backup, m_contents.problems.value(0)));
    return SaveResult::saved();
}

bool StudyRestore::audit(const Database &db, const QString &userName, QString *error) const
{
    AuditEntry entry;
    entry.userName = userName;
    entry.action = QStringLiteral("restore");
    entry.field = QStringLiteral("file");
    entry.oldValue = m_kept;
    entry.newValue = m_backup;
    Transaction t(db);
    if (!t.isActive()) {
        *error = t.errorString();
        return false;
    }
    if (!AuditLog(db, m_clock).append(entry, error))
        return false;
    if (!t.commit()) {
        *error = t.errorString();
        return false;
    }
    return true;
}

SaveResult StudyRestore::restoreInto(const Database &live, const Session &session)
{
    // Restoring is the data manager's, like backing up (DESIGN.md's roles).
    if (!session.may(Action::Backup))
        return SaveResult::failure(Status::Denied,
                                   QStringLiteral("%1 (%2) may not restore the database")
                                       .arg(session.userName, roleCode(session.role)));
    if (const SaveResult refused = refusal(); !refused.ok())
        return refused;
    QString error;
    if (!BackupWriter::write(live, m_keptName, {}, &error))
        return databaseError(QStringLiteral("cannot keep the replaced study: %1").arg(error));
    m_kept = m_keptName;
    if (!SqliteCopy::intoLive(live, m_plain, &error))
        return databaseError(error);
    if (!audit(live, session.userName, &error))
        return databaseError(error);
    return SaveResult::saved();
}

SaveResult StudyRestore::restoreFile(
    const std::function<std::optional<Session>(Database &, QString *)> &logIn)
{
    if (const SaveResult refused = refusal(); !refused.ok())
        return refused;
    const QString incoming = BackupWriter::temporaryNameFor(m_study);
    if (!QFile::copy(m_plain, incoming)) {
        BackupWriter::removeWithJournals(incoming);
        return databaseError(QStringLiteral("%1: cannot copy the backup beside the study").arg(m_study));
    }
    QString error;
    const bool hadStudy = QFileInfo::exists(m_study);
    m_kept = hadStudy ? m_keptName : QString();
    {
        Database restored;
        if (!restored.open(incoming, Database::OpenMode::ExistingOnly)) {
            BackupWriter::removeWithJournals(incoming);
            return databaseError(restored.errorString());
        }
        const std::optional<Session> session = logIn(restored, &error);
        SaveResult result;
        if (!session)
            result = SaveResult::failure(Status::Denied, error);
        else if (!session->may(Action::Backup))
            result = SaveResult::failure(Status::Denied,
                                         QStringLiteral("%1 (%2) may not restore the database")
                                             .arg(session->userName, roleCode(session->role)));
        else if (!audit(restored, session->userName, &error))
            result = databaseError(error);
        if (!result.ok()) {
            restored.close();
            BackupWriter::removeWithJournals(incoming);
            m_kept.clear();
            return result;
        }
    }  // closing the last connection checkpoints the WAL into the file and removes it
    if (hadStudy) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(m_study + suffix))
                QFile::rename(m_study + suffix, m_keptName + suffix);
        if (!QFile::rename(m_study, m_keptName)) {
            BackupWriter::removeWithJournals(incoming);
            m_kept.clear();
            return databaseError(QStringLiteral("%1: cannot move the replaced file aside").arg(m_study));
        }
    }
    if (!QFile::rename(incoming, m_study))
        return databaseError(QStringLiteral("%1: cannot put the restored study in place").arg(m_study));
    return SaveResult::saved();
}

SaveResult StudyRestore::restoreOnto(
    const Database &server,
    const std::function<std::optional<Session>(Database &, QString *)> &logIn)
{
    if (const SaveResult refused = refusal(); !refused.ok())
        return refused;
    if (!server.isServer())
        return databaseError(QStringLiteral("%1 is not a server database").arg(server.path()));
    // The login is recorded in the study it checks: a copy of the backup (as restoreFile()
    // does), which is what goes onto the server, login and all.
    const QString incoming = BackupWriter::temporaryNameFor(m_study);
    if (!QFile::copy(m_plain, incoming)) {
        BackupWriter::removeWithJournals(incoming);
        return databaseError(QStringLiteral("%1: cannot copy the backup").arg(m_backup));
    }
    SaveResult result;
    QString error;
    {
        Database backup;
        std::optional<Session> session;
        if (!backup.open(incoming, Database::OpenMode::ExistingOnly))
            result = databaseError(backup.errorString());
        else if (!(session = logIn(backup, &error)))
            result = SaveResult::failure(Status::Denied, error);
        else if (!session->may(Action::Backup))
            result = SaveResult::failure(Status::Denied,
                                         QStringLiteral("%1 (%2) may not restore the database")
                                             .arg(session->userName, roleCode(session->role)));
        QList<StudyCopy::TableCount> counts;
        if (result.ok() && !StudyCopy::copy(backup, server, &counts, &error))
            result = databaseError(QStringLiteral("nothing was written to %1: %2")
                                       .arg(server.path(), error));
        m_kept.clear();
        if (result.ok() && !audit(server, session->userName, &error))
            result = databaseError(error);
    }
    BackupWriter::removeWithJournals(incoming);
    if (!result.ok())
        return result;
    QString problem;
    if (const std::optional<qint64> row = AuditLog(server).firstBrokenRow(&problem))
        return databaseError(QStringLiteral("the restored study does not verify: audit chain "
                                            "broken at row %1: %2")
                                 .arg(*row)
                                 .arg(problem));
    return SaveResult::saved();
}

}  // namespace trialcrf
