// SPDX-License-Identifier: Apache-2.0
// trialcrf: the desktop app. Opens the study (--db FILE, --server URL, else the one used last,
// else the connection dialog asks), asks for a login, and shows the subject list and casebooks.
#include "languagemanager.h"
#include "startupcontroller.h"
#include "storage/studylocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

int main(int argc, char *argv[])
{
    // --version answers without a display (over ssh, in scripts), before Qt looks for one.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("trialcrf %s\n", TRIALCRF_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("trialcrf"));
    QApplication::setApplicationName(QStringLiteral("trialcrf"));
    QApplication::setApplicationDisplayName(QStringLiteral("trialcrf"));
    QApplication::setApplicationVersion(QStringLiteral(TRIALCRF_VERSION));
    // The installed desktop entry (org.trialcrf.TrialCRF.desktop) and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.trialcrf.TrialCRF"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trialcrf-256.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Electronic case report forms for NCT03745417."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open the study database FILE."),
                                QStringLiteral("FILE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "Open the study database on a PostgreSQL server: "
                                        "postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. The "
                                        "password is asked for, or read from "
                                        "TRIALCRF_DB_PASSWORD or a PostgreSQL password file."),
        QStringLiteral("URL"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Start in this language: en or zh_CN."),
        QStringLiteral("LANG"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QApplication::translate("main", "On a DEMO database, log in as NAME with the password "
                                        "from TRIALCRF_PASSWORD (screenshots and tests)."),
        QStringLiteral("NAME"));
    const QCommandLineOption subject(
        QStringLiteral("subject"),
        QApplication::translate("main", "Show the casebook of the subject CODE first."),
        QStringLiteral("CODE"));
    parser.addOptions({db, server, lang, user, subject});
    parser.process(app);
    if (parser.isSet(db) && parser.isSet(server)) {
        std::fprintf(stderr, "trialcrf: %s\n",
                     qPrintable(QApplication::translate("main", "give --db FILE or --server URL, "
                                                                "not both")));
        return 2;
    }
    QString serverError;
    if (parser.isSet(server) && !trialcrf::StudyLocation::server(parser.value(server), &serverError)) {
        std::fprintf(stderr, "trialcrf: --server: %s\n", qPrintable(serverError));
        return 2;
    }

    trialcrf::LanguageManager language;
    // A language given on the command line is for this run only; the menu choice persists.
    const bool fromCommandLine = parser.isSet(lang);
    language.setLanguage(language.startupLanguage(parser.value(lang)), !fromCommandLine);

    trialcrf::StartupOptions options;
    options.databasePath = parser.value(db);
    options.serverUrl = parser.value(server);
    options.autoLoginUser = parser.value(user);
    options.autoLoginPassword = qEnvironmentVariable("TRIALCRF_PASSWORD");
    options.subjectCode = parser.value(subject);

    trialcrf::StartupController startup(language);
    if (!startup.start(options))
        return 1;
    return app.exec();
}
