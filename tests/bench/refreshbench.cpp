// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench-refresh: live refresh between two workstations. Workstation A saves a new
// subject; the time is taken from A's commit to B's subject list model re-read with it, B
// woken by its StudyWatcher (a server's LISTEN/NOTIFY, a file's PRAGMA data_version poll).
// The reference in the same run: B's list re-read by hand (F5) at the same size. On a server
// started for the run (scripts/pg-test-server in a temporary folder, stopped at the end) and
// on a study file. Exit code 0 when the server's median is within the goal.
#include "itemmodels/subjectlistmodel.h"
#include "protocol/protocol.h"
#include "records/subject.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/studywatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace trialcrf;

namespace {

constexpr double kGoalMedianMs = 200;

struct Figures {
    QList<double> latencyMs;  ///< commit on A → B's list re-read
    QList<double> manualMs;   ///< B's list re-read by hand
    int missed = 0;           ///< saves B never heard of within 5 s
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, int(p * (v.size() - 1) + 0.5)));
}

Session benchNurse()
{
    Session s;
    s.userId = 1;
    s.userName = QStringLiteral("nurse.bench");
    s.role = Role::Nurse;
    return s;
}

void rereadList(SubjectListModel &list)
{
    list.reload();
    if (list.canFetchMore({}))
        list.fetchMore({});
}

bool measure(const StudyLocation &study, int saves, Figures *f, QTextStream &out)
{
    Database a, b;
    if (!a.open(study) || !b.open(study, Database::OpenMode::ExistingOnly)) {
        out << "  cannot open " << study.displayName() << ": " << a.errorString()
            << b.errorString() << '\n';
        return false;
    }
    StudyStore storeA(a, Protocol::builtIn());
    StudyStore storeB(b, Protocol::builtIn());
    SubjectListModel list(storeB);
    list.setSession(benchNurse());
    rereadList(list);
    StudyWatcher watcher(b);
    QString error;
    if (!watcher.start(&error)) {
        out << "  watcher: " << error << '\n';
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QString expected;
    qint64 refreshedAt = 0;
    QObject::connect(&watcher, &StudyWatcher::changed, &loop, [&](const StudyChanges &c) {
        if (!c.subjectCodes.contains(expected))
            return;
        rereadList(list);  // what LiveRefresh has the list view do
        refreshedAt = clock.nsecsElapsed();
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int i = 0; i < saves; ++i) {
        // A pause of random length first, the event loop running: saves do not come in step
        // with a file's poll timer (which would make every wait a whole period).
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(300)), &loop,
                           &QEventLoop::quit);
        loop.exec();
        Subject s;
        s.code = QStringLiteral("R%1").arg(i, 5, 10, QLatin1Char('0'));
        s.initials = QStringLiteral("ABC");
        s.sex = QStringLiteral("F");
        s.birthDate = QDate(1980, 1, 1);
        s.week0Date = QDate(2026, 1, 5);
        expected = s.code;
        refreshedAt = 0;
        if (!storeA.saveSubject(benchNurse(), s).ok()) {
            out << "  save failed\n";
            return false;
        }
        const qint64 committedAt = clock.nsecsElapsed();
        guard.start(5000);
        loop.exec();
        guard.stop();
        if (refreshedAt == 0) {
            ++f->missed;
            continue;
        }
        f->latencyMs << (refreshedAt - committedAt) / 1e6;
        // The reference: the same list re-read by hand, at the same size.
        const qint64 before = clock.nsecsElapsed();
        rereadList(list);
        f->manualMs << (clock.nsecsElapsed() - before) / 1e6;
    }
    return true;
}

void report(const QString &what, const Figures &f, QTextStream &out)
{
    const double median = percentile(f.latencyMs, 0.5);
    const double manual = percentile(f.manualMs, 0.5);
    out << what << ": " << f.latencyMs.size() << " saves heard, " << f.missed << " missed\n"
        << "  commit on A → B's list re-read: median " << QString::number(median, 'f', 1)
        << " ms, p95 " << QString::number(percentile(f.latencyMs, 0.95), 'f', 1) << " ms, max "
        << QString::number(percentile(f.latencyMs, 1.0), 'f', 1) << " ms\n"
        << "  reference, B's list re-read by hand: median " << QString::number(manual, 'f', 2)
        << " ms (ratio " << QString::number(manual > 0 ? median / manual : 0, 'f', 1) << ")\n"
        << Qt::flush;
}

QString runScript(const QString &script, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(script, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return {};
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

/// A fresh database `name` on the server at `adminUrl` (its postgres database); the study's
/// location, or nullopt with *error.
std::optional<StudyLocation> createDatabase(const QString &adminUrl, const QString &name,
                                            QString *error)
{
    const std::optional<StudyLocation> admin = StudyLocation::server(adminUrl, error);
    if (!admin)
        return std::nullopt;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(admin->host());
        db.setDatabaseName(admin->databaseName());
        db.setUserName(admin->userName());
        bool ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
        if (!ok) {
            QSqlDatabase::removeDatabase(QStringLiteral("admin"));
            return std::nullopt;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QString url = adminUrl;
    url.replace(QStringLiteral("/postgres?"), QLatin1Char('/') + name + QLatin1Char('?'));
    return StudyLocation::server(url, error);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Live refresh: from a save committed on one connection to the other connection's "
        "subject list re-read, on a throw-away PostgreSQL server and on a study file."));
    parser.addHelpOption();
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Saves per backend."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption script(QStringLiteral("pg-test-server"),
                                    QStringLiteral("The script that starts the server."),
                                    QStringLiteral("PATH"),
                                    QStringLiteral(TRIALCRF_SOURCE_DIR "/scripts/pg-test-server"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("server, file or both (default)."),
                                  QStringLiteral("WHAT"), QStringLiteral("both"));
    parser.addOptions({saves, script, only});
    parser.process(app);
    const int n = parser.value(saves).toInt();
    const QString what = parser.value(only);
    QTextStream out(stdout);
    out << "trialcrf-bench-refresh: " << n << " saves per backend, Qt " << qVersion() << "\n\n"
        << Qt::flush;

    bool met = true;
    if (what != QLatin1String("file")) {
        // A short socket folder of its own, removed at the end with the server.
        const QString folder = QStringLiteral("/tmp/trialcrf-refresh-%1").arg(app.applicationPid());
        QString error;
        const QString url = runScript(parser.value(script), {QStringLiteral("start"), folder},
                                      &error);
        std::optional<StudyLocation> study;
        if (!url.isEmpty())
            study = createDatabase(url, QStringLiteral("refresh_bench"), &error);
        Figures server;
        if (!study || !measure(*study, n, &server, out)) {
            out << "server: could not run: " << error << '\n';
            met = false;
        } else {
            report(QStringLiteral("PostgreSQL over the local socket (LISTEN/NOTIFY)"), server, out);
            const double median = percentile(server.latencyMs, 0.5);
            met = server.missed == 0 && median <= kGoalMedianMs;
            out << "  goal: median ≤ " << kGoalMedianMs << " ms — " << (met ? "met" : "NOT met")
                << "\n\n";
        }
        QString stopError;
        runScript(parser.value(script), {QStringLiteral("stop"), folder}, &stopError);
    }
    if (what != QLatin1String("server")) {
        QTemporaryDir dir;
        Figures file;
        if (measure(StudyLocation::file(dir.filePath(QStringLiteral("refresh.db"))), n, &file,
                    out)) {
            report(QStringLiteral("SQLite study file (PRAGMA data_version every 250 ms)"), file,
                   out);
        }
    }
    return met ? 0 : 1;
}
