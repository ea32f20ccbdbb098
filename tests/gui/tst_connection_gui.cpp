// SPDX-License-Identifier: Apache-2.0
// The connection dialog, typed into as a user would (Alt+letters, QTest::keyClicks, Enter):
// - the study file case opens the file and remembers it (never a password);
// - the server case with no server answering (a socket folder with nothing in it) shows the
//   translated "cannot be opened" box, changes nothing, and brings the dialog back with the
//   fields as typed; Escape then cancels;
// - as tst_connection_gui_pg, against the throw-away PostgreSQL server ctest starts: the
//   server case typed into the dialog opens a study on it and remembers its URL, not the
//   password;
// - the dialog retranslates when the language changes.
#include "connectiondialog.h"
#include "databaseopener.h"
#include "languagemanager.h"
#include "modaltypist.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "storage/studystore.h"
#include "storage/database.h"
#include "studychooser.h"
#include "testserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace trialcrf;

namespace {

/// What the main window's status bar says about where the study is.
QString statusOf(Database &db, LanguageManager &language)
{
    StudyStore store(db, Protocol::builtIn());
    MainWindow window(store, language);
    return window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text();
}

QLineEdit *edit(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

}  // namespace

class TestConnectionGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fileCaseOpensTheStudy();
    void serverCaseFailureKeepsTheFields();
    void realServerOpensThroughTheDialog();
    void retranslates();

private:
    LanguageManager m_language;
    QTemporaryDir m_dir;
};

void TestConnectionGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConnectionGui::init()
{
    QSettings().remove(QStringLiteral("study/location"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestConnectionGui::fileCaseOpensTheStudy()
{
    const QString path = m_dir.filePath(QStringLiteral("typed.db"));
    {
        Database made;
        QVERIFY2(made.open(path), qPrintable(made.errorString()));
    }
    QVERIFY(ConnectionDialog::remembered().isEmpty());
    guitest::ModalTypist typist;
    typist.expect("trialcrf::ConnectionDialog", [path](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);  // Study file
        QTRY_VERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("fileChoice"))->isChecked());
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);  // Path
        QLineEdit *field = edit(dialog, "studyPath");
        QCOMPARE(QApplication::focusWidget(), field);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, path);
        QTest::keyClick(field, Qt::Key_Return);
    });
    std::unique_ptr<Database> db = StudyChooser().choose(StudyLocation());
    QVERIFY(typist.finished());
    QVERIFY(db);
    QVERIFY(db->isOpen());
    QCOMPARE(db->path(), path);
    QCOMPARE(ConnectionDialog::remembered().toString(), path);
    QCOMPARE(statusOf(*db, m_language), QStringLiteral("Database: %1").arg(path));
}

