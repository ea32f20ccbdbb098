// SPDX-License-Identifier: Apache-2.0
// trialcrf-security-shots: shows one security screen on a DEMO database, for
// /work/shared/tools/shot to take docs/screenshots/{lockscreen,signature,audit,users}-*.png.
//   trialcrf-security-shots --db DEMO.db --scene lock|signature|signatures|audit|users
//                           [--lang en|zh_CN]
// It writes to the database (signs, corrects a value): run it on a copy.
#include "auditviewer.h"
#include "casebookview.h"
#include "crfform.h"
#include "demo/demogenerator.h"
#include "idlelock.h"
#include "languagemanager.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "securityactions.h"
#include "securitycontroller.h"
#include "signaturedialog.h"
#include "signaturespanel.h"
#include "storage/database.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "subjectlistview.h"
#include "useradmindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLineEdit>
#include <QTimer>
#include <cstdio>

using namespace trialcrf;

namespace {

Session logIn(UserStore &users, const QString &name)
{
    Session s;
    if (users.login(name, DemoGenerator::password(), &s) != UserStore::LoginResult::Ok)
        std::fprintf(stderr, "cannot log in as %s\n", qPrintable(name));
    return s;
}

/// The first subject with an infusion at week 0 and week 2.
qint64 subjectWithInfusions(StudyStore &store, const Session &s)
{
    for (const SubjectSummary &row : store.subjects(0, 200)) {
        const std::optional<Casebook> book = store.loadCasebook(s, row.id);
        if (book && book->infusion(QStringLiteral("week0")) && book->infusion(QStringLiteral("week2")))
            return row.id;
    }
    return 0;
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trialcrf"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("DEMO database"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption sceneOption(QStringLiteral("scene"), QStringLiteral("what to show"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or zh_CN"),
                                        QStringLiteral("LANG"), QStringLiteral("en"));
    parser.addOptions({dbOption, sceneOption, langOption});
    parser.process(app);

    LanguageManager language;
    language.setLanguage(parser.value(langOption), false);
    Database db;
    if (!db.open(parser.value(dbOption), Database::OpenMode::ExistingOnly) || !db.isDemo()) {
        std::fprintf(stderr, "needs an existing DEMO database: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    StudyStore store(db, Protocol::builtIn());
    UserStore users(db);
    const QString scene = parser.value(sceneOption);
    const bool physicianScene = scene == QLatin1String("signature")
                                || scene == QLatin1String("signatures");
    const QString who = physicianScene                  ? QStringLiteral("physician")
                        : scene == QLatin1String("lock") ? QStringLiteral("nurse")
                                                         : QStringLiteral("datamanager");
    const Session session = logIn(users, who);

    MainWindow window(store, language);
    window.setSession(session);
    SecurityController security(store, users, language);
    security.attach(&window, session);
    security.idleLock()->setTimeout(0);
    window.show();

    const Session doctor = logIn(users, QStringLiteral("physician"));
    const qint64 subject = subjectWithInfusions(store, doctor);
    const std::optional<Casebook> book = store.loadCasebook(doctor, subject);
    if (!book) {
        std::fprintf(stderr, "the demo has no subject with week 0 and week 2 infusions\n");
        return 1;
    }
    window.subjectList()->showSubject(subject, book->subject.code);
    window.casebook()->showSubject(subject);
    SignatureStore &signatures = *security.signatures();

    std::unique_ptr<QWidget> dialog;
    if (scene == QLatin1String("lock")) {
        // A nurse typed into a page and walked away.
        window.casebook()->openPage(CasebookView::Page::Infusion, QStringLiteral("week4"));
        if (CrfForm *form = window.casebook()->openForm()) {
            if (auto *lot = form->findChild<QLineEdit *>(QStringLiteral("lotEdit")))
                lot->setText(QStringLiteral("UC-2026-0117"));
        }
        QTimer::singleShot(300, &security, &SecurityController::lockNow);
    } else if (scene == QLatin1String("signature")) {
        auto *d = new SignatureDialog(signatures, users, session, *book, store.protocol(), &window);
        d->setScope(SignatureStore::scopeVisit(), QStringLiteral("week2"));
        d->setMeaning(QStringLiteral("approved"));
        dialog.reset(d);
    } else if (scene == QLatin1String("signatures")) {
        // Two signatures; a later correction breaks the visit's.
        signatures.sign(doctor, subject, SignatureStore::scopeVisit(), QStringLiteral("week0"),
                        QStringLiteral("reviewed"), DemoGenerator::password());
        signatures.sign(doctor, subject, SignatureStore::scopeCasebook(), {},
                        QStringLiteral("reviewed"), DemoGenerator::password());
        Infusion i = *book->infusion(QStringLiteral("week0"));
        i.lotNumber += QStringLiteral("-A");
        store.saveInfusion(doctor, i, QStringLiteral("lot number misread"));
        signatures.sign(doctor, subject, SignatureStore::scopeVisit(), QStringLiteral("week2"),
                        QStringLiteral("reviewed"), DemoGenerator::password());
        window.casebook()->reload();
        security.actionsOf(&window)->signaturesPanel()->setSubject(subject);
        security.actionsOf(&window)->showSignatures();
    } else if (scene == QLatin1String("audit")) {
        // A correction with its reason, a signature, and the casebook locked.
        Infusion i = *book->infusion(QStringLiteral("week2"));
        i.lotNumber += QStringLiteral("-B");
        store.saveInfusion(doctor, i, QStringLiteral("lot number misread from the label"));
        signatures.sign(doctor, subject, SignatureStore::scopeCasebook(), {},
                        QStringLiteral("reviewed"), DemoGenerator::password());
        store.setLocked(session, subject, true, QStringLiteral("database lock for interim analysis"));
        auto *viewer = new AuditViewer(db, session, &window);
        viewer->setSubjectFilter(book->subject.code);
        dialog.reset(viewer);
    } else if (scene == QLatin1String("users")) {
        dialog.reset(new UserAdminDialog(users, session, &window));
    } else {
        std::fprintf(stderr, "unknown scene %s\n", qPrintable(scene));
        return 2;
    }
    if (dialog)
        QTimer::singleShot(200, dialog.get(), [&dialog] {
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
        });
    return app.exec();
}
