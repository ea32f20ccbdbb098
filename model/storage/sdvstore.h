// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

class Database;
class StudyStore;

/// A field's source data verification: who verified it, when, bound to the SHA-256 of the
/// value verified (monitoredfields::valueHash) as a signature is bound to its content.
struct SdvMark {
    enum class Status {
        Valid,   ///< the value is what was verified
        Broken,  ///< changed since verified
    };
    qint64 id = 0;
    FieldRef ref;
    QString subjectCode;
    QString contentHash;
    QString byUser, byRole;
    QDateTime atUtc;
    Status status = Status::Valid;  ///< filled by the reads against the current data
};

/// Verified / total fields of a page, a visit or a subject; broken marks count as not verified.
struct SdvProgress {
    int verified = 0;
    int broken = 0;
    int total = 0;
    bool complete() const { return total > 0 && verified == total; }
    SdvProgress &operator+=(const SdvProgress &o)
    {
        verified += o.verified;
        broken += o.broken;
        total += o.total;
        return *this;
    }
};

/// SDV marks. A monitor or data manager (Action::VerifySource) marks one field, a page or a
/// whole visit in one action, and unmarks the same way. Rows are append-only: a mark is taken
/// back by a newer row that unmarks. Each row is written with its audit row (actions
/// sdv_mark, sdv_unmark on table sdv_marks) in the action's one transaction.
class SdvStore {
public:
    explicit SdvStore(const StudyStore &store);

    /// Marks a field, or every field of a page (ref.field empty), verified as it is now.
    /// Fields already verified with the same value are left as they are.
    SaveResult mark(const Session &s, const FieldRef &ref, int *marked = nullptr);
    /// Marks every recorded page of the visit.
    SaveResult markVisit(const Session &s, qint64 subjectId, const QString &visit,
                         int *marked = nullptr);
    /// Takes back the marks of a field or of a page's fields.
    SaveResult unmark(const Session &s, const FieldRef &ref, int *unmarked = nullptr);

    /// The standing marks of one subject (a field's latest row, when it marks), with their
    /// status against the casebook as loaded.
    std::optional<QList<SdvMark>> marks(const Casebook &casebook, QString *error = nullptr) const;
    /// The subjects with any SDV row, by subject code.
    std::optional<QList<qint64>> markedSubjects(QString *error = nullptr) const;
    /// Every broken mark of the study (or one subject), by subject code.
    std::optional<QList<SdvMark>> brokenMarks(const Session &s, qint64 subjectId = 0,
                                              QString *error = nullptr) const;

    /// Progress of one page (field empty), of the pages of `visit`, or of the casebook.
    static SdvProgress pageProgress(const Protocol &p, const Casebook &casebook,
                                    const QList<SdvMark> &marks, const FieldRef &page);
    static SdvProgress visitProgress(const Protocol &p, const Casebook &casebook,
                                     const QList<SdvMark> &marks, const QString &visit);
    static SdvProgress subjectProgress(const Protocol &p, const Casebook &casebook,
                                       const QList<SdvMark> &marks);
    /// The mark of one field in `marks`; nullptr when not verified.
    static const SdvMark *markOf(const QList<SdvMark> &marks, const FieldRef &ref);

    /// Tamper check for verify: every row matches the audit row that wrote it and every
    /// sdv audit row still has its row. nullopt when sound; else the first wrong id.
    static std::optional<qint64> firstForgedMark(const Database &db, QString *problem);

private:
    SaveResult write(const Session &s, qint64 subjectId, const QList<FieldRef> &pages,
                     const QString &onlyField, bool verified, int *count);

    const StudyStore &m_store;
};

}  // namespace trialcrf
