// SPDX-License-Identifier: Apache-2.0
// The subject list model: lazy pages, filters, and the visit flags of each row on a pinned day.
#include "itemmodels/itemroles.h"
#include "itemmodels/subjectlistmodel.h"
#include "shellfixture.h"
#include "storage/userstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace trialcrf;

class TestSubjectListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void scheduleOnPinnedDay_data();
    void scheduleOnPinnedDay();
    void readsNothingBeforeTheViewAsks();
    void fetchesPageByPageUntilTheEnd_data();
    void fetchesPageByPageUntilTheEnd();
    void filtersByCodePrefixAndStatus_data();
    void filtersByCodePrefixAndStatus();
    void rowShowsStatusNextVisitAndFlags_data();
    void rowShowsStatusNextVisitAndFlags();
    void reloadStartsAgainFromTheFirstPage();
    void headersNameEveryColumn();
    void rowShowsTheSignedState();

private:
    int rowOf(const SubjectListModel &model, const QString &code) const;
    std::unique_ptr<ShellFixture> m_fixture;
};

void TestSubjectListModel::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestSubjectListModel::cleanup()
{
    m_fixture.reset();
}

int TestSubjectListModel::rowOf(const SubjectListModel &model, const QString &code) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SubjectListModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

void TestSubjectListModel::scheduleOnPinnedDay_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("week0");
    QTest::addColumn<QStringList>("doneVisits");  // "visit=yyyy-MM-dd"
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("nextVisit");
    QTest::addColumn<QDate>("nextDate");
    QTest::addColumn<QStringList>("overdue");  // the overdue visits, in protocol order
    QTest::addColumn<bool>("outOfWindow");

    const QDate w0(2026, 3, 2);  // week 2 target 03-16, window 03-13 … 03-19
    const QStringList screeningAndWeek0 = {QStringLiteral("screening=2026-02-20"),
                                           QStringLiteral("week0=2026-03-02")};
    QTest::newRow("no week-0 date: screening expected, undated")
        << "screening" << QDate() << QStringList() << QDate(2026, 3, 20) << "screening"
        << QDate() << QStringList() << false;
    QTest::newRow("screening not done, window open: due by week 0")
        << "screening" << w0 << QStringList() << QDate(2026, 2, 20) << "screening" << w0
        << QStringList() << false;
    QTest::newRow("screening window closed without a visit: overdue")
        << "screening" << w0 << QStringList() << QDate(2026, 3, 3) << "week0" << w0
        << QStringList{"screening"} << false;
    QTest::newRow("week 2 window opens tomorrow: not yet due")
        << "enrolled" << w0 << screeningAndWeek0 << QDate(2026, 3, 12) << "week2"
        << QDate(2026, 3, 16) << QStringList() << false;
    QTest::newRow("week 2 on its target day: due")
        << "enrolled" << w0 << screeningAndWeek0 << QDate(2026, 3, 16) << "week2"
        << QDate(2026, 3, 16) << QStringList() << false;
    QTest::newRow("last day of the week-2 window: still due, not overdue")
        << "enrolled" << w0 << screeningAndWeek0 << QDate(2026, 3, 19) << "week2"
        << QDate(2026, 3, 16) << QStringList() << false;
    QTest::newRow("day after the week-2 window: overdue, next is week 4")
        << "enrolled" << w0 << screeningAndWeek0 << QDate(2026, 3, 20) << "week4"
        << QDate(2026, 3, 30) << QStringList{"week2"} << false;
    QTest::newRow("weeks 2 and 4 both missed: both named, next is week 6")
        << "enrolled" << w0 << screeningAndWeek0 << QDate(2026, 4, 5) << "week6"
        << QDate(2026, 4, 13) << QStringList{"week2", "week4"} << false;
    QTest::newRow("week 2 done 3 days early: in window")
        << "enrolled" << w0 << (screeningAndWeek0 + QStringList{"week2=2026-03-13"})
        << QDate(2026, 3, 20) << "week4" << QDate(2026, 3, 30) << QStringList() << false;
    QTest::newRow("week 2 done 4 days early: out of window")
        << "enrolled" << w0 << (screeningAndWeek0 + QStringList{"week2=2026-03-12"})
        << QDate(2026, 3, 20) << "week4" << QDate(2026, 3, 30) << QStringList() << true;
    QTest::newRow("withdrawn: no next visit and never overdue")
        << "withdrawn" << w0 << screeningAndWeek0 << QDate(2026, 5, 1) << "" << QDate()
        << QStringList() << false;
    QTest::newRow("completed, one visit out of window: flag kept")
        << "completed" << w0
        << QStringList{"screening=2026-02-20", "week0=2026-03-02", "week2=2026-03-16",
                       "week4=2026-03-30", "week6=2026-04-13", "week8=2026-04-27",
                       "week12=2026-06-01"}
        << QDate(2026, 6, 2) << "" << QDate() << QStringList() << true;
}