void TestConnectionGui::serverCaseFailureKeepsTheFields()
{
    // Nothing listens in this folder: no server answers there.
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const StudyLocation before = StudyLocation::file(m_dir.filePath(QStringLiteral("kept.db")));
    ConnectionDialog::remember(before);

    QString informative;
    QString host, port, database, user, password;
    bool serverChosen = false;
    guitest::ModalTypist typist;
    typist.expect("trialcrf::ConnectionDialog", [&](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);  // Server
        // A radio button's Alt+letter clicks it a moment later (animateClick).
        QTRY_VERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))
                        ->isChecked());
        QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), edit(dialog, "serverHost"));
        QTest::keyClicks(QApplication::focusWidget(), empty.path());
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("study"));
        QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ann"));
        QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
        QLineEdit *secret = edit(dialog, "serverPassword");
        QCOMPARE(QApplication::focusWidget(), secret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("Sesame-1"));
        QTest::keyClick(secret, Qt::Key_Return);
    });
    typist.expect("QMessageBox", [&](QWidget *box) {
        informative = static_cast<QMessageBox *>(box)->informativeText();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    typist.expect("trialcrf::ConnectionDialog", [&](QWidget *dialog) {
        serverChosen = dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))
                           ->isChecked();
        host = edit(dialog, "serverHost")->text();
        port = edit(dialog, "serverPort")->text();
        database = edit(dialog, "serverDatabase")->text();
        user = edit(dialog, "serverUser")->text();
        password = edit(dialog, "serverPassword")->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    std::unique_ptr<Database> db = StudyChooser().choose(before);
    QVERIFY(typist.finished());
    QVERIFY(!db);

    // What failed, in words a user acts on, naming where (never the password).
    const QString where = QStringLiteral("ann@%1/study").arg(empty.path());
    Database probe;
    StudyLocation typed = *StudyLocation::server(
        QStringLiteral("postgresql://ann@/study?host=%1").arg(empty.path()), nullptr);
    QVERIFY(!probe.open(typed, Database::OpenMode::ExistingOnly));
    QCOMPARE(probe.status(), Database::Status::Unreachable);
    QCOMPARE(informative,
             DatabaseOpener::serverFailureMessage(probe.status(), where).toHtmlEscaped());
    QVERIFY(!informative.contains(QLatin1String("Sesame-1")));
    // The dialog came back as typed.
    QVERIFY(serverChosen);
    QCOMPARE(host, empty.path());
    QCOMPARE(port, QString());
    QCOMPARE(database, QStringLiteral("study"));
    QCOMPARE(user, QStringLiteral("ann"));
    QCOMPARE(password, QStringLiteral("Sesame-1"));
    // Nothing changed: the remembered study is still the one before, nothing was written.
    QCOMPARE(ConnectionDialog::remembered().toString(), before.toString());
    QVERIFY(QDir(empty.path()).isEmpty());
}

void TestConnectionGui::realServerOpensThroughTheDialog()
{
    if (!fixtures::onTestServer())
        QSKIP("runs as tst_connection_gui_pg, against the throw-away server ctest starts");
    // A study database on the server, set up by its owner (as `init --server` does).
    const StudyLocation server = fixtures::studyAt(m_dir.filePath(QStringLiteral("server.db")));
    QVERIFY(server.isServer());
    {
        Database owner;
        QVERIFY2(owner.open(server, Database::OpenMode::CreateOrMigrate),
                 qPrintable(owner.errorString()));
    }
    guitest::ModalTypist typist;
    typist.expect("trialcrf::ConnectionDialog", [&server](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))
                        ->isChecked());
        QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), server.host());
        if (server.port() > 0) {
            QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
            QTest::keyClicks(QApplication::focusWidget(), QString::number(server.port()));
        }
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), server.databaseName());
        QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), server.userName());
        // The throw-away server trusts its socket: a typed password is passed and not kept.
        QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sesame-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    std::unique_ptr<Database> db = StudyChooser().choose(StudyLocation());
    QVERIFY(typist.finished());
    QVERIFY(db);
    QVERIFY(db->isServer());
    QCOMPARE(db->location().databaseName(), server.databaseName());
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    const QString remembered = QSettings().value(QStringLiteral("study/location")).toString();
    QCOMPARE(remembered, db->location().toString());
    QVERIFY(!remembered.contains(QLatin1String("Sesame-1")));
    QCOMPARE(statusOf(*db, m_language), QStringLiteral("Server: %1").arg(server.displayName()));
}

void TestConnectionGui::retranslates()
{
    ConnectionDialog dialog;
    dialog.setLocation(*StudyLocation::server(
        QStringLiteral("postgresql://ann@db.example:5433/study?sslmode=verify-full"), nullptr));
    auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("serverSslMode"));
    QCOMPARE(ssl->currentData().toString(), QStringLiteral("verify-full"));
    QCOMPARE(edit(&dialog, "serverPort")->text(), QStringLiteral("5433"));
    const QString english = dialog.windowTitle();
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
    QTRY_VERIFY(dialog.windowTitle() != english);
    QVERIFY(!ssl->currentText().contains(QLatin1String("encrypt"), Qt::CaseInsensitive));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(dialog.windowTitle(), english);
}

QTEST_MAIN(TestConnectionGui)
#include "tst_connection_gui.moc"
