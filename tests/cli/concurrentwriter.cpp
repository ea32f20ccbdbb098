// SPDX-License-Identifier: Apache-2.0
// trialcrf-test-concurrent-writer LOCATION USER INDEX SECONDS SHARED_CODE: one of several
// workstations saving into one study at once (tst_concurrent_writers). LOCATION is a study
// file or a postgresql:// URL (its password from TRIALCRF_DB_PASSWORD); USER logs in with
// TRIALCRF_PASSWORD. For SECONDS it saves, through the model's normal save path:
//   - a new subject coded P<INDEX>-<n>, then its consent (a page save of that subject);
//   - an edit of the subject SHARED_CODE, which every writer fights over: it reads the
//     subject, waits a moment, and saves new initials with the row version it read, so stale
//     saves really happen and must be refused.
// After each save whose commit succeeded it prints one tab-separated line
//   ack subject ID VERSION CODE INITIALS
//   ack consent ID VERSION SUBJECT_ID OBTAINED_BY
//   ack shared ID VERSION INITIALS
// and for each refusal "stale shared ID VERSION_READ" or "busy WHAT MESSAGE" (the writer lock
// was not free in time). Anything else is "error WHAT MESSAGE" and ends the run with exit 1.
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace trialcrf;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

/// Four capital letters no other writer's save uses: the writer's own letter, then n in
/// base 26.
QString initialsFor(int index, int n)
{
    QString s(1, QLatin1Char(char('A' + index % 26)));
    for (int i = 0; i < 3; ++i) {
        s += QLatin1Char(char('A' + n % 26));
        n /= 26;
    }
    return s;
}

bool isBusy(const SaveResult &r)
{
    return r.status == SaveResult::Status::DatabaseError
           && (r.message.contains(QLatin1String("locked"))
               || r.message.contains(QLatin1String("lock timeout")));
}

/// Prints the refusal; false when it is neither busy nor (for the shared record) stale.
bool refused(const QString &what, const SaveResult &r)
{
    if (isBusy(r)) {
        out << "busy\t" << what << '\t' << r.message << Qt::endl;
        return true;
    }
    QString fields;
    for (const FieldError &e : r.errors)
        fields += QLatin1Char(' ') + e.field + QLatin1Char(':') + e.text();
    out << "error\t" << what << '\t' << int(r.status) << ' ' << r.message << fields << Qt::endl;
    return false;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        err << "usage: trialcrf-test-concurrent-writer LOCATION USER INDEX SECONDS SHARED_CODE"
            << Qt::endl;
        return 2;
    }
    StudyLocation where = StudyLocation::file(args.at(1));
    if (StudyLocation::looksLikeServer(args.at(1))) {
        QString error;
        const std::optional<StudyLocation> server = StudyLocation::server(args.at(1), &error);
        if (!server) {
            err << error << Qt::endl;
            return 2;
        }
        where = *server;
        where.setPassword(qEnvironmentVariable("TRIALCRF_DB_PASSWORD"));
    }
    const int index = args.at(3).toInt();
    const int seconds = args.at(4).toInt();
    const QString sharedCode = args.at(5);

    Database db;
    if (!db.open(where, Database::OpenMode::ExistingOnly)) {
        err << "cannot open: " << db.errorString() << Qt::endl;
        return 1;
    }
    UserStore users(db);
    Session session;
    if (users.login(args.at(2), qEnvironmentVariable("TRIALCRF_PASSWORD"), &session)
        != UserStore::LoginResult::Ok) {
        err << "cannot log in " << args.at(2) << Qt::endl;
        return 1;
    }
    StudyStore store(db, Protocol::builtIn());
    const std::optional<qint64> sharedId = store.subjectIdByCode(sharedCode);
    if (!sharedId) {
        err << "no subject " << sharedCode << Qt::endl;
        return 1;
    }
    out << "ready" << Qt::endl;

    const QDate today = QDate::currentDate();
    QDeadlineTimer deadline(seconds * 1000);
    for (int n = 1; !deadline.hasExpired(); ++n) {
        // A new subject and its consent page.
        Subject s;
        s.code = QStringLiteral("P%1-%2").arg(index).arg(n);
        s.initials = initialsFor(index, n);
        s.sex = n % 2 ? QStringLiteral("M") : QStringLiteral("F");
        s.birthDate = QDate(1970, 1, 1).addDays(index * 1000 + n);
        s.week0Date = today.addDays(14);
        SaveResult r = store.saveSubject(session, s);
        if (r.ok()) {
            out << "ack\tsubject\t" << s.id << '\t' << s.version << '\t' << s.code << '\t'
                << s.initials << Qt::endl;
            Consent c;
            c.subjectId = s.id;
            c.consentVersion = QStringLiteral("2.1");
            c.consentDate = today;
            c.consentTime = QTime(10, 30);
            c.subjectSigned = true;
            c.obtainedBy = QStringLiteral("Writer %1 #%2").arg(index).arg(n);
            r = store.saveConsent(session, c);
            if (r.ok())
                out << "ack\tconsent\t" << c.id << '\t' << c.version << '\t' << c.subjectId
                    << '\t' << c.obtainedBy << Qt::endl;
            else if (!refused(QStringLiteral("consent"), r))
                return 1;
        } else if (!refused(QStringLiteral("subject"), r)) {
            return 1;
        }

        // The record every writer edits, saved with the version this writer read.
        QString error;
        const std::optional<Casebook> book = store.loadCasebook(session, *sharedId, &error);
        if (!book) {
            out << "error\tread\t" << error << Qt::endl;
            return 1;
        }
        Subject shared = book->subject;
        const int versionRead = shared.version;
        shared.initials = initialsFor(index, 20000 + n);
        QThread::msleep(QRandomGenerator::global()->bounded(1, 4));
        r = store.saveSubject(session, shared, QStringLiteral("concurrent edit %1").arg(index));
        if (r.ok())
            out << "ack\tshared\t" << shared.id << '\t' << shared.version << '\t'
                << shared.initials << Qt::endl;
        else if (r.status == SaveResult::Status::Stale)
            out << "stale\tshared\t" << shared.id << '\t' << versionRead << Qt::endl;
        else if (!refused(QStringLiteral("shared"), r))
            return 1;
    }
    out << "done" << Qt::endl;
    return 0;
}