void TestSubjectListModel::scheduleOnPinnedDay()
{
    QFETCH(QString, status);
    QFETCH(QDate, week0);
    QFETCH(QStringList, doneVisits);
    QFETCH(QDate, today);
    QFETCH(QString, nextVisit);
    QFETCH(QDate, nextDate);
    QFETCH(QStringList, overdue);
    QFETCH(bool, outOfWindow);

    SubjectSummary s;
    s.status = status;
    if (week0.isValid())
        s.week0Date = week0;
    for (const QString &done : doneVisits) {
        const QStringList parts = done.split(QLatin1Char('='));
        s.visitDates.insert(parts.at(0), QDate::fromString(parts.at(1), Qt::ISODate));
    }
    const SubjectListModel::Schedule got =
        SubjectListModel::schedule(Protocol::builtIn(), s, today);
    QCOMPARE(got.nextVisit, nextVisit);
    QCOMPARE(got.nextVisitDate.value_or(QDate()), nextDate);
    QCOMPARE(got.overdueVisits, overdue);
    QCOMPARE(got.overdue, !overdue.isEmpty());
    QCOMPARE(got.outOfWindow, outOfWindow);
}

void TestSubjectListModel::readsNothingBeforeTheViewAsks()
{
    SubjectListModel model(m_fixture->store());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
}

void TestSubjectListModel::fetchesPageByPageUntilTheEnd_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QList<int>>("rowsAfterEachFetch");

    QTest::newRow("pages of 4: a full page, then a short last one")
        << 4 << QList<int>{4, 6};
    QTest::newRow("pages of 3: two full pages, then an empty fetch ends it")
        << 3 << QList<int>{3, 6, 6};
    QTest::newRow("default page: everything in one short page")
        << SubjectListModel::defaultPageSize << QList<int>{6};
}

void TestSubjectListModel::fetchesPageByPageUntilTheEnd()
{
    QFETCH(int, pageSize);
    QFETCH(QList<int>, rowsAfterEachFetch);

    SubjectListModel model(m_fixture->store());
    model.setPageSize(pageSize);
    for (int i = 0; i < rowsAfterEachFetch.size(); ++i) {
        QVERIFY2(model.canFetchMore({}), qPrintable(QStringLiteral("fetch %1").arg(i + 1)));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), rowsAfterEachFetch.at(i));
    }
    QVERIFY(!model.canFetchMore({}));
    // Ordered by code, every subject once.
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.index(row, SubjectListModel::Code).data().toString();
    QCOMPARE(codes, (QStringList{"S001", "S002", "S003", "S004", "S005", "X100"}));
}

void TestSubjectListModel::filtersByCodePrefixAndStatus_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("no filter: all") << "" << ""
                                    << QStringList{"S001", "S002", "S003", "S004", "S005", "X100"};
    QTest::newRow("prefix S00") << "S00" << ""
                                << QStringList{"S001", "S002", "S003", "S004", "S005"};
    QTest::newRow("full code") << "S003" << "" << QStringList{"S003"};
    QTest::newRow("lower-case prefix finds upper-case codes") << "x1" << ""
                                                               << QStringList{"X100"};
    QTest::newRow("status enrolled") << "" << "enrolled"
                                     << QStringList{"S001", "S002", "S003"};
    QTest::newRow("status screening and prefix S") << "S" << "screening"
                                                   << QStringList{"S004"};
    QTest::newRow("nothing matches") << "Q" << "" << QStringList();
}

