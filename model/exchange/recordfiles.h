// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/csvwriter.h"
#include "storage/session.h"

#include <QByteArray>
#include <QSet>
#include <functional>
#include <optional>

namespace trialcrf {

class StudyStore;

/// The record files of a CSV export: each writes its rows, every column by name from the
/// record's field table (the header is the dictionary's, filled by the same table), computed
/// columns beside the raw ones. Subjects, consents, eligibility, adverse events and deviations
/// come through StudyStore's visitors; PASI, infusions and vital signs, the large ones, through
/// ExchangeQueries selecting the tables' stored columns.
class RecordFiles {
public:
    /// Called once per row with the row's subject code (empty for the files that do not
    /// walk the subjects); false stops the file.
    using Tick = std::function<bool(const QByteArray &subjectCode)>;

    RecordFiles(const StudyStore &store, const Session &session);

    bool subjects(CsvWriter &w, const Tick &tick, QString *error) const;
    bool consents(CsvWriter &w, const Tick &tick, QString *error) const;
    bool eligibility(CsvWriter &w, const Tick &tick, QString *error) const;
    /// With each subject's PASI and improvement from its baseline.
    bool pasi(CsvWriter &w, const Tick &tick, QString *error) const;
    /// With the target dose, its deviation and whether it is within tolerance.
    bool infusions(CsvWriter &w, const Tick &tick, QString *error) const;
    /// In infusion order, then their recorded order.
    bool vitalSigns(CsvWriter &w, const Tick &tick, QString *error) const;
    bool adverseEvents(CsvWriter &w, const Tick &tick, QString *error) const;
    bool deviations(CsvWriter &w, const Tick &tick, QString *error) const;

private:
    /// A row of another site's subject (a reader limited to some sites).
    bool elsewhere(const QByteArray &subjectCode) const
    {
        return m_mine && !m_mine->contains(QString::fromUtf8(subjectCode));
    }

    const StudyStore &m_store;
    const Session &m_session;
    /// The codes of the reader's subjects; nullopt = every subject. Empty when they cannot
    /// be read (the files then hold nothing rather than another site's rows).
    std::optional<QSet<QString>> m_mine;
};

}  // namespace trialcrf
