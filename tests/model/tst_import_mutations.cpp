// SPDX-License-Identifier: Apache-2.0
// Mutation testing of the import, deterministic (a fixed seed): 300 copies of a good export,
// each with one file changed at random (a byte flipped, the file cut short, a line dropped,
// repeated or swapped, random bytes inserted: quotes, commas, line ends, control characters,
// broken UTF-8). Each is imported into a new empty study. Nothing may crash; a refused import
// writes nothing at all; every problem prints as one line of printable text; and while the
// export's manifest.csv is there, every changed file is caught, even one that still parses.
#include "tst_exportfixtures.h"

#include "exchange/exporter.h"
#include "exchange/importer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::exchangefixtures;

namespace {

constexpr int kMutations = 300;
constexpr quint32 kSeed = 20261207;

const QStringList kImported{QStringLiteral("subjects.csv"),    QStringLiteral("consents.csv"),
                            QStringLiteral("eligibility.csv"), QStringLiteral("pasi.csv"),
                            QStringLiteral("infusions.csv"),   QStringLiteral("vital_signs.csv"),
                            QStringLiteral("adverse_events.csv"),
                            QStringLiteral("deviations.csv")};

QByteArray randomBytes(QRandomGenerator &rng)
{
    // Quotes, separators, control bytes (NUL too), ASCII, and UTF-8 whole and cut short.
    static const char kAlphabet[] =
        "\",\r\n;\x1b\x07\x00\x7f" "abcXYZ019-: \xe4\xb8\xad\xff\xc3";
    static const QByteArray alphabet(kAlphabet, qsizetype(sizeof kAlphabet) - 1);
    QByteArray out;
    const int n = int(rng.bounded(1, 12));
    for (int i = 0; i < n; ++i)
        out += alphabet.at(int(rng.bounded(alphabet.size())));
    return out;
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &rng, QString *what)
{
    QList<QByteArray> lines = bytes.split('\n');
    const int kind = int(rng.bounded(6));
    const int at = bytes.isEmpty() ? 0 : int(rng.bounded(bytes.size()));
    const int line = int(rng.bounded(lines.size()));
    switch (kind) {
    case 0:
        *what = QStringLiteral("byte %1 flipped").arg(at);
        if (!bytes.isEmpty())
            bytes[at] = char(rng.bounded(256));
        return bytes;
    case 1:
        *what = QStringLiteral("cut at %1").arg(at);
        return bytes.left(at);
    case 2:
        *what = QStringLiteral("line %1 dropped").arg(line + 1);
        lines.removeAt(line);
        return lines.join('\n');
    case 3:
        *what = QStringLiteral("line %1 repeated").arg(line + 1);
        lines.insert(line, lines.at(line));
        return lines.join('\n');
    case 4: {
        const int other = int(rng.bounded(lines.size()));
        *what = QStringLiteral("lines %1 and %2 swapped").arg(line + 1).arg(other + 1);
        lines.swapItemsAt(line, other);
        return lines.join('\n');
    }
    default:
        *what = QStringLiteral("bytes inserted at %1").arg(at);
        return bytes.insert(at, randomBytes(rng));
    }
}

}  // namespace

class TestImportMutations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mutatedExportsNeverCrashAndAreAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_good, m_empty;
};

void TestImportMutations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    StudyFile source(m_dir.filePath(QStringLiteral("source.db")));
    QVERIFY(source.ok);
    const QString problem = fillStudy(source, 3);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_good = m_dir.filePath(QStringLiteral("good"));
    const ExportResult r = Exporter(*source.store, monitor()).exportCsv(m_good);
    QVERIFY2(r.ok(), qPrintable(r.message));
    m_empty = m_dir.filePath(QStringLiteral("empty.db"));
    StudyFile empty(m_empty);
    QVERIFY(empty.ok);
}

void TestImportMutations::mutatedExportsNeverCrashAndAreAllOrNothing()
{
    QRandomGenerator rng(kSeed);
    const QMap<QString, QByteArray> good = readFolder(m_good);
    int refused = 0, imported = 0, caughtByManifest = 0;
    for (int i = 0; i < kMutations; ++i) {
        const QString folder = m_dir.filePath(QStringLiteral("m%1").arg(i));
        QVERIFY(QDir().mkpath(folder));
        const bool keepManifest = i % 2 == 0;
        const QString file = kImported.at(int(rng.bounded(kImported.size())));
        QString what;
        const QByteArray mutated = mutate(good.value(file), rng, &what);
        for (auto it = good.cbegin(); it != good.cend(); ++it) {
            if (it.key() == QLatin1String("manifest.csv") && !keepManifest)
                continue;
            QFile f(QDir(folder).filePath(it.key()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.key() == file ? mutated : it.value());
        }
        const QString dbPath = m_dir.filePath(QStringLiteral("target%1.db").arg(i));
        QVERIFY(QFile::copy(m_empty, dbPath));
        const QString label = QStringLiteral("#%1 %2: %3%4")
                                  .arg(i)
                                  .arg(file, what,
                                       keepManifest ? QStringLiteral(" (with manifest)") : QString());
        {
            StudyFile target(dbPath);
            QVERIFY(target.ok);
            const ImportReport r = Importer(*target.store, dataManager()).importCsv(folder);
            if (r.ok()) {
                ++imported;
                QVERIFY2(target.store->subjectCount() > 0, qPrintable(label));
            } else {
                ++refused;
                QVERIFY2(r.status == ImportReport::Status::Rejected,
                         qPrintable(label + QStringLiteral(": ") + r.message));
                QVERIFY2(target.store->subjectCount() == 0 && auditRows(target.db) == 0,
                         qPrintable(label + QStringLiteral(": a refused import wrote rows")));
            }
            for (const ExchangeProblem &p : r.problems) {
                const QString line = p.toString();
                for (const QChar c : line)
                    QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(label));
            }
            if (keepManifest && mutated != good.value(file)) {
                bool named = false;
                for (const ExchangeProblem &p : r.problems)
                    named = named || p.file == file || p.file == QLatin1String("manifest.csv");
                QVERIFY2(!r.ok() && named, qPrintable(label + QStringLiteral(": not caught")));
                ++caughtByManifest;
            }
        }
        QDir(folder).removeRecursively();
        QFile::remove(dbPath);
    }
    qInfo("%d mutated exports: %d refused, %d imported (harmless changes); %d changed files "
          "with their manifest, all caught",
          kMutations, refused, imported, caughtByManifest);
}

QTEST_GUILESS_MAIN(TestImportMutations)
#include "tst_import_mutations.moc"
