// SPDX-License-Identifier: Apache-2.0
#include "exchange/studylock.h"

#include "exchange/exporter.h"
#include "exchange/manifest.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QTemporaryDir>

namespace trialcrf {

namespace {

using Status = StudyLockResult::Status;

const QString kAuditFile = QStringLiteral("audit.csv");
/// The schema version that added the lock manifests.
constexpr int kManifestSchema = 10;

}  // namespace

StudyLock::StudyLock(StudyStore &store, UserStore &users) : m_store(store), m_users(users) {}

StudyLockResult StudyLock::refuse(Status status, const QString &message) const
{
    StudyLockResult r;
    r.status = status;
    r.message = message;
    return r;
}

std::optional<QList<rules::SubjectLockFacts>> StudyLock::facts(const Session &s,
                                                               QString *error) const
{
    QString why;
    const QList<SubjectSummary> subjects = m_store.subjects(0, -1, {}, {}, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const SignatureStore signatures(m_store, m_users);
    const SdvStore sdv(m_store);
    const QueryStore queries(m_store);
    QList<rules::SubjectLockFacts> out;
    for (const SubjectSummary &summary : subjects) {
        if (!s.maySite(summary.siteCode))  // readiness of the reader's sites
            continue;
        rules::SubjectLockFacts f;
        std::optional<Casebook> book = m_store.loadCasebook(s, summary.id, &why);
        std::optional<QList<Signature>> signed_ =
            book ? signatures.signatures(*book, &why) : std::nullopt;
        std::optional<QList<SdvMark>> marks = signed_ ? sdv.marks(*book, &why) : std::nullopt;
        std::optional<QList<Query>> asked =
            marks ? queries.subjectQueries(s, summary.id, &why) : std::nullopt;
        if (!asked) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(summary.code, why);
            return std::nullopt;
        }
        f.casebook = std::move(*book);
        f.signatures = std::move(*signed_);
        f.sdvMarks = std::move(*marks);
        f.queries = std::move(*asked);
        out << f;
    }
    return out;
}

std::optional<QList<rules::LockBlocker>> StudyLock::blockers(const Session &s,
                                                             QString *error) const
{
    const std::optional<QList<rules::SubjectLockFacts>> all = facts(s, error);
    if (!all)
        return std::nullopt;
    return rules::lockBlockers(m_store.protocol(), *all,
                               m_store.clock()().toLocalTime().date());
}

StudyLockResult StudyLock::lock(const Session &s, const QString &reason, const QString &password)
{
    if (!s.may(Action::LockCasebook))
        return refuse(Status::Denied, QStringLiteral("%1 may not lock the study").arg(s.userName));
    const std::optional<UserAccount> account = m_users.user(s.userName);
    if (!account || account->disabled || !isAllowed(account->role, Action::LockCasebook))
        return refuse(Status::Denied, QStringLiteral("%1 may not lock the study").arg(s.userName));
    if (reason.trimmed().isEmpty())
        return refuse(Status::ReasonRequired, QStringLiteral("locking the study needs a reason"));
    // Checked before the password, so a refused lock costs no password attempt.
    QString error;
    std::optional<QList<rules::LockBlocker>> standing = blockers(s, &error);
    if (!standing)
        return refuse(Status::Failed, error);
    if (!standing->isEmpty()) {
        StudyLockResult r = refuse(Status::Blocked, QStringLiteral("%1 blockers stand in the way")
                                                        .arg(standing->size()));
        r.blockers = *standing;
        return r;
    }
    switch (m_users.reauthenticate(s, password, LockManifestStore::auditAction())) {
    case UserStore::LoginResult::Ok:
        break;
    case UserStore::LoginResult::WrongPassword:
    case UserStore::LoginResult::UnknownUser:
        return refuse(Status::WrongPassword, QStringLiteral("the password is not correct"));
    case UserStore::LoginResult::LockedOut:
        return refuse(Status::LockedOut, QStringLiteral("the account is locked out"));
    case UserStore::LoginResult::Disabled:
        return refuse(Status::Denied, QStringLiteral("the account is disabled"));
    case UserStore::LoginResult::Busy:
    case UserStore::LoginResult::Error:
        return refuse(Status::Failed, QStringLiteral("the password check failed"));
    }

    // The study is locked whole: by a data manager of every site.
    if (s.siteCodes) {
        QString why;
        for (const QString &code : SiteStore::codes(m_store.database(), &why)) {
            if (!s.maySite(code))
                return refuse(Status::Denied,
                              QStringLiteral("%1 does not work at site %2: the study is locked by a "
                                             "data manager of every site")
                                  .arg(s.userName, code));
        }
    }
    StudyLockResult done;
    {
        // Every casebook in one transaction, each through the casebook lock (its audit row).
        Transaction t(m_store.database());
        if (!t.isActive())
            return refuse(Status::Failed, QStringLiteral("cannot begin: ") + t.errorString());
        const std::optional<QList<rules::SubjectLockFacts>> all = facts(s, &error);
        if (!all)
            return refuse(Status::Failed, error);
        // Again under the write lock: what is locked is what was found ready.
        const QList<rules::LockBlocker> now =
            rules::lockBlockers(m_store.protocol(), *all, m_store.clock()().toLocalTime().date());
        if (!now.isEmpty()) {
            StudyLockResult r = refuse(Status::Blocked, QStringLiteral("%1 blockers stand in "
                                                                       "the way").arg(now.size()));
            r.blockers = now;
            return r;
        }
        for (const rules::SubjectLockFacts &f : *all) {
            if (f.casebook.locked)
                continue;
            const SaveResult saved = m_store.setLocked(s, f.casebook.subject.id, true, reason);
            if (!saved.ok())
                return refuse(Status::Failed, QStringLiteral("%1: %2")
                                                  .arg(f.casebook.subject.code, saved.message));
            ++done.casebooksLocked;
        }
        if (!t.commit())
            return refuse(Status::Failed, QStringLiteral("cannot commit: ") + t.errorString());
    }

    // The export of the locked study, then the manifest that states it, signed.
    const std::optional<StudyFingerprint> print = fingerprint(m_store, &error);
    if (!print)
        return refuse(Status::Failed, error);
    LockManifest &m = done.manifest;
    m.lockedAtUtc = m_store.clock()().toUTC();
    m.signerUserId = account->id;
    m.signerUserName = account->userName;
    m.printedName =
        account->fullName.trimmed().isEmpty() ? account->userName : account->fullName.trimmed();
    m.signerRole = roleCode(account->role);
    m.reason = reason.trimmed();
    m.recordCounts = print->recordCounts;
    m.fileHashes = print->fileHashes;
    m.exportSha256 = print->exportSha256;
    Transaction t(m_store.database());
    if (!t.isActive())
        return refuse(Status::Failed, QStringLiteral("cannot begin: ") + t.errorString());
    // Nothing may have changed since the export: the counts are read again under the lock.
    const std::optional<QMap<QString, qint64>> counts =
        LockManifestStore::recordCounts(m_store.database(), &error);
    if (!counts)
        return refuse(Status::Failed, error);
    if (*counts != m.recordCounts)
        return refuse(Status::Failed, QStringLiteral("the study changed while it was exported; "
                                                     "lock it again"));
    if (!LockManifestStore::insert(m_store.database(), m_store.clock(), &m, &error))
        return refuse(Status::Failed, error);
    if (!t.commit())
        return refuse(Status::Failed, QStringLiteral("cannot commit: ") + t.errorString());
    return done;
}

std::optional<StudyFingerprint> StudyLock::fingerprint(const StudyStore &store, QString *error)
{
    const auto failed = [error](const QString &why) -> std::optional<StudyFingerprint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    StudyFingerprint out;
    QString why;
    const std::optional<QMap<QString, qint64>> counts =
        LockManifestStore::recordCounts(store.database(), &why);
    if (!counts)
        return failed(why);
    out.recordCounts = *counts;
    QTemporaryDir temp;
    if (!temp.isValid())
        return failed(QStringLiteral("no temporary folder: ") + temp.errorString());
    const QString folder = temp.filePath(QStringLiteral("export"));
    // A reader without a login: the export leaves no audit row of its own.
    const Session reader{0, QStringLiteral("trialcrf"), Role::Monitor};
    Exporter exporter(store, reader);
    const ExportResult exported = exporter.exportCsv(folder);
    if (!exported.ok())
        return failed(QStringLiteral("the export failed: ") + exported.message);
    for (const QString &name : Exporter::fileNames()) {
        if (name == kAuditFile)
            continue;
        const QByteArray hash = manifest::sha256(QDir(folder).filePath(name), &why);
        if (hash.isEmpty())
            return failed(name + QLatin1String(": ") + why);
        out.fileHashes.insert(name, QString::fromLatin1(hash));
    }
    out.exportSha256 = LockManifest::exportHash(out.fileHashes);
    return out;
}

QStringList StudyLock::verify(const StudyStore &store, QString *error)
{
    const Database &db = store.database();
    QStringList problems;
    // A file of a schema before the lock manifests has none to check; one after has the table.
    if (!db.connection().tables().contains(LockManifestStore::table()))
        return db.schemaVersion() >= kManifestSchema
                   ? QStringList{QStringLiteral("table %1 is missing (dropped)")
                                     .arg(LockManifestStore::table())}
                   : QStringList{};
    const QString forged = LockManifestStore::forgedManifest(db);
    if (!forged.isEmpty())
        return {forged};
    const std::optional<QList<LockManifest>> all = LockManifestStore::manifests(db, error);
    if (!all || all->isEmpty())
        return {};
    const LockManifest &m = all->last();
    const std::optional<StudyFingerprint> now = fingerprint(store, error);
    if (!now)
        return {};
    for (auto it = m.recordCounts.cbegin(); it != m.recordCounts.cend(); ++it) {
        const qint64 count = now->recordCounts.value(it.key(), -1);
        if (count != it.value())
            problems << QStringLiteral("table %1 held %2 records at lock (manifest %3), now %4")
                            .arg(it.key())
                            .arg(it.value())
                            .arg(m.id)
                            .arg(count);
    }
    for (auto it = m.fileHashes.cbegin(); it != m.fileHashes.cend(); ++it) {
        if (now->fileHashes.value(it.key()) != it.value())
            problems << QStringLiteral("%1 of the export differs from the export at lock "
                                       "(manifest %2, SHA-256 %3, now %4)")
                            .arg(it.key())
                            .arg(m.id)
                            .arg(it.value(), now->fileHashes.value(it.key()));
    }
    if (problems.isEmpty() && now->exportSha256 != m.exportSha256)
        problems << QStringLiteral("the export's SHA-256 differs from the lock manifest %1 "
                                   "(%2, now %3)")
                        .arg(m.id)
                        .arg(m.exportSha256, now->exportSha256);
    return problems;
}

}  // namespace trialcrf
