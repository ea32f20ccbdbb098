// SPDX-License-Identifier: Apache-2.0
#include "storage/signaturestore.h"

#include "protocol/protocol.h"
#include "storage/adverseeventrepository.h"
#include "storage/auditlog.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/rowreader.h"
#include "storage/sqldialect.h"
#include "storage/studystore.h"
#include "storage/subjectrepository.h"
#include "storage/userstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace trialcrf {

namespace {

const QString kTable = QStringLiteral("signatures");

const QString kSelect = QStringLiteral(
    "SELECT s.id AS id, s.subject_id AS subject_id, subjects.code AS subject_code,"
    " s.scope AS scope, s.visit AS visit, s.signer_user_name AS signer_user_name,"
    " s.printed_name AS printed_name, s.signer_role AS signer_role, s.meaning AS meaning,"
    " s.signed_at_utc AS signed_at_utc, s.content_hash AS content_hash"
    " FROM signatures s JOIN subjects ON subjects.id = s.subject_id");

/// One item of the canonical text: its UTF-8 length, a colon, its UTF-8 bytes.
void appendItem(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out->append(QByteArray::number(utf8.size()));
    out->append(':');
    out->append(utf8);
}

/// Columns added to a signed table after signatures existed (the PASI area involved in %).
/// While not recorded they are left out of the signed content, so a page signed before the
/// column existed still matches its signature.
bool laterColumnNotRecorded(const RowField &f)
{
    return f.text.isEmpty() && f.column.endsWith(QLatin1String("_area_pct"));
}

/// A table's records: the table name, the record count, then each record's field count and
/// every field as column and storage text.
void appendSection(QByteArray *out, const QString &table, const QList<Row> &rows)
{
    appendItem(out, table);
    appendItem(out, QString::number(rows.size()));
    for (const Row &row : rows) {
        const qsizetype fields = std::count_if(row.fields().cbegin(), row.fields().cend(),
                                               [](const RowField &f) {
                                                   return !laterColumnNotRecorded(f);
                                               });
        appendItem(out, QString::number(fields));
        for (const RowField &f : row.fields()) {
            if (laterColumnNotRecorded(f))
                continue;
            appendItem(out, f.column);
            appendItem(out, f.text);
        }
    }
}

SignResult failure(SignResult::Status status, const QString &message)
{
    return {status, message, {}, {}};
}

Signature readSignature(const RowReader &r)
{
    Signature s;
    s.id = r.id(QStringLiteral("id"));
    s.subjectId = r.id(QStringLiteral("subject_id"));
    s.subjectCode = r.text(QStringLiteral("subject_code"));
    s.scope = r.text(QStringLiteral("scope"));
    s.visit = r.text(QStringLiteral("visit"));
    s.signerUserName = r.text(QStringLiteral("signer_user_name"));
    s.printedName = r.text(QStringLiteral("printed_name"));
    s.signerRole = r.text(QStringLiteral("signer_role"));
    s.meaning = r.text(QStringLiteral("meaning"));
    s.signedAtUtc = r.timestamp(QStringLiteral("signed_at_utc"));
    s.contentHash = r.text(QStringLiteral("content_hash"));
    return s;
}

bool sameSeries(const Signature &a, const Signature &b)
{
    return a.subjectId == b.subjectId && a.scope == b.scope && a.visit == b.visit
           && a.meaning == b.meaning
           && a.signerUserName.compare(b.signerUserName, Qt::CaseInsensitive) == 0;
}

}  // namespace

SignatureStore::SignatureStore(const StudyStore &store, UserStore &users)
    : m_store(store), m_users(users)
{
}

QStringList SignatureStore::meanings()
{
    return {QStringLiteral("reviewed"), QStringLiteral("approved")};
}

