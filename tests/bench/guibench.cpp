// SPDX-License-Identifier: Apache-2.0
// gui_bench: how fast the app starts and switches subjects on a 100,000-subject study.
//
//   gui_bench [--db DEMO.db | --server URL] [--subjects N] [--runs R] [--switches S]
//             [--switch-only]
//
// (a) Start-up: this program starts itself R times as the app (open the database, build the
//     main window with the lazy subject list, show it) and R times as an empty QMainWindow,
//     alternating, and times each child from its start to its first paint. The ratio of the
//     medians is the result (goal ≤ 1.3). The login is left out of both: its argon2id check
//     is slow on purpose and waits for a person anyway; it is timed on its own. A third
//     child, an empty QMainWindow with one line of text in its status bar, shows what any
//     window with text pays first (loading the font database), which the empty one never does.
// (b) Switching: in this process, the main window on the same study; selecting S subjects
//     one after another in the list is timed per switch, from the selection to the end of
//     the repaint: of the casebook pane alone, then of everything the switch changed (list
//     rows, casebook, the chart and signature docks): goal ≤ 16 ms. Jumping to a code far
//     down the list by search is timed too.
// Without --db it builds the demo with trialcrf-cli (slow at 100,000 subjects: pass --db to
// reuse one). --server URL runs (b) on a study on a PostgreSQL server instead (pg_bench
// prepares one; --switch-only leaves out (a)). QT_QPA_PLATFORM decides the platform
// (offscreen when unset).
#include "casebookview.h"
#include "itemmodels/subjectlistmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "securitycontroller.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "subjectlistview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace trialcrf;

namespace {

constexpr double kStartGoalRatio = 1.3;
constexpr double kSwitchGoalMs = 16.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype i = qMin(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(i);
}

QString ms(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" ms");
}

/// Tells when a widget has been painted for the first time.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(QWidget *watched, std::function<void()> then)
        : m_then(std::move(then))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Report once this paint (and the flush of the window) has finished.
            QTimer::singleShot(0, this, m_then);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_seen = false;
};

/// A session for a demo account without the password check (see the header comment). A
/// study imported onto a server for the bench has no accounts: a nurse's session then.
std::optional<Session> sessionOf(UserStore &users, const QString &userName, bool server = false)
{
    const std::optional<UserAccount> account = users.user(userName);
    if (!account)
        return server ? std::optional<Session>(Session{0, userName, Role::Nurse}) : std::nullopt;
    return Session{account->id, account->userName, account->role};
}

/// Opens a study file, or with a postgresql:// URL a server database.
bool openStudy(Database &db, const QString &pathOrUrl)
{
    if (!StudyLocation::looksLikeServer(pathOrUrl))
        return db.open(pathOrUrl, Database::OpenMode::ExistingOnly);
    QString error;
    const std::optional<StudyLocation> server = StudyLocation::server(pathOrUrl, &error);
    return server && db.open(*server, Database::OpenMode::ExistingOnly);
}

// ---- the children of (a) -----------------------------------------------------------------

int childEmptyWindow(QApplication &app)
{
    QMainWindow window;
    window.resize(1440, 900);
    FirstPaint painted(&window, [&app] {
        std::printf("shown\n");
        std::fflush(stdout);
        app.quit();
    });
    window.show();
    return app.exec();
}

int childTextWindow(QApplication &app)
{
    QMainWindow window;
    window.resize(1440, 900);
    window.statusBar()->showMessage(QStringLiteral("trialcrf"));
    FirstPaint painted(&window, [&app] {
        std::printf("shown\n");
        std::fflush(stdout);
        app.quit();
    });
    window.show();
    return app.exec();
}

int childMainWindow(QApplication &app, const QString &path)
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    Database db;
    if (!db.open(path, Database::OpenMode::ExistingOnly)) {
        std::fprintf(stderr, "gui_bench: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    StudyStore store(db, Protocol::builtIn());
    UserStore users(db);
    const std::optional<Session> session = sessionOf(users, QStringLiteral("nurse"));
    if (!session)
        return 1;
    // As StartupController does after the login: the window, then the security features.
    MainWindow window(store, language);
    window.setSession(*session);
    SecurityController security(store, users, language);
    security.attach(&window, *session);
    // Shown = the subject list's first page painted.
    FirstPaint painted(window.subjectList()->table()->viewport(), [&app] {
        std::printf("shown\n");
        std::fflush(stdout);
        app.quit();
    });
    window.show();
    return app.exec();
}

/// Starts this program as a child in `mode` and returns the milliseconds from its start to
/// its "shown" line; negative on failure.
double timeChild(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (child.canReadLine() && child.readLine().startsWith("shown")) {
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            child.waitForFinished(-1);
            return elapsed;
        }
        child.waitForReadyRead(10000);
    }
    return -1;
}

