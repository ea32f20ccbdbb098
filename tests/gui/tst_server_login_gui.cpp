// SPDX-License-Identifier: Apache-2.0
// What the app says, in the user's language, when the database login is not one it works
// with: a superuser is refused before anything is read (a translated box saying why and what
// to do), and a workstation login that finds an older study says that the owner upgrades it,
// changing nothing. Runs as tst_server_login_gui_pg against the throw-away server.
#include "databaseopener.h"
#include "languagemanager.h"
#include "modaltypist.h"
#include "storage/database.h"
#include "testserver.h"

#include <QMessageBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf;

class TestServerLoginGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aSuperuserIsRefusedInTheUsersLanguage_data();
    void aSuperuserIsRefusedInTheUsersLanguage();
    void anOlderStudyIsLeftToItsOwner();

private:
    /// Opens `where` through the app's opener; the box's informative text ("" when none).
    QString refusal(const StudyLocation &where);

    LanguageManager m_language;
    QTemporaryDir m_dir;
};

void TestServerLoginGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!fixtures::onTestServer())
        QSKIP("about a server's logins: runs as tst_server_login_gui_pg");
}

QString TestServerLoginGui::refusal(const StudyLocation &where)
{
    QString informative;
    guitest::ModalTypist typist;
    typist.expect("QMessageBox", [&](QWidget *box) {
        informative = static_cast<QMessageBox *>(box)->informativeText();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    bool wantsPassword = false;
    const std::unique_ptr<Database> db =
        DatabaseOpener::open(where, Database::OpenMode::ExistingOnly, nullptr, &wantsPassword);
    if (db || !typist.finished())
        return QString();
    return informative;
}

void TestServerLoginGui::aSuperuserIsRefusedInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::newRow("en") << "en" << "is a superuser of the database server";
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("超级用户");
}

void TestServerLoginGui::aSuperuserIsRefusedInTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, words);
    QVERIFY(m_language.setLanguage(language, false));
    const StudyLocation owner =
        fixtures::ownerOf(fixtures::studyAt(m_dir.filePath(QStringLiteral("super.db"))));
    const QString informative = refusal(owner);
    QCOMPARE(informative,
             DatabaseOpener::serverFailureMessage(Database::Status::Superuser, owner.displayName())
                 .toHtmlEscaped());
    QVERIFY2(informative.contains(words), qPrintable(informative));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestServerLoginGui::anOlderStudyIsLeftToItsOwner()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
    const StudyLocation workstation = fixtures::studyAt(m_dir.filePath(QStringLiteral("old.db")));
    {
        Database db;
        QVERIFY2(db.open(workstation), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(fixtures::execPortable(q, QStringLiteral("PRAGMA user_version = %1")
                                              .arg(Database::currentSchemaVersion() - 1)));
    }
    const QString informative = refusal(workstation);
    QVERIFY2(informative.contains(QLatin1String("Only the database&#x27;s owner can do that"))
                 || informative.contains(QLatin1String("Only the database's owner can do that")),
             qPrintable(informative));
    // Nothing changed: the owner still finds the older version.
    Database owner;
    owner.allowSuperuser(true);
    QVERIFY(!owner.open(fixtures::ownerOf(workstation), Database::OpenMode::ReadOnly));
    QCOMPARE(owner.status(), Database::Status::OlderSchema);
}

QTEST_MAIN(TestServerLoginGui)
#include "tst_server_login_gui.moc"
