// SPDX-License-Identifier: Apache-2.0
#include "processrun.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace trialcrf::fixtures {

ProcessRun runProgram(const QString &program, const QStringList &args,
                      const QMap<QString, QString> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("TRIALCRF_PASSWORD"));
    e.remove(QStringLiteral("TRIALCRF_AS_PASSWORD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    ProcessRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void sqlOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("behind-the-app");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace trialcrf::fixtures