QByteArray SignatureStore::canonical(const Protocol &p, const Casebook &casebook,
                                     const QString &scope, const QString &visit)
{
    QByteArray out;
    appendItem(&out, casebook.subject.code);
    appendItem(&out, scope);
    appendItem(&out, visit);
    if (scope == scopeVisit()) {
        QList<Row> infusions, pasi;
        if (const Infusion *i = casebook.infusion(visit))
            infusions << InfusionRepository::toRow(*i);
        if (const PasiAssessment *a = casebook.pasiAt(visit))
            pasi << PasiRepository::toRow(p, *a);
        appendSection(&out, InfusionRepository::table(), infusions);
        appendSection(&out, PasiRepository::table(), pasi);
        return out;
    }
    appendSection(&out, SubjectRepository::table(), {SubjectRepository::toRow(casebook.subject)});
    QList<Row> consent, eligibility, infusions, pasi, events;
    if (casebook.consent)
        consent << ConsentRepository::toRow(*casebook.consent);
    if (casebook.eligibility) {
        StoredEligibility stored;
        stored.eligibility = *casebook.eligibility;
        stored.confirmedBy = casebook.eligibilityConfirmedBy;
        stored.confirmedAt = casebook.eligibilityConfirmedAt;
        eligibility << EligibilityRepository::toRow(stored);
    }
    for (const Infusion &i : casebook.infusions)
        infusions << InfusionRepository::toRow(i);
    for (const PasiAssessment &a : casebook.pasi)
        pasi << PasiRepository::toRow(p, a);
    for (const AdverseEvent &ae : casebook.adverseEvents)
        events << AdverseEventRepository::toRow(ae);
    appendSection(&out, ConsentRepository::table(), consent);
    appendSection(&out, EligibilityRepository::table(), eligibility);
    appendSection(&out, InfusionRepository::table(), infusions);
    appendSection(&out, PasiRepository::table(), pasi);
    appendSection(&out, AdverseEventRepository::table(), events);
    return out;
}

QString SignatureStore::contentHash(const Protocol &p, const Casebook &casebook,
                                    const QString &scope, const QString &visit)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(p, casebook, scope, visit), QCryptographicHash::Sha256)
            .toHex());
}

