// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"
#include "storage/completeness.h"
#include "storage/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

class Database;
struct Protocol;
class StudyStore;
class UserStore;

/// One electronic signature (21 CFR Part 11 §11.50, §11.70): who signed what, when, meaning
/// what, bound to a SHA-256 hash of the signed content. Signatures are never changed or
/// deleted (the table is append-only); re-signing adds a newer one that supersedes the old.
struct Signature {
    enum class Status {
        Valid,   ///< the signed content is unchanged
        Broken,  ///< the signed content changed after signing: it must be signed again
    };

    qint64 id = 0;
    qint64 subjectId = 0;
    QString subjectCode;
    QString scope;  ///< "visit" or "casebook"
    QString visit;  ///< the visit code for scope "visit"; empty for "casebook"
    QString signerUserName;
    QString printedName;  ///< the signer's full name at signing (the user name if none)
    QString signerRole;   ///< role code at signing
    QString meaning;      ///< "reviewed" or "approved"
    QDateTime signedAtUtc;
    QString contentHash;  ///< SHA-256 hex of SignatureStore::canonical() at signing

    // Filled by the reads of SignatureStore (not stored):
    Status status = Status::Valid;
    /// A newer signature by the same signer with the same scope, visit and meaning exists.
    bool superseded = false;

    /// Broken and not superseded: listed for re-signing.
    bool needsResigning() const { return status == Status::Broken && !superseded; }
};

/// The outcome of SignatureStore::sign. Nothing is written unless status is Signed.
struct SignResult {
    enum class Status {
        Signed,
        Denied,         ///< the role (or the account's current role) may not sign
        WrongPassword,  ///< the re-entered password is wrong (counted toward the lockout)
        LockedOut,      ///< too many wrong passwords: the account is locked for a while
        Invalid,        ///< unknown scope, meaning, visit or subject: `message`
        NothingToSign,  ///< the visit has no infusion and no PASI assessment yet
        NotComplete,    ///< "approved" while something is not complete: `blockers` says what
        DatabaseError,  ///< `message` has the SQL error
    };
    Status status = Status::Signed;
    QString message;  ///< one line, untranslated detail
    Signature signature;
    QList<rules::ApprovalBlocker> blockers;  ///< NotComplete: everything not complete

    bool ok() const { return status == Status::Signed; }
};

/// E-signatures on a visit (its infusion with vital signs, and its PASI assessment) or on a
/// whole casebook (everything in Casebook). Only a role that may Sign (the physician) signs,
/// by entering the password again (checked by UserStore::reauthenticate: a wrong one counts
/// toward the lockout). Each signature is one transaction with its audit row (action "sign").
/// A signature's status is recomputed from the current data: any later change to signed
/// content makes it Broken.
class SignatureStore {
public:
    /// `users` re-checks passwords when signing; reading needs no more than a UserStore on
    /// the same database.
    SignatureStore(const StudyStore &store, UserStore &users);

    static QString scopeVisit() { return QStringLiteral("visit"); }
    static QString scopeCasebook() { return QStringLiteral("casebook"); }
    static QStringList meanings();  ///< reviewed, approved
    static QString meaningApproved() { return QStringLiteral("approved"); }
    static QString meaningReviewed() { return QStringLiteral("reviewed"); }

    /// "approved" means complete and correct: it is refused (NotComplete, with the list)
    /// while approvalBlockers() finds anything, before the password is checked and again
    /// under the write lock. "reviewed" can be given at any time.
    SignResult sign(const Session &s, qint64 subjectId, const QString &scope,
                    const QString &visit, const QString &meaning, const QString &password);

    /// What stops approving `scope` (casebook, or visit `visit`) of this casebook today:
    /// rules::approvalBlockers() / rules::visitApprovalBlockers().
    QList<rules::ApprovalBlocker> approvalBlockers(const Casebook &casebook, const QString &scope,
                                                   const QString &visit = {}) const;
    /// The whole-casebook signature that says where a casebook stands: the latest
    /// "approved", else the latest "reviewed"; nullopt when the casebook was never signed as a
    /// whole. Its status says whether the casebook changed since (Broken). The subject list,
    /// the casebook header and the report show this one.
    static std::optional<Signature> casebookSignature(const QList<Signature> &signatures);

    /// Every signature of one subject, oldest first, with status and superseded filled in.
    /// nullopt when the role may not read clinical data or on an SQL error (*error says which).
    std::optional<QList<Signature>> signatures(const Session &s, qint64 subjectId,
                                               QString *error = nullptr) const;
    /// The same against the subject's casebook as the caller loaded it under its session
    /// (not loaded again).
    std::optional<QList<Signature>> signatures(const Casebook &casebook,
                                               QString *error = nullptr) const;
    /// Recomputes the hash of what `signature` covers from the database now.
    std::optional<Signature::Status> status(const Session &s, const Signature &signature,
                                            QString *error = nullptr) const;
    /// The status of `signature` against an already loaded casebook of its subject.
    Signature::Status status(const Signature &signature, const Casebook &casebook) const;
    /// Every broken signature not yet superseded, over the whole study (or one subject when
    /// subjectId != 0), ordered by subject code: the list of what needs re-signing.
    std::optional<QList<Signature>> brokenSignatures(const Session &s, qint64 subjectId = 0,
                                                     QString *error = nullptr) const;

    /// Tamper check for `trialcrf-cli verify`: every signature row must match the audit row
    /// its signing wrote (who, when, what, meaning, printed name, content hash), and every
    /// "sign" audit row must still have its signature. The audit rows are chained, so a
    /// signature forged or altered behind the app's back (triggers dropped) shows here.
    /// nullopt when all match; else the id of the first signature found wrong (0 when the
    /// tables could not be read), with a one-line description in *problem.
    static std::optional<qint64> firstForgedSignature(const Database &db, QString *problem);

    /// The canonical text a signature's hash covers: the subject code, scope and visit, then
    /// each signed record as its table name and every stored field (column and storage text,
    /// in the repositories' column order), each item as "<utf-8 length>:<utf-8 bytes>".
    /// A visit covers its infusion (with vital signs) and its PASI assessment; a casebook
    /// covers the subject, consent, eligibility (with its confirmation), every infusion, PASI
    /// assessment and adverse event. The casebook lock is not content.
    static QByteArray canonical(const Protocol &p, const Casebook &casebook, const QString &scope,
                                const QString &visit);
    /// SHA-256 hex of canonical().
    static QString contentHash(const Protocol &p, const Casebook &casebook, const QString &scope,
                               const QString &visit);

private:
    /// The casebook to sign; Invalid when there is no such subject.
    SignResult loadCasebook(const Session &s, qint64 subjectId,
                            std::optional<Casebook> *out) const;
    SignResult refuseIncomplete(const Casebook &casebook, const QString &scope,
                                const QString &visit) const;
    bool readSignatures(qint64 subjectId, QList<Signature> *out, QString *error) const;

    const StudyStore &m_store;
    UserStore &m_users;
};

}  // namespace trialcrf
