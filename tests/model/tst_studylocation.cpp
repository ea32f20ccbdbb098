// SPDX-License-Identifier: Apache-2.0
#include "storage/studylocation.h"

#include <QTest>

using namespace trialcrf;

class TestStudyLocation : public QObject {
    Q_OBJECT

private slots:
    void serverUrl()
    {
        QString error;
        const auto l = StudyLocation::server(
            QStringLiteral("postgresql://nurse.li@db.gdhtcm.local:5433/ucmsc?sslmode=verify-full"
                           "&connect_timeout=5"),
            &error);
        QVERIFY2(l, qPrintable(error));
        QVERIFY(l->isServer());
        QCOMPARE(l->userName(), QStringLiteral("nurse.li"));
        QCOMPARE(l->host(), QStringLiteral("db.gdhtcm.local"));
        QCOMPARE(l->port(), 5433);
        QCOMPARE(l->databaseName(), QStringLiteral("ucmsc"));
        QCOMPARE(l->parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(l->connectOptions(), QStringLiteral("sslmode=verify-full;connect_timeout=5"));
        QCOMPARE(l->displayName(), QStringLiteral("nurse.li@db.gdhtcm.local:5433/ucmsc"));
        // What the app remembers reads back as the same location.
        const auto again = StudyLocation::server(l->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toString(), l->toString());
    }

    void socketFolderAndDefaults()
    {
        QString error;
        const auto l = StudyLocation::server(
            QStringLiteral("postgres:///study?host=/tmp/pg-x1"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->host(), QStringLiteral("/tmp/pg-x1"));
        QCOMPARE(l->port(), 0);
        QCOMPARE(l->userName(), QString());
        QVERIFY(l->connectOptions().isEmpty());
        const auto again = StudyLocation::server(l->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->host(), QStringLiteral("/tmp/pg-x1"));
        QCOMPARE(again->databaseName(), QStringLiteral("study"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("why");
        QTest::newRow("file") << "study.db" << "not a server URL";
        QTest::newRow("other scheme") << "mysql://h/study" << "not a server URL";
        QTest::newRow("password") << "postgresql://u:secret@h/study" << "password";
        QTest::newRow("password param") << "postgresql://h/study?password=x" << "password";
        QTest::newRow("no database") << "postgresql://h" << "one database";
        QTest::newRow("empty database") << "postgresql://h/" << "one database";
        QTest::newRow("two segments") << "postgresql://h/a/b" << "one database";
        QTest::newRow("port text") << "postgresql://h:abc/study" << "";
        QTest::newRow("port zero") << "postgresql://h:0/study" << "port";
        QTest::newRow("port high") << "postgresql://h:70000/study" << "";
        QTest::newRow("unknown param") << "postgresql://h/study?sslmod=require" << "unknown";
        QTest::newRow("bad sslmode") << "postgresql://h/study?sslmode=yes" << "sslmode";
        QTest::newRow("space in value")
            << "postgresql://h/study?application_name=a%20b" << "space";
        QTest::newRow("conninfo injection")
            << "postgresql://h/study?sslmode=require%3Bhost%3Devil" << "semicolon";
        QTest::newRow("host twice") << "postgresql://h/study?host=/tmp/x" << "twice";
        QTest::newRow("fragment") << "postgresql://h/study#x" << "fragment";
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!StudyLocation::server(url, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
    }

    void fileLocation()
    {
        const StudyLocation l = StudyLocation::file(QStringLiteral("/data/study.db"));
        QVERIFY(!l.isServer());
        QCOMPARE(l.toString(), QStringLiteral("/data/study.db"));
        QCOMPARE(l.displayName(), QStringLiteral("/data/study.db"));
        QVERIFY(StudyLocation().isEmpty());
        QVERIFY(StudyLocation::looksLikeServer(QStringLiteral("PostgreSQL://h/x")));
        QVERIFY(!StudyLocation::looksLikeServer(QStringLiteral("/tmp/postgresql://")));
    }
};

QTEST_GUILESS_MAIN(TestStudyLocation)
#include "tst_studylocation.moc"