SignResult SignatureStore::sign(const Session &s, qint64 subjectId, const QString &scope,
                                const QString &visit, const QString &meaning,
                                const QString &password)
{
    using Status = SignResult::Status;
    if (!s.may(Action::Sign))
        return failure(Status::Denied, QStringLiteral("%1 (%2) may not sign")
                                           .arg(s.userName, roleCode(s.role)));
    // The account as it is now: a role changed or an account disabled since login counts.
    const std::optional<UserAccount> account = m_users.user(s.userName);
    if (!account || account->disabled || !isAllowed(account->role, Action::Sign))
        return failure(Status::Denied, QStringLiteral("%1 may not sign").arg(s.userName));
    if (!meanings().contains(meaning))
        return failure(Status::Invalid, QStringLiteral("unknown meaning '%1'").arg(meaning));
    if (scope == scopeVisit()) {
        if (!m_store.protocol().visit(visit))
            return failure(Status::Invalid, QStringLiteral("unknown visit '%1'").arg(visit));
    } else if (scope != scopeCasebook() || !visit.isEmpty()) {
        return failure(Status::Invalid, QStringLiteral("unknown scope '%1'").arg(scope));
    }
    if (meaning == meaningApproved()) {
        // Checked before the password, so a refused approval costs no password attempt.
        std::optional<Casebook> book;
        if (SignResult r = loadCasebook(s, subjectId, &book); !r.ok())
            return r;
        if (SignResult r = refuseIncomplete(*book, scope, visit); !r.ok())
            return r;
    }

    switch (m_users.reauthenticate(s, password, QStringLiteral("sign"))) {
    case UserStore::LoginResult::Ok:
        break;
    case UserStore::LoginResult::WrongPassword:
    case UserStore::LoginResult::UnknownUser:
        return failure(Status::WrongPassword, QStringLiteral("the password is not correct"));
    case UserStore::LoginResult::LockedOut:
        return failure(Status::LockedOut, QStringLiteral("the account is locked out"));
    case UserStore::LoginResult::Disabled:
        return failure(Status::Denied, QStringLiteral("the account is disabled"));
    case UserStore::LoginResult::Busy:
    case UserStore::LoginResult::Error:
        return failure(Status::DatabaseError, QStringLiteral("the password check failed"));
    }

    const Database &db = m_store.database();
    // The content is read under the write lock, so what is hashed is what is there when the
    // signature row is written.
    Transaction t(db);
    if (!t.isActive())
        return failure(Status::DatabaseError, QStringLiteral("cannot begin: ") + t.errorString());
    std::optional<Casebook> book;
    if (SignResult r = loadCasebook(s, subjectId, &book); !r.ok())
        return r;
    if (scope == scopeVisit() && !book->infusion(visit) && !book->pasiAt(visit))
        return failure(Status::NothingToSign,
                       QStringLiteral("visit %1 of %2 has nothing recorded")
                           .arg(visit, book->subject.code));
    if (meaning == meaningApproved()) {
        // Again under the write lock: what is approved is what is there now.
        if (SignResult r = refuseIncomplete(*book, scope, visit); !r.ok())
            return r;
    }

    Signature sig;
    sig.subjectId = subjectId;
    sig.subjectCode = book->subject.code;
    sig.scope = scope;
    sig.visit = scope == scopeVisit() ? visit : QString();
    sig.signerUserName = account->userName;
    sig.printedName =
        account->fullName.trimmed().isEmpty() ? account->userName : account->fullName.trimmed();
    sig.signerRole = roleCode(account->role);
    sig.meaning = meaning;
    sig.signedAtUtc = m_store.clock()().toUTC();
    sig.contentHash = contentHash(m_store.protocol(), *book, sig.scope, sig.visit);

    QSqlQuery q(db.connection());
    q.prepare(SqlDialect::returningId(db.connection(), QStringLiteral(
        "INSERT INTO signatures (subject_id, scope, visit, signer_user_id, signer_user_name,"
        " printed_name, signer_role, meaning, signed_at_utc, content_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &v :
         QVariantList{subjectId, sig.scope,
                      sig.visit.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : sig.visit,
                      account->id, sig.signerUserName, sig.printedName, sig.signerRole,
                      sig.meaning, AuditLog::formatTime(sig.signedAtUtc), sig.contentHash})
        q.addBindValue(v);
    if (!q.exec())
        return failure(Status::DatabaseError, Database::describe(q.lastError()));
    sig.id = SqlDialect::insertedId(q);

    QJsonObject signedWhat{{QStringLiteral("scope"), sig.scope},
                           {QStringLiteral("meaning"), sig.meaning},
                           {QStringLiteral("printed_name"), sig.printedName},
                           {QStringLiteral("role"), sig.signerRole},
                           {QStringLiteral("content_hash"), sig.contentHash}};
    if (!sig.visit.isEmpty())
        signedWhat.insert(QStringLiteral("visit"), sig.visit);
    AuditEntry e;
    e.atUtc = sig.signedAtUtc;
    e.userName = sig.signerUserName;
    e.action = QStringLiteral("sign");
    e.tableName = kTable;
    e.recordId = sig.id;
    e.subjectCode = sig.subjectCode;
    e.newValue = QString::fromUtf8(QJsonDocument(signedWhat).toJson(QJsonDocument::Compact));
    AuditLog audit(db, m_store.clock());
    QString error;
    if (!audit.append(e, &error))
        return failure(Status::DatabaseError, error);
    if (!t.commit())
        return failure(Status::DatabaseError, QStringLiteral("cannot commit: ") + t.errorString());

    SignResult r;
    r.signature = sig;
    return r;
}

QList<rules::ApprovalBlocker> SignatureStore::approvalBlockers(const Casebook &casebook,
                                                               const QString &scope,
                                                               const QString &visit) const
{
    if (scope == scopeVisit())
        return rules::visitApprovalBlockers(m_store.protocol(), casebook, visit);
    return rules::approvalBlockers(m_store.protocol(), casebook,
                                   m_store.clock()().toLocalTime().date());
}

std::optional<Signature> SignatureStore::casebookSignature(const QList<Signature> &signatures)
{
    std::optional<Signature> approved, reviewed;
    for (const Signature &s : signatures) {
        if (s.scope != scopeCasebook())
            continue;
        if (s.meaning == meaningApproved())
            approved = s;
        else
            reviewed = s;
    }
    return approved ? approved : reviewed;
}

SignResult SignatureStore::loadCasebook(const Session &s, qint64 subjectId,
                                        std::optional<Casebook> *out) const
{
    QString error;
    *out = m_store.loadCasebook(s, subjectId, &error);
    if (*out)
        return {};
    const bool noSubject = error.startsWith(QLatin1String("no subject"));
    return failure(noSubject ? SignResult::Status::Invalid : SignResult::Status::DatabaseError,
                   error);
}

SignResult SignatureStore::refuseIncomplete(const Casebook &casebook, const QString &scope,
                                            const QString &visit) const
{
    SignResult r;
    r.blockers = approvalBlockers(casebook, scope, visit);
    if (r.blockers.isEmpty())
        return r;
    r.status = SignResult::Status::NotComplete;
    QStringList codes;
    for (const rules::ApprovalBlocker &b : std::as_const(r.blockers))
        codes << b.code();
    codes.removeDuplicates();
    r.message = QStringLiteral("%1 cannot be approved: %2")
                    .arg(casebook.subject.code, codes.join(QStringLiteral(", ")));
    return r;
}

std::optional<qint64> SignatureStore::firstForgedSignature(const Database &db, QString *problem)
{
    const auto found = [problem](qint64 id, const QString &what) -> std::optional<qint64> {
        if (problem)
            *problem = what;
        return id;
    };
    // A file of a schema before e-signatures has none to check (verify opens read-only).
    if (!db.connection().tables().contains(kTable))
        return std::nullopt;
    // The audit rows of every signing, by signature id (there are few: one per signature).
    QMap<qint64, AuditEntry> signings;
    AuditFilter f;
    f.action = QStringLiteral("sign");
    f.tableName = kTable;
    QString error;
    const bool read = AuditLog(db).forEachEntry(
        f,
        [&signings](const AuditEntry &e) {
            signings.insert(e.recordId, e);
            return true;
        },
        &error);
    if (!read)
        return found(0, error);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY s.id")))
        return found(0, Database::describe(q.lastError()));
    const RowReader r(q);
    while (q.next()) {
        const Signature s = readSignature(r);
        const auto it = signings.constFind(s.id);
        if (it == signings.constEnd())
            return found(s.id, QStringLiteral("signature %1 has no audit row").arg(s.id));
        const AuditEntry &e = *it;
        const QJsonObject o = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        const QList<QPair<const char *, bool>> checks{
            {"signer", e.userName == s.signerUserName},
            {"time", AuditLog::formatTime(e.atUtc) == AuditLog::formatTime(s.signedAtUtc)},
            {"subject", e.subjectCode == s.subjectCode},
            {"scope", o.value(QStringLiteral("scope")).toString() == s.scope},
            {"visit", o.value(QStringLiteral("visit")).toString() == s.visit},
            {"meaning", o.value(QStringLiteral("meaning")).toString() == s.meaning},
            {"printed name", o.value(QStringLiteral("printed_name")).toString() == s.printedName},
            {"role", o.value(QStringLiteral("role")).toString() == s.signerRole},
            {"content hash", o.value(QStringLiteral("content_hash")).toString() == s.contentHash},
        };
        for (const auto &[what, same] : checks) {
            if (!same)
                return found(s.id, QStringLiteral("signature %1: the %2 differs from audit row %3")
                                       .arg(s.id)
                                       .arg(QLatin1String(what))
                                       .arg(e.seq));
        }
        signings.remove(s.id);
    }
    if (!signings.isEmpty())
        return found(signings.firstKey(),
                     QStringLiteral("signature %1 was deleted (audit row %2 signed it)")
                         .arg(signings.firstKey())
                         .arg(signings.first().seq));
    return std::nullopt;
}

bool SignatureStore::readSignatures(qint64 subjectId, QList<Signature> *out,
                                    QString *error) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE s.subject_id = ? ORDER BY s.id"));
    q.addBindValue(subjectId);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next())
        out->append(readSignature(r));
    return true;
}

