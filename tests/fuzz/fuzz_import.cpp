// SPDX-License-Identifier: Apache-2.0
// libFuzzer: an export folder made of the input and imported into a study. The input is split
// at lines "--- NAME" into files (before the first marker: subjects.csv). The import must
// never crash, must be all or nothing (a refused import writes no row), and every problem it
// prints must be one line of printable text.
#include "exchange/importer.h"
#include "fixtures.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

using namespace trialcrf;

namespace {

struct Study {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<StudyStore> store;
};

Study &study()
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // QtSql's registry of connections is created on first use and destroyed in reverse order:
    // create it before the study, so that it still exists when the study closes at exit.
    (void)QSqlDatabase::connectionNames();
    static Study s;
    if (!s.store) {
        if (!s.db.open(s.dir.filePath(QStringLiteral("fuzz.db"))))
            std::abort();
        s.store = std::make_unique<StudyStore>(s.db, Protocol::builtIn(), fixtures::pinnedClock());
    }
    return s;
}

void writeFolder(const QString &folder, const QByteArray &input)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QString name = QStringLiteral("subjects.csv");
    QByteArray content;
    const auto flush = [&] {
        // Only plain names: the fuzzer never writes outside the folder.
        if (!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.'))) {
            QFile f(QDir(folder).filePath(name));
            if (f.open(QIODevice::WriteOnly | QIODevice::Append))
                f.write(content);
        }
        content.clear();
    };
    for (const QByteArray &line : input.split('\n')) {
        if (line.startsWith("--- ")) {
            flush();
            name = QString::fromUtf8(line.mid(4)).trimmed();
            continue;
        }
        content += line + '\n';
    }
    flush();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Study &s = study();
    const QString folder = s.dir.filePath(QStringLiteral("in"));
    writeFolder(folder, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const int subjectsBefore = s.store->subjectCount();
    const qint64 auditBefore = AuditLog(s.db).count();
    Importer importer(*s.store, fixtures::dataManager());
    const ImportReport r = importer.importCsv(folder);
    if (!r.ok() && (s.store->subjectCount() != subjectsBefore || AuditLog(s.db).count() != auditBefore))
        std::abort();  // a refused import wrote something
    for (const ExchangeProblem &p : r.problems) {
        for (const QChar c : p.toString()) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                std::abort();  // a control character reached the output
        }
    }
    return 0;
}
