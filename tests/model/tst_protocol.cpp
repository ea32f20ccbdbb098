// SPDX-License-Identifier: Apache-2.0
#include "protocol/protocol.h"

#include <QTest>

using namespace trialcrf;

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
    void builtInLoads()
    {
        const Protocol &p = Protocol::builtIn();
        QCOMPARE(p.registryId, QStringLiteral("NCT03745417"));
        QCOMPARE(p.cellsPerKg, qint64(2000000));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
