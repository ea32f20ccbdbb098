// SPDX-License-Identifier: Apache-2.0
// A whole study copied row for row: into a second file, or (as tst_studycopy_pg) from a file
// onto the test server and back into a file, where every table must read as in the original
// and the audit trail, signatures and data must verify.
#include "demo/demogenerator.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/reconcile.h"
#include "storage/signaturestore.h"
#include "storage/studycopy.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf;

namespace {

/// Every row of every study table as text, table by table in key order: two studies with
/// the same digest hold the same data.
QByteArray digest(const Database &db, const QStringList &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        // The first column is the key (id, seq, or meta's key) of every study table.
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                const QString text = v.isNull() ? QStringLiteral("<null>")
                    : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17)
                                                      : v.toString();
                hash.addData(text.toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

/// Verify's checks: the chain and its anchor, the signatures, and every row against the trail.
QString verifyProblem(const Database &db)
{
    QString problem;
    if (const std::optional<qint64> row = AuditLog(db).firstBrokenRow(&problem))
        return QStringLiteral("audit row %1: %2").arg(*row).arg(problem);
    if (SignatureStore::firstForgedSignature(db, &problem))
        return QStringLiteral("signature: ") + problem;
    QString error, first;
    const bool read = Reconciler(db, Protocol::builtIn()).run([&](const Discrepancy &d) {
        first = QStringLiteral("%1 %2 %3 %4: stored '%5', per trail '%6' (kind %7)")
                    .arg(d.table)
                    .arg(d.recordId)
                    .arg(d.subjectCode, d.field, d.stored, d.perTrail)
                    .arg(int(d.kind));
        return false;
    }, &error);
    if (!read)
        return error;
    return first;
}

}  // namespace

class TestStudyCopy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The source is always a file: what migrate copies from.
        QVERIFY2(m_source.open(m_dir.filePath(QStringLiteral("source.db"))),
                 qPrintable(m_source.errorString()));
        QString error;
        DemoGenerator demo(m_source, Protocol::builtIn());
        QVERIFY2(demo.generate(12, 7, &error), qPrintable(error));
    }

    void copiesEveryRowAndVerifies()
    {
        QString error;
        const QStringList tables = StudyCopy::tables(m_source, &error);
        QVERIFY2(!tables.isEmpty(), qPrintable(error));
        // Parents before children.
        QVERIFY(tables.indexOf(QStringLiteral("subjects")) < tables.indexOf(QStringLiteral("infusions")));
        QVERIFY(tables.indexOf(QStringLiteral("infusions")) < tables.indexOf(QStringLiteral("vital_signs")));
        QVERIFY(tables.contains(QStringLiteral("audit_log")));
        QVERIFY(!tables.contains(QStringLiteral("trialcrf_schema")));

        // Into a file, or on the test server (the _pg run): what migrate does, as the owner.
        Database target;
        target.allowSuperuser(true);
        QVERIFY2(target.open(fixtures::ownerStudyAt(m_dir.filePath(QStringLiteral("target.db")))),
                 qPrintable(target.errorString()));
        QList<StudyCopy::TableCount> counts;
        QVERIFY2(StudyCopy::copy(m_source, target, &counts, &error), qPrintable(error));
        QCOMPARE(counts.size(), tables.size());
        qint64 auditRows = 0;
        for (const StudyCopy::TableCount &c : counts) {
            QSqlQuery q(m_source.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(c.table)) && q.next());
            QCOMPARE(c.rows, q.value(0).toLongLong());
            if (c.table == QLatin1String("audit_log"))
                auditRows = c.rows;
        }
        QVERIFY(auditRows > 100);
        QCOMPARE(verifyProblem(target), QString());
        QCOMPARE(AuditLog(target).anchor()->tailHash, AuditLog(m_source).anchor()->tailHash);

        // And back into a file (a server's backup): the same study, row for row.
        Database back;
        QVERIFY2(back.open(m_dir.filePath(QStringLiteral("back.db"))), qPrintable(back.errorString()));
        QVERIFY2(StudyCopy::copy(target, back, nullptr, &error), qPrintable(error));
        QCOMPARE(verifyProblem(back), QString());
        const QByteArray original = digest(m_source, tables);
        QVERIFY(!original.isEmpty());
        QCOMPARE(digest(back, tables), original);
        QCOMPARE(digest(target, tables), original);

        // The copy goes on as a study: a login and a new subject take fresh ids and extend
        // the same chain.
        UserStore users(target);
        Session nurse;
        QString nurseName;
        for (const DemoGenerator::Account &a : DemoGenerator::accounts()) {
            if (a.role == Role::Nurse)
                nurseName = a.userName;
        }
        QCOMPARE(users.login(nurseName, DemoGenerator::password(), &nurse),
                 UserStore::LoginResult::Ok);
        StudyStore store(target, Protocol::builtIn());
        Subject s;
        s.code = QStringLiteral("C0001");
        s.initials = QStringLiteral("CPY");
        const SaveResult saved = store.saveSubject(nurse, s);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(verifyProblem(target), QString());

        // A target that already holds a study is refused, and left as it was.
        const QByteArray before = digest(target, tables);
        QVERIFY(!StudyCopy::copy(m_source, target, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("already holds a study")), qPrintable(error));
        QCOMPARE(digest(target, tables), before);
    }

private:
    QTemporaryDir m_dir;
    Database m_source;
};

QTEST_GUILESS_MAIN(TestStudyCopy)
#include "tst_studycopy.moc"