Signature::Status SignatureStore::status(const Signature &signature, const Casebook &casebook) const
{
    const QString now =
        contentHash(m_store.protocol(), casebook, signature.scope, signature.visit);
    return now == signature.contentHash ? Signature::Status::Valid : Signature::Status::Broken;
}

std::optional<Signature::Status> SignatureStore::status(const Session &s,
                                                        const Signature &signature,
                                                        QString *error) const
{
    const std::optional<Casebook> book = m_store.loadCasebook(s, signature.subjectId, error);
    if (!book)
        return std::nullopt;
    return status(signature, *book);
}

std::optional<QList<Signature>> SignatureStore::signatures(const Session &s, qint64 subjectId,
                                                           QString *error) const
{
    const std::optional<Casebook> book = m_store.loadCasebook(s, subjectId, error);
    if (!book)
        return std::nullopt;
    return signatures(*book, error);
}

std::optional<QList<Signature>> SignatureStore::signatures(const Casebook &casebook,
                                                           QString *error) const
{
    QList<Signature> list;
    if (!readSignatures(casebook.subject.id, &list, error))
        return std::nullopt;
    for (int i = 0; i < list.size(); ++i) {
        list[i].status = status(list[i], casebook);
        for (int j = i + 1; j < list.size() && !list[i].superseded; ++j)
            list[i].superseded = sameSeries(list[i], list[j]);
    }
    return list;
}

std::optional<QList<Signature>> SignatureStore::brokenSignatures(const Session &s,
                                                                 qint64 subjectId,
                                                                 QString *error) const
{
    QList<qint64> subjects;
    if (subjectId != 0) {
        subjects << subjectId;
    } else {
        QSqlQuery q(m_store.database().connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT subjects.id, subjects.code FROM signatures"
                                   " JOIN subjects ON subjects.id = signatures.subject_id"
                                   " ORDER BY subjects.code"))) {
            if (error)
                *error = Database::describe(q.lastError());
            return std::nullopt;
        }
        while (q.next())
            subjects << q.value(0).toLongLong();
    }
    QList<Signature> broken;
    for (qint64 id : std::as_const(subjects)) {
        const std::optional<QList<Signature>> list = signatures(s, id, error);
        if (!list)
            return std::nullopt;
        for (const Signature &sig : *list) {
            if (sig.needsResigning())
                broken << sig;
        }
    }
    return broken;
}

}  // namespace trialcrf
