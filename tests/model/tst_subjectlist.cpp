// SPDX-License-Identifier: Apache-2.0
// The subject list's reads: keyset pages equal one query for every filter, and an SQL error
// reaches the caller as an error, never as a count of 0 or a page without its details.
#include "fixtures.h"
#include "itemmodels/subjectlistmodel.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

QStringList codes(const QList<SubjectSummary> &page)
{
    QStringList out;
    for (const SubjectSummary &s : page)
        out << s.code;
    return out;
}

}  // namespace

class TestSubjectList : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesAfterAKeyEqualOneQuery_data();
    void pagesAfterAKeyEqualOneQuery();
    void anSqlErrorIsReportedNotZero_data();
    void anSqlErrorIsReportedNotZero();
    void theListModelStopsAtAnError();

private:
    void exec(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<StudyStore> m_store;
};

void TestSubjectList::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("list.db")))), qPrintable(m_db.errorString()));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn());
    // P00, P02, …, P18 and Q01, Q03; S1 signed below.
    QStringList all;
    for (int i = 0; i < 10; ++i)
        all << QStringLiteral("P%1").arg(i * 2, 2, 10, QLatin1Char('0'));
    all << QStringLiteral("Q01") << QStringLiteral("Q03");
    for (const QString &code : std::as_const(all)) {
        Subject s = subject(code);
        QVERIFY(m_store->saveSubject(nurse(), s).ok());
    }
    const std::optional<qint64> q1 = m_store->subjectIdByCode(QStringLiteral("Q01"));
    QVERIFY(q1);
    QVERIFY(m_store->withdrawSubject(nurse(), *q1, QDate(2024, 5, 1), QStringLiteral("moved"))
                .ok());
}

void TestSubjectList::cleanup()
{
    m_store.reset();
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("list.db")));
}

void TestSubjectList::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    QVERIFY2(execPortable(q, sql), qPrintable(q.lastError().text()));
}

void TestSubjectList::pagesAfterAKeyEqualOneQuery_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expected");
    QTest::newRow("all, pages of 1") << QString() << QString() << 1 << 12;
    QTest::newRow("all, pages of 3") << QString() << QString() << 3 << 12;
    QTest::newRow("all, one page exactly") << QString() << QString() << 12 << 12;
    QTest::newRow("all, one page larger") << QString() << QString() << 13 << 12;
    QTest::newRow("prefix as typed") << QStringLiteral("P") << QString() << 4 << 10;
    QTest::newRow("prefix lower case") << QStringLiteral("q") << QString() << 1 << 2;
    QTest::newRow("prefix matching none") << QStringLiteral("P191") << QString() << 3 << 0;
    QTest::newRow("status") << QString() << QStringLiteral("withdrawn") << 1 << 1;
    QTest::newRow("prefix and status") << QStringLiteral("Q") << QStringLiteral("screening")
                                       << 1 << 1;
}

void TestSubjectList::pagesAfterAKeyEqualOneQuery()
{
    QFETCH(QString, prefix);
    QFETCH(QString, status);
    QFETCH(int, pageSize);
    QFETCH(int, expected);
    QString error;
    const QStringList all = codes(m_store->subjects(0, -1, prefix, status, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), expected);
    QCOMPARE(m_store->subjectCount(prefix, status, &error), expected);
    QStringList paged;
    QString after;
    for (int guard = 0; guard <= expected; ++guard) {
        const QList<SubjectSummary> page =
            m_store->subjectsAfter(after, pageSize, prefix, status, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        paged << codes(page);
        // The offset form gives the same page.
        QCOMPARE(codes(m_store->subjects(int(paged.size() - page.size()), pageSize, prefix,
                                         status)),
                 codes(page));
        if (page.size() < pageSize)
            break;
        after = page.constLast().code;
    }
    QCOMPARE(paged, all);
}

void TestSubjectList::anSqlErrorIsReportedNotZero_data()
{
    // What breaks, and whether counting still works (only the page's details are gone).
    QTest::addColumn<QString>("breakIt");
    QTest::addColumn<bool>("countWorks");
    QTest::newRow("subjects table gone")
        << QStringLiteral("ALTER TABLE subjects RENAME TO subjects_gone") << false;
    QTest::newRow("infusions gone (visit dates)")
        << QStringLiteral("ALTER TABLE infusions RENAME TO infusions_gone") << true;
    QTest::newRow("signatures gone (signed state)")
        << QStringLiteral("ALTER TABLE signatures RENAME TO signatures_gone") << true;
}

void TestSubjectList::anSqlErrorIsReportedNotZero()
{
    QFETCH(QString, breakIt);
    QFETCH(bool, countWorks);
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    exec(breakIt);
    QString error;
    const int count = m_store->subjectCount(&error);
    if (countWorks) {
        QCOMPARE(count, 12);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QCOMPARE(count, -1);
        QVERIFY(!error.isEmpty());
    }
    error.clear();
    QCOMPARE(m_store->subjectCount(QStringLiteral("P"), {}, &error), countWorks ? 10 : -1);
    QCOMPARE(error.isEmpty(), countWorks);
    // No page at all rather than a page without its visit dates or signatures.
    error.clear();
    QVERIFY(m_store->subjects(0, 5, {}, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(m_store->subjectsAfter(QStringLiteral("P04"), 5, {}, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSubjectList::theListModelStopsAtAnError()
{
    SubjectListModel model(*m_store);
    model.setPageSize(5);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.errorString().isEmpty());
    exec(QStringLiteral("ALTER TABLE infusions RENAME TO infusions_gone"));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.errorString().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestSubjectList)
#include "tst_subjectlist.moc"