void TestSubjectListModel::filtersByCodePrefixAndStatus()
{
    QFETCH(QString, prefix);
    QFETCH(QString, status);
    QFETCH(QStringList, codes);

    SubjectListModel model(m_fixture->store());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(prefix, status);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);  // a filter reads nothing until fetched
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.index(row, SubjectListModel::Code).data().toString();
    QCOMPARE(got, codes);
}

void TestSubjectListModel::rowShowsStatusNextVisitAndFlags_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("statusLabel");
    QTest::addColumn<QString>("nextVisit");
    QTest::addColumn<QString>("nextVisitLabel");
    QTest::addColumn<QString>("nextDate");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("outOfWindow");

    QTest::newRow("S001 missed week 2") << "S001" << "Enrolled" << "week4" << "Week 4"
                                        << "2026-03-30" << true << false;
    QTest::newRow("S002 week 2 due today") << "S002" << "Enrolled" << "week2" << "Week 2"
                                           << "2026-03-20" << false << false;
    QTest::newRow("S003 week 2 out of window") << "S003" << "Enrolled" << "week4" << "Week 4"
                                               << "2026-03-30" << false << true;
    QTest::newRow("S004 screening due by week 0") << "S004" << "Screening" << "screening"
                                                  << "Screening" << "2026-04-01" << false
                                                  << false;
    QTest::newRow("S005 withdrawn") << "S005" << "Withdrawn" << "" << "—" << "" << false
                                    << false;
}

void TestSubjectListModel::rowShowsStatusNextVisitAndFlags()
{
    QFETCH(QString, code);
    QFETCH(QString, statusLabel);
    QFETCH(QString, nextVisit);
    QFETCH(QString, nextVisitLabel);
    QFETCH(QString, nextDate);
    QFETCH(bool, overdue);
    QFETCH(bool, outOfWindow);

    SubjectListModel model(m_fixture->store());
    model.fetchMore({});
    QCOMPARE(model.today(), ShellFixture::standardToday());  // from the store's clock
    const int row = rowOf(model, code);
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(SubjectListModel::Status).toString(), statusLabel);
    QCOMPARE(cell(SubjectListModel::Status, ItemRoles::RawValue).toString(),
             model.summaryAt(row)->status);
    QCOMPARE(cell(SubjectListModel::NextVisit, ItemRoles::VisitCode).toString(), nextVisit);
    QCOMPARE(cell(SubjectListModel::NextVisit).toString(), nextVisitLabel);
    QCOMPARE(cell(SubjectListModel::NextVisitDate, ItemRoles::RawValue).toString(), nextDate);
    QCOMPARE(cell(SubjectListModel::Overdue, ItemRoles::RawValue).toBool(), overdue);
    QCOMPARE(cell(SubjectListModel::OutOfWindow, ItemRoles::RawValue).toBool(), outOfWindow);
    // The flags read in words too (the overdue one names the missed visit), and carry the
    // state code the view colours by.
    QCOMPARE(cell(SubjectListModel::Overdue).toString(), overdue ? "Week 2" : "");
    QCOMPARE(cell(SubjectListModel::Overdue, Qt::ToolTipRole).toString(),
             overdue ? "Overdue: Week 2" : "");
    QCOMPARE(cell(SubjectListModel::Overdue, ItemRoles::StateCode).toString(),
             overdue ? "overdue" : "");
    QCOMPARE(cell(SubjectListModel::OutOfWindow).toString(),
             outOfWindow ? "Out of window" : "");
    QCOMPARE(cell(SubjectListModel::OutOfWindow, ItemRoles::StateCode).toString(),
             outOfWindow ? "out_of_window" : "");
    QCOMPARE(cell(0, ItemRoles::SubjectId).toLongLong(), model.subjectIdAt(row));
}

