// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli verify --db FILE [--anchor FILE] [--anchor-out FILE]: integrity, foreign keys,
// the audit hash chain, the data replayed from the trail, and the external anchor.
#include "cli.h"
#include "command.h"

#include "exchange/studylock.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/reconcile.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("verify");
constexpr int kShownValueLength = 120;

QString shown(const QString &value)
{
    if (value.isEmpty())
        return Cli::tr("not recorded");
    QString v = value;
    if (v.size() > kShownValueLength)
        v = v.left(kShownValueLength) + QStringLiteral("…");
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

/// An infusion's vital signs (a JSON array) as a number of readings, or as the text when
/// both sides hold as many.
QString shownVitals(const QString &value, const QString &other)
{
    const auto readings = [](const QString &json) {
        return json.isEmpty() ? 0 : QJsonDocument::fromJson(json.toUtf8()).array().size();
    };
    if (readings(value) == readings(other))
        return shown(value);
    return Cli::tr("%1 readings").arg(readings(value));
}

QString describe(const Discrepancy &d)
{
    const QString subject =
        d.subjectCode.isEmpty() ? QString() : Cli::tr(" (subject %1)").arg(d.subjectCode);
    switch (d.kind) {
    case Discrepancy::Kind::TableMissing:
        return Cli::tr("table %1 is missing (dropped)").arg(d.table);
    case Discrepancy::Kind::NoHistory:
        return Cli::tr("%1 record %2 has no audit history (added behind the app's back)")
            .arg(d.table)
            .arg(d.recordId);
    case Discrepancy::Kind::Missing:
        return Cli::tr("%1 record %2%3 is missing (the audit trail recorded it)")
            .arg(d.table)
            .arg(d.recordId)
            .arg(subject);
    case Discrepancy::Kind::FieldDiffers:
        break;
    }
    return Cli::tr("%1 record %2%3, field %4: stored %5, per the audit trail %6")
        .arg(d.table)
        .arg(d.recordId)
        .arg(subject, d.field,
             d.field == QLatin1String("vital_signs") ? shownVitals(d.stored, d.perTrail)
                                                      : shown(d.stored),
             d.field == QLatin1String("vital_signs") ? shownVitals(d.perTrail, d.stored)
                                                      : shown(d.perTrail));
}

/// The external anchor: written by --anchor-out, read by --anchor.
bool writeAnchorFile(const QString &file, const QString &dbPath, const AuditAnchor &a,
                     QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = out.errorString();
        return false;
    }
    const QString text =
        QStringLiteral("# trialcrf audit anchor of %1, written %2\nrows %3\nhash %4\n")
            .arg(dbPath, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .arg(a.rowCount)
            .arg(a.tailHash);
    out.write(text.toUtf8());
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

std::optional<AuditAnchor> readAnchorFile(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = in.errorString();
        return std::nullopt;
    }
    AuditAnchor a;
    a.rowCount = -1;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("rows ")))
            a.rowCount = line.mid(5).toLongLong();
        else if (line.startsWith(QLatin1String("hash ")))
            a.tailHash = line.mid(5).trimmed();
    }
    if (a.rowCount < 0 || a.tailHash.size() != 64) {
        *error = Cli::tr("not an anchor file written by '%1 verify --anchor-out'")
                     .arg(Cli::programName());
        return std::nullopt;
    }
    return a;
}

/// Whether the (sound) chain still holds the anchored row: nullopt when it does, else why not.
std::optional<QString> anchorMissing(const Database &db, const AuditAnchor &a)
{
    if (a.rowCount == 0)
        return std::nullopt;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(a.rowCount);
    if (!q.exec() || !q.next())
        return Cli::tr("the audit trail no longer holds row %1, the last row when the anchor "
                       "was written").arg(a.rowCount);
    if (q.value(0).toString() != a.tailHash)
        return Cli::tr("audit row %1 is not the row anchored (hash %2): the trail was rewritten")
            .arg(a.rowCount)
            .arg(a.tailHash);
    return std::nullopt;
}

