// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli sites and the site actions of user, end to end: a second hospital added by a
// data manager, a nurse added with her site in one step, a monitor given both sites, a role
// and a site refused, and verify passing after all of it.
#include "processrun.h"
#include "storage/database.h"
#include "storage/sitestore.h"
#include "storage/userstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

const QString kPassword = QStringLiteral("Correct-horse-42-battery");
const QString kNewPassword = QStringLiteral("Another-long-pass-97");

using Run = fixtures::ProcessRun;

Run cli(const QStringList &args)
{
    return fixtures::runCliOnFile(QStringLiteral(TRIALCRF_CLI), args,
                                  {{QStringLiteral("TRIALCRF_PASSWORD"), kNewPassword},
                                   {QStringLiteral("TRIALCRF_AS_PASSWORD"), kPassword}});
}

}  // namespace

class TestCliSites : public QObject {
    Q_OBJECT
private slots:
    void secondHospitalByCli();

private:
    QTemporaryDir m_dir;
};

void TestCliSites::secondHospitalByCli()
{
    const QString db = m_dir.filePath(QStringLiteral("sites.db"));
    const Run init = fixtures::runCliOnFile(
        QStringLiteral(TRIALCRF_CLI),
        {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
         QStringLiteral("dm")},
        {{QStringLiteral("TRIALCRF_PASSWORD"), kPassword}});
    QCOMPARE(init.code, 0);
    const QStringList sites{QStringLiteral("sites"), QStringLiteral("--db"), db,
                            QStringLiteral("--as"), QStringLiteral("dm")};
    const QStringList user{QStringLiteral("user"), QStringLiteral("--db"), db,
                           QStringLiteral("--as"), QStringLiteral("dm")};

    Run r = cli(sites + QStringList{QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("01\tGuangdong")), qPrintable(r.out));
    r = cli(sites + QStringList{QStringLiteral("add"), QStringLiteral("02"), QStringLiteral("--name"),
                                QStringLiteral("Peking Union Medical College Hospital")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(sites + QStringList{QStringLiteral("add"), QStringLiteral("02"), QStringLiteral("--name"),
                                QStringLiteral("Again")});
    QCOMPARE(r.code, 1);  // taken
    QCOMPARE(cli(sites + QStringList{QStringLiteral("add"), QStringLiteral("03")}).code, 2);

    // A nurse of a study with two sites: added with her site, in one transaction; without
    // one, or with two, nothing is written.
    r = cli(user + QStringList{QStringLiteral("add"), QStringLiteral("nurse.wang"),
                               QStringLiteral("--role"), QStringLiteral("nurse")});
    QCOMPARE(r.code, 1);
    r = cli(user + QStringList{QStringLiteral("add"), QStringLiteral("nurse.wang"),
                               QStringLiteral("--role"), QStringLiteral("nurse"),
                               QStringLiteral("--sites"), QStringLiteral("01,02")});
    QCOMPARE(r.code, 1);
    r = cli(user + QStringList{QStringLiteral("add"), QStringLiteral("nurse.wang"),
                               QStringLiteral("--role"), QStringLiteral("nurse"),
                               QStringLiteral("--sites"), QStringLiteral("02")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(user + QStringList{QStringLiteral("add"), QStringLiteral("monitor.wu"),
                               QStringLiteral("--role"), QStringLiteral("monitor"),
                               QStringLiteral("--sites"), QStringLiteral("01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli(user + QStringList{QStringLiteral("grant"), QStringLiteral("monitor.wu"),
                               QStringLiteral("--site"), QStringLiteral("02")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("01, 02")), qPrintable(r.out));
    r = cli(user + QStringList{QStringLiteral("grant"), QStringLiteral("nurse.wang"),
                               QStringLiteral("--site"), QStringLiteral("01")});
    QCOMPARE(r.code, 1);  // a nurse works at one site
    r = cli(user + QStringList{QStringLiteral("sites"), QStringLiteral("nurse.wang"),
                               QStringLiteral("--sites"), QStringLiteral("01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));  // moved in one step
    r = cli(user + QStringList{QStringLiteral("revoke"), QStringLiteral("monitor.wu"),
                               QStringLiteral("--site"), QStringLiteral("01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli(user + QStringList{QStringLiteral("grant"), QStringLiteral("monitor.wu")}).code, 2);

    Database d;
    QVERIFY(d.open(db, Database::OpenMode::ReadOnly));
    const SiteStore store(d);
    QCOMPARE(store.userSites(QStringLiteral("nurse.wang")), QStringList{QStringLiteral("01")});
    QCOMPARE(store.userSites(QStringLiteral("monitor.wu")), QStringList{QStringLiteral("02")});
    QCOMPARE(store.userSites(QStringLiteral("nurse.x")), QStringList());
    QCOMPARE(store.userSites(QStringLiteral("dm")),
             (QStringList{QStringLiteral("01"), QStringLiteral("02")}));
    d.close();
    r = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestCliSites)
#include "tst_cli_sites.moc"