void TestSubjectListModel::reloadStartsAgainFromTheFirstPage()
{
    SubjectListModel model(m_fixture->store());
    model.setPageSize(2);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(m_fixture->addSubject(QStringLiteral("S000"), QStringLiteral("AB"),
                                  QStringLiteral("screening"), std::nullopt));
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore({});
    QCOMPARE(model.index(0, SubjectListModel::Code).data().toString(), QStringLiteral("S000"));
}

void TestSubjectListModel::headersNameEveryColumn()
{
    SubjectListModel model(m_fixture->store());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Subject code", "Initials", "Status", "Next visit",
                                   "Scheduled date", "Overdue", "Window", "Signed", "Queries",
                                   "Verified", "Site"}));
}

// The casebook's signed state per row: the approval that counts (a later review never hides
// it), and "changed since signed" once a page was saved after the signature. Read with the
// page (two queries for the whole page), not per row.
void TestSubjectListModel::rowShowsTheSignedState()
{
    UserStore users(m_fixture->database(), [] { return QDateTime::currentDateTimeUtc(); });
    QString error;
    QVERIFY2(users.createFirstAdmin(QStringLiteral("dr.chen"), QStringLiteral("Quartz-Lantern-73"),
                                    &error),
             qPrintable(error));
    QSqlQuery q(m_fixture->database().connection());
    const auto sign = [&](const QString &code, const QString &meaning, const QString &at) {
        q.prepare(QStringLiteral(
            "INSERT INTO signatures (subject_id, scope, visit, signer_user_id, signer_user_name,"
            " printed_name, signer_role, meaning, signed_at_utc, content_hash)"
            " SELECT id, 'casebook', NULL, 1, 'dr.chen', 'Chen Wei', 'physician', ?, ?, 'h'"
            " FROM subjects WHERE code = ?"));
        q.addBindValue(meaning);
        q.addBindValue(at);
        q.addBindValue(code);
        return q.exec();
    };
    const QString after = QStringLiteral("2099-01-01T00:00:00.000Z");  // after every save
    const QString before = QStringLiteral("2001-01-01T00:00:00.000Z"); // before every save
    QVERIFY(sign(QStringLiteral("S001"), QStringLiteral("approved"), after));
    QVERIFY(sign(QStringLiteral("S002"), QStringLiteral("reviewed"), after));
    QVERIFY(sign(QStringLiteral("S003"), QStringLiteral("approved"), before));
    QVERIFY(sign(QStringLiteral("S004"), QStringLiteral("approved"), after));
    QVERIFY(sign(QStringLiteral("S004"), QStringLiteral("reviewed"), after));

    SubjectListModel model(m_fixture->store());
    model.fetchMore({});
    const auto cell = [&](const QString &code, int role) {
        return model.index(rowOf(model, code), SubjectListModel::Signed).data(role).toString();
    };
    QCOMPARE(cell("S001", Qt::DisplayRole), QStringLiteral("Signed: approved"));
    QCOMPARE(cell("S001", ItemRoles::StateCode), QStringLiteral("approved"));
    QVERIFY2(cell("S001", Qt::ToolTipRole).startsWith(QStringLiteral("Approved by Chen Wei on")),
             qPrintable(cell("S001", Qt::ToolTipRole)));
    QCOMPARE(cell("S002", Qt::DisplayRole), QStringLiteral("Signed: reviewed"));
    QCOMPARE(cell("S002", ItemRoles::StateCode), QStringLiteral("reviewed"));
    QCOMPARE(cell("S003", Qt::DisplayRole), QStringLiteral("Changed since signed"));
    QCOMPARE(cell("S003", ItemRoles::StateCode), QStringLiteral("changed_since_signed"));
    QCOMPARE(cell("S004", Qt::DisplayRole), QStringLiteral("Signed: approved"));
    QCOMPARE(cell("S005", Qt::DisplayRole), QString());
    QCOMPARE(cell("S005", ItemRoles::RawValue), QStringLiteral("not_signed"));
}

QTEST_GUILESS_MAIN(TestSubjectListModel)
#include "tst_subjectlistmodel.moc"