// ---- (a) start-up ------------------------------------------------------------------------

bool startupBench(const QString &path, int runs)
{
    out() << "(a) start to main window shown (" << runs << " runs each, alternating)" << Qt::endl;
    QList<double> empty, text, main;
    const QStringList emptyArgs = {QStringLiteral("--child"), QStringLiteral("empty")};
    const QStringList textArgs = {QStringLiteral("--child"), QStringLiteral("text")};
    const QStringList mainArgs = {QStringLiteral("--child"), QStringLiteral("main"),
                                  QStringLiteral("--db"), path};
    // One run of each first, not counted: the page cache holds the libraries and the file.
    timeChild(emptyArgs);
    timeChild(textArgs);
    timeChild(mainArgs);
    for (int i = 0; i < runs; ++i) {
        const double e = timeChild(emptyArgs);
        const double t = timeChild(textArgs);
        const double m = timeChild(mainArgs);
        if (e < 0 || t < 0 || m < 0) {
            out() << "  a child failed" << Qt::endl;
            return false;
        }
        empty << e;
        text << t;
        main << m;
    }
    const auto line = [](const char *what, const QList<double> &v) {
        out() << "  " << what << ": median " << ms(median(v)) << ", min "
              << ms(*std::min_element(v.cbegin(), v.cend())) << '\n';
    };
    line("empty QMainWindow", empty);
    line("QMainWindow with one line of text", text);
    line("trialcrf main window", main);
    const double ratio = median(main) / median(empty);
    out() << "  ratio to the empty window " << QString::number(ratio, 'f', 2) << " (goal <= "
          << kStartGoalRatio << "): " << (ratio <= kStartGoalRatio ? "met" : "NOT met") << '\n'
          << "  ratio to the window with text "
          << QString::number(median(main) / median(text), 'f', 2) << Qt::endl;
    return ratio <= kStartGoalRatio;
}

double loginTime(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ExistingOnly))
        return -1;
    UserStore users(db);
    Session s;
    QElapsedTimer t;
    t.start();
    const UserStore::LoginResult r =
        users.login(QStringLiteral("nurse"), QStringLiteral("demo-password-1"), &s);
    const double elapsed = double(t.nsecsElapsed()) / 1e6;
    if (r == UserStore::LoginResult::Ok)
        users.logout(s);
    return r == UserStore::LoginResult::Ok ? elapsed : -1;
}

// ---- (b) switching -----------------------------------------------------------------------

