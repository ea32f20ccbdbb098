// SPDX-License-Identifier: Apache-2.0
// The app's real start-up path (StartupController, as main() runs it with --db FILE) given a
// file it must not trust, answered by keyboard as a user would:
// - a study with damaged pages (it opens, PRAGMA quick_check fails) and a file damaged in its
//   header: the "cannot be opened" dialog says the database is damaged, to run verify and
//   restore from a backup, with the check's lines under Details; Escape closes it, the app
//   does not start, and the file is byte for byte as it was;
// - an empty (zero-byte) file: the question a missing file gets ("Create a new, empty study
//   database there?"), answered No by Escape and by Enter (Cancel is the default): the app
//   does not start and the file stays empty;
// in English and in Chinese.
#include "backup/backupwriter.h"
#include "fixtures.h"
#include "languagemanager.h"
#include "shellfixture.h"
#include "startupcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace trialcrf;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What the one modal dialog of a failed start said, and the key that closed it.
struct Answered {
    QString title, text, informative, detail;
    QString defaultButton;
    int dialogs = 0;
};

/// Waits for each modal message box start() opens, records it, makes it active (offscreen
/// there is no window manager to do it) and presses `key` on it.
class KeyAnswerer : public QObject {
public:
    KeyAnswerer(Qt::Key key, Answered *answered) : m_key(key), m_answered(answered)
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == m_last || !box->isVisible())
            return;
        m_last = box;
        ++m_answered->dialogs;
        m_answered->title = box->windowTitle();
        m_answered->text = box->text();
        m_answered->informative = box->informativeText();
        m_answered->detail = box->detailedText();
        if (box->defaultButton())
            m_answered->defaultButton = box->defaultButton()->text();
        QApplication::setActiveWindow(box);
        if (!QTest::qWaitForWindowActive(box))
            qWarning("the message box did not become active");
        QTest::keyClick(box, m_key);
    }

    Qt::Key m_key;
    Answered *m_answered;
    QTimer m_timer;
    QPointer<QMessageBox> m_last;
};

}  // namespace

class TestStartupFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void damagedFileIsRefusedWithAdvice_data();
    void damagedFileIsRefusedWithAdvice();
    void emptyFileAsksAndStaysEmpty_data();
    void emptyFileAsksAndStaysEmpty();

private:
    /// Runs the app's start-up on `path` in `language`, answering each dialog with `key`.
    bool start(const QString &path, const QString &language, Qt::Key key, Answered *answered);

    LanguageManager m_language;
    QTemporaryDir m_dir;
    QString m_study;
};

void TestStartupFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A consistent copy of a small study, closed: what a user's --db would name.
    ShellFixture fixture(ShellFixture::standardToday());
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    QVERIFY2(fixture.addStandardSubjects(), qPrintable(fixture.error()));
    m_study = m_dir.filePath(QStringLiteral("study.db"));
    QString error;
    QVERIFY2(BackupWriter::write(fixture.database(), m_study, {}, &error), qPrintable(error));
}

bool TestStartupFailures::start(const QString &path, const QString &language, Qt::Key key,
                                Answered *answered)
{
    // The language stays switched after start() returns: the test compares the dialog's
    // texts with their translations.
    if (!m_language.setLanguage(language, false))
        qWarning("cannot switch to %s", qPrintable(language));
    KeyAnswerer answerer(key, answered);
    StartupController startup(m_language);
    StartupOptions options;
    options.databasePath = path;
    return startup.start(options);
}

void TestStartupFailures::damagedFileIsRefusedWithAdvice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("advice");  // one phrase of the message in that language
    for (const char *damage : {"pages", "header"}) {
        QTest::addRow("%s en", damage) << "en" << damage << "is damaged";
        QTest::addRow("%s zh_CN", damage) << "zh_CN" << damage << "trialcrf-cli verify";
    }
}

void TestStartupFailures::damagedFileIsRefusedWithAdvice()
{
    QFETCH(QString, language);
    QFETCH(QString, damage);
    QFETCH(QString, advice);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1-%2.db").arg(damage, language));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_study, path));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("header")) {
            // The header and the start of the schema page: not a database SQLite can open.
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(QByteArray(200, '\x5a')), qint64(200));
        } else {
            // The first page of a table: the file opens, its pages do not read back.
            const qint64 pages = f.size() / 4096;
            QVERIFY(pages > 4);
            QVERIFY(f.seek((pages / 2) * 4096));
            QCOMPARE(f.write(QByteArray(64, '\xff')), qint64(64));
        }
    }
    const QByteArray before = contents(path);

    Answered answered;
    QVERIFY(!start(path, language, Qt::Key_Escape, &answered));
    QCOMPARE(answered.dialogs, 1);
    QCOMPARE(answered.title, QApplication::translate("DatabaseOpener",
                                                     "The study database cannot be opened"));
    QVERIFY2(answered.informative.contains(advice), qPrintable(answered.informative));
    QVERIFY2(answered.informative.contains(QDir::toNativeSeparators(path)),
             qPrintable(answered.informative));
    QVERIFY2(answered.informative.contains(QLatin1String("trialcrf-cli verify")),
             qPrintable(answered.informative));
    if (language == QLatin1String("en")) {
        QVERIFY2(answered.informative.contains(QLatin1String("latest backup")),
                 qPrintable(answered.informative));
        QVERIFY2(answered.informative.contains(QLatin1String("Nothing was changed")),
                 qPrintable(answered.informative));
    }
    // Damage is never blamed on permissions or the account.
    QVERIFY2(!answered.informative.contains(QLatin1String("read-only"))
                 && !answered.informative.contains(QLatin1String("permission")),
             qPrintable(answered.informative));
    QVERIFY2(!answered.detail.isEmpty(), "the check's lines are under Details");
    QVERIFY(contents(path) == before);
    QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
    QCOMPARE(QFileInfo(path + QLatin1String("-wal")).size(), qint64(0));
}

void TestStartupFailures::emptyFileAsksAndStaysEmpty_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("question");
    QTest::newRow("en, Escape") << "en" << int(Qt::Key_Escape) << "Create a new, empty study";
    QTest::newRow("en, Enter") << "en" << int(Qt::Key_Return) << "Create a new, empty study";
    QTest::newRow("zh_CN, Escape") << "zh_CN" << int(Qt::Key_Escape) << "";
}

void TestStartupFailures::emptyFileAsksAndStaysEmpty()
{
    QFETCH(QString, language);
    QFETCH(int, key);
    QFETCH(QString, question);
    const QString path = m_dir.filePath(QStringLiteral("empty-%1-%2.db").arg(language).arg(key));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    Answered answered;
    QVERIFY(!start(path, language, Qt::Key(key), &answered));
    // One question, the one a missing file gets, with Cancel as the default answer.
    QCOMPARE(answered.dialogs, 1);
    QCOMPARE(answered.title, QApplication::translate("trialcrf::StartupController",
                                                     "New study database"));
    QVERIFY2(answered.text.contains(QDir::toNativeSeparators(path)), qPrintable(answered.text));
    if (!question.isEmpty())
        QVERIFY2(answered.text.contains(question), qPrintable(answered.text));
    QVERIFY2(!answered.text.contains(QLatin1String("older version")), qPrintable(answered.text));
    QCOMPARE(answered.defaultButton,
             QApplication::translate("QPlatformTheme", "Cancel"));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
}

QTEST_MAIN(TestStartupFailures)
#include "tst_startup_failures.moc"