int runVerify(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks the database without changing it: SQLite integrity, foreign keys, "
                "the audit trail's hash chain and its end against the audit anchor (the row "
                "count and last hash written with every audit row), signatures, and every "
                "record, field, account and lock against the value the audit trail gives it. "
                "Exit code 1 names the first problem; each difference is listed."));
    const QCommandLineOption anchorIn(
        QStringLiteral("anchor"),
        Cli::tr("Also check that the audit trail still holds the row an anchor file names."),
        Cli::tr("FILE"));
    const QCommandLineOption anchorOut(
        QStringLiteral("anchor-out"),
        Cli::tr("When everything is sound, write the trail's row count and last hash to FILE, "
                "to keep outside the database."),
        Cli::tr("FILE"));
    Cli::addLocationOptions(parser);
    parser.addOptions({anchorIn, anchorOut});
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand,
                          Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();

    std::optional<AuditAnchor> external;
    if (parser.isSet(anchorIn)) {
        QString error;
        external = readAnchorFile(parser.value(anchorIn), &error);
        if (!external)
            return Cli::fail(err, Cli::tr("cannot read anchor %1: %2")
                                      .arg(parser.value(anchorIn), error));
    }

    // Read-only: whoever investigates (the owner, IT as a superuser) may check the study.
    Database database;
    database.allowSuperuser(true);
    if (!Cli::open(database, *where, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;

    const QStringList problems = database.integrityProblems();
    for (const QString &p : problems)
        out << Cli::tr("integrity: %1").arg(p) << '\n';
    if (!problems.isEmpty())
        return Cli::fail(err, Cli::tr("%1: integrity check failed: %2 (%3 problems)")
                                  .arg(*path, problems.first())
                                  .arg(problems.size()));

    QString problem;
    const std::optional<qint64> broken = AuditLog(database).firstBrokenRow(&problem);
    if (broken) {
        out << Cli::tr("audit chain: broken at row %1: %2").arg(*broken).arg(problem) << '\n';
        return Cli::fail(err, Cli::tr("%1: audit chain broken at row %2: %3")
                                  .arg(*path)
                                  .arg(*broken)
                                  .arg(problem));
    }
    if (external) {
        if (const std::optional<QString> why = anchorMissing(database, *external)) {
            out << Cli::tr("anchor: %1").arg(*why) << '\n';
            return Cli::fail(err, Cli::tr("%1: the audit trail does not match anchor %2: %3")
                                      .arg(*path, parser.value(anchorIn), *why));
        }
    }
    // E-signatures must match the chained audit rows that recorded their signing.
    const std::optional<qint64> forged = SignatureStore::firstForgedSignature(database, &problem);
    if (forged) {
        out << Cli::tr("signatures: %1").arg(problem) << '\n';
        return Cli::fail(err, Cli::tr("%1: signature does not match the audit trail: %2")
                                  .arg(*path, problem));
    }

    // Every record, field, account and lock as the trail leaves it.
    qint64 differences = 0;
    QString first;
    QString error;
    const bool read = Reconciler(database, Protocol::builtIn())
                          .run([&](const Discrepancy &d) {
                              const QString line = describe(d);
                              out << Cli::tr("data: %1").arg(line) << '\n';
                              if (differences++ == 0)
                                  first = line;
                              return true;
                          }, &error);
    if (!read)
        return Cli::fail(err, Cli::tr("%1: the data cannot be compared with the audit trail: %2")
                                  .arg(*path, error));
    // A locked study must still be what its signed lock manifest says (listed before the
    // trail's differences end the check, so a change after the lock is named both ways).
    const StudyStore store(database, Protocol::builtIn());
    QString lockError;
    const QStringList lockProblems = StudyLock::verify(store, &lockError);
    for (const QString &p : lockProblems)
        out << Cli::tr("lock manifest: %1").arg(p) << '\n';
    if (differences > 0)
        return Cli::fail(err, Cli::tr("%1: the data differs from its audit trail: %2 (%3 "
                                      "differences)")
                                  .arg(*path, first)
                                  .arg(differences));

    // Queries and SDV marks too.
    for (const auto check : {&QueryStore::firstForgedQuery, &SdvStore::firstForgedMark}) {
        if (check(database, &problem)) {
            out << Cli::tr("monitoring: %1").arg(problem) << '\n';
            return Cli::fail(err, Cli::tr("%1: a query or SDV mark does not match the audit "
                                          "trail: %2")
                                      .arg(*path, problem));
        }
    }
    if (!lockError.isEmpty())
        return Cli::fail(err, Cli::tr("%1: the lock manifest cannot be checked: %2")
                                  .arg(*path, lockError));
    if (!lockProblems.isEmpty())
        return Cli::fail(err, Cli::tr("%1: the study differs from its lock manifest: %2 (%3 "
                                      "problems)")
                                  .arg(*path, lockProblems.first())
                                  .arg(lockProblems.size()));
    out << Cli::tr("OK: %1 (schema %2%3, %4 subjects): integrity, foreign keys, audit chain and "
                   "data sound.")
               .arg(*path)
               .arg(database.schemaVersion())
               .arg(database.isDemo() ? Cli::tr(", DEMO") : QString())
               .arg(store.subjectCount())
        << '\n';
    QString manifestError;
    const std::optional<QList<LockManifest>> manifests =
        LockManifestStore::manifests(database, &manifestError);
    if (manifests && !manifests->isEmpty()) {
        const LockManifest &m = manifests->last();
        out << Cli::tr("lock manifest %1: signed by %2 (%3) at %4; records per table and export "
                       "SHA-256 %5 as at lock.")
                   .arg(m.id)
                   .arg(m.printedName, m.signerUserName,
                        AuditLog::formatTime(m.lockedAtUtc), m.exportSha256)
            << '\n';
    }
    // Kept outside the file (a log, a printout, --anchor-out), this shows later whether the
    // trail's end and its anchor were both rewritten.
    if (const std::optional<AuditAnchor> anchor = AuditLog(database).anchor()) {
        out << Cli::tr("audit trail: %1 rows, last hash %2").arg(anchor->rowCount).arg(anchor->tailHash)
            << '\n';
        if (parser.isSet(anchorOut)) {
            if (!writeAnchorFile(parser.value(anchorOut), *path, *anchor, &error))
                return Cli::fail(err, Cli::tr("cannot write anchor %1: %2")
                                          .arg(parser.value(anchorOut), error));
            out << Cli::tr("anchor written to %1; check it later with '%2 verify --db %3 "
                           "--anchor %1'")
                       .arg(parser.value(anchorOut), Cli::programName(), *path)
                << '\n';
        }
    }
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("verify",
                     QT_TRANSLATE_NOOP("Cli", "Check integrity, foreign keys, the audit chain and "
                                              "the data against it; exit 1 if broken."),
                     runVerify);

}  // namespace trialcrf::cli