bool switchBench(const QString &path, int switches)
{
    out() << "(b) switching subject and showing the casebook (" << switches << " switches)"
          << Qt::endl;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    Database db;
    if (!openStudy(db, path))
        return false;
    StudyStore store(db, Protocol::builtIn());
    UserStore users(db);
    const std::optional<Session> session =
        sessionOf(users, QStringLiteral("nurse"), db.isServer());
    if (!session)
        return false;
    MainWindow window(store, language);
    window.setSession(*session);
    SecurityController security(store, users, language);
    security.attach(&window, *session);
    window.show();
    QCoreApplication::processEvents();

    SubjectListModel *model = window.subjectList()->model();
    QTableView *table = window.subjectList()->table();
    CasebookView *casebook = window.casebook();
    // A few pages, as if the nurse had scrolled: switches then cover rows of several pages.
    for (int page = 0; page < 4 && model->canFetchMore({}); ++page)
        model->fetchMore({});
    const int rows = model->rowCount();
    if (rows < 2)
        return false;

    // Two passes over the same switches: the casebook pane alone (list selection, casebook
    // loaded and repainted), then the whole window (whatever the switch made dirty painted:
    // list rows, casebook, and the docks that follow the subject: charts, signatures).
    QList<double> times, paneTimes;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < switches; ++i) {
            // Neighbours (arrow keys) and long jumps alternate.
            const int row = i % 2 ? (i * 7919) % rows : (i / 2) % rows;
            QElapsedTimer t;
            t.start();
            table->setCurrentIndex(model->index(row, 0));
            if (pass == 0)
                casebook->repaint();
            else
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            (pass == 0 ? paneTimes : times) << double(t.nsecsElapsed()) / 1e6;
            if (casebook->subjectId() != model->subjectIdAt(row))
                return false;
        }
        QCoreApplication::processEvents();  // settle before the next pass
    }

    // Jumps by code to subjects far down the list (search, first page, select, casebook).
    QList<double> jumps;
    const int total = store.subjectCount();
    for (int i = 1; i <= 20; ++i) {
        const QList<SubjectSummary> one = store.subjects(int(qint64(total) * i / 21), 1);
        if (one.isEmpty())
            break;
        QElapsedTimer t;
        t.start();
        if (!window.openSubject(one.first().code))
            return false;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        jumps << double(t.nsecsElapsed()) / 1e6;
    }
    const double p95 = percentile(times, 95);
    out() << "  casebook pane: median " << ms(median(paneTimes)) << ", 95th percentile "
          << ms(percentile(paneTimes, 95)) << ", max "
          << ms(*std::max_element(paneTimes.cbegin(), paneTimes.cend())) << '\n'
          << "  whole window: median " << ms(median(times)) << ", 95th percentile "
          << ms(p95) << ", max " << ms(*std::max_element(times.cbegin(), times.cend()))
          << " (goal <= " << kSwitchGoalMs << " ms at the 95th percentile): "
          << (p95 <= kSwitchGoalMs ? "met" : "NOT met") << '\n';
    if (!jumps.isEmpty())
        out() << "  jump by code (search + select + casebook): median " << ms(median(jumps))
              << ", max " << ms(*std::max_element(jumps.cbegin(), jumps.cend())) << '\n';
    out().flush();
    return p95 <= kSwitchGoalMs;
}

}  // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("trialcrf-bench"));
    QApplication::setApplicationName(QStringLiteral("gui_bench"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Demo database to use."),
                                QStringLiteral("FILE"));
    const QCommandLineOption subjects(QStringLiteral("subjects"),
                                      QStringLiteral("Subjects of the demo to build."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Start-up runs."),
                                  QStringLiteral("R"), QStringLiteral("15"));
    const QCommandLineOption switches(QStringLiteral("switches"),
                                      QStringLiteral("Subject switches."), QStringLiteral("S"),
                                      QStringLiteral("300"));
    const QCommandLineOption child(QStringLiteral("child"), QStringLiteral("(internal)"),
                                   QStringLiteral("MODE"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("A study on a PostgreSQL server for (b)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption switchOnly(QStringLiteral("switch-only"),
                                        QStringLiteral("Only (b), the switching."));
    parser.addOptions({db, subjects, runs, switches, child, server, switchOnly});
    parser.addHelpOption();
    parser.process(app);

    if (parser.value(child) == QLatin1String("empty"))
        return childEmptyWindow(app);
    if (parser.value(child) == QLatin1String("text"))
        return childTextWindow(app);
    if (parser.value(child) == QLatin1String("main"))
        return childMainWindow(app, parser.value(db));

    QTemporaryDir dir;
    QString path = parser.isSet(server) ? parser.value(server) : parser.value(db);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.db"));
        out() << "building the demo: trialcrf-cli demo --subjects " << parser.value(subjects)
              << Qt::endl;
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedChannels);
        demo.start(QStringLiteral(TRIALCRF_CLI),
                   {QStringLiteral("demo"), QStringLiteral("--db"), path,
                    QStringLiteral("--subjects"), parser.value(subjects)});
        demo.waitForFinished(-1);
        if (demo.exitCode() != 0)
            return 1;
    }
    {
        Database probe;
        if (!openStudy(probe, path)) {
            out() << "cannot open " << path << ": " << probe.errorString() << Qt::endl;
            return 1;
        }
        out() << "study: " << path << ", " << StudyStore(probe, Protocol::builtIn()).subjectCount()
              << " subjects; platform " << QGuiApplication::platformName() << Qt::endl;
    }
    if (parser.isSet(switchOnly))
        return switchBench(path, parser.value(switches).toInt()) ? 0 : 1;
    const bool started = startupBench(path, parser.value(runs).toInt());
    const double login = loginTime(path);
    if (login >= 0)
        out() << "  (not counted: the login's password check took " << ms(login) << ")"
              << Qt::endl;
    const bool switched = switchBench(path, parser.value(switches).toInt());
    return started && switched ? 0 : 1;
}
