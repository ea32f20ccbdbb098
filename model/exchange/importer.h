// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/exchangeproblem.h"
#include "storage/session.h"

#include <QList>
#include <QMap>
#include <QString>

namespace trialcrf {

class StudyStore;

struct ImportReport {
    enum class Status {
        Imported,   ///< every row written, in one transaction
        Rejected,   ///< problems found: nothing was written (see problems)
        Cancelled,  ///< the progress callback said stop: nothing was written
        Denied,     ///< only a data manager may import
        Failed,     ///< the folder or the database failed (`message`): nothing was written
    };
    Status status = Status::Imported;
    QString message;                  ///< one line, untranslated detail for Denied / Failed
    qint64 problemCount = 0;          ///< every problem found
    QList<ExchangeProblem> problems;  ///< the first Importer::kKeptProblems of them
    /// What did not stop the import but should be known (no manifest.csv to check against).
    QList<ExchangeProblem> warnings;
    QMap<QString, qint64> rows;       ///< file name → data rows read

    bool ok() const { return status == Status::Imported; }
};

/// Reads an export folder back in (DESIGN.md "Data exchange"): the same files and columns,
/// computed columns ignored, audit.csv and dictionary.csv skipped. Every row goes through the
/// validate() the forms use plus the reference checks (unknown subject code, duplicate key,
/// also against what the database already holds), and is saved through StudyStore in import
/// mode, audited as the importing user with reason "import". All or nothing: one transaction
/// around everything, committed only when no problem at all was found. Every problem is
/// reported with file, line, column and reason, not only the first. Files are streamed, so
/// memory grows with the number of subjects, never with the size of a file.
class Importer {
public:
    static constexpr int kKeptProblems = 1000;

    Importer(StudyStore &store, const Session &session);

    /// Called now and then with bytes read and total bytes; returning false cancels.
    void setProgress(ExchangeProgress progress) { m_progress = std::move(progress); }
    /// Called with each problem as it is found (all of them, also beyond kKeptProblems).
    void setProblemSink(std::function<void(const ExchangeProblem &)> sink)
    {
        m_sink = std::move(sink);
    }

    ImportReport importCsv(const QString &folder);

    /// The files import reads, in the order it reads them.
    static QStringList fileNames();
    /// The reason every imported row is audited with.
    static QString auditReason() { return QStringLiteral("import"); }

private:
    class Run;

    StudyStore &m_store;
    Session m_session;
    ExchangeProgress m_progress;
    std::function<void(const ExchangeProblem &)> m_sink;
};

}  // namespace trialcrf
