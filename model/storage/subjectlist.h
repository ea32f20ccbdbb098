// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace trialcrf {

/// One line of the subject list.
struct SubjectSummary {
    qint64 id = 0;
    QString code, initials, status;
    QString siteCode;
    std::optional<QDate> week0Date;
    bool locked = false;
    /// Visit code → date the visit was done (its infusion date, else its PASI date), so the
    /// list can show the next visit due and overdue / out-of-window flags without N+1 queries.
    QMap<QString, QDate> visitDates;
    /// The casebook's signature that counts: the latest "approved" one, else the latest
    /// "reviewed" one (whole-casebook signatures only); meaning empty when never signed.
    QString signedMeaning;
    QDateTime signedAtUtc;
    QString signedBy;  ///< printed name at signing
    /// A page of the casebook was saved after that signature (the list's cheap test, by the
    /// rows' updated_at; the signature dock and the report check the content hash).
    bool changedSinceSigned = false;
    /// Monitoring: queries not closed, standing SDV marks (broken or not: the list's cheap
    /// count; SdvStore tells them apart) and the fields of the recorded pages.
    int openQueries = 0;
    int sdvMarks = 0;
    int sdvFields = 0;
};

/// Which subjects a list shows: codes starting with `codePrefix` (as typed or upper-cased;
/// empty = any) and of `status` (a status code; empty = any), at the reader's sites.
struct SubjectFilter {
    QString codePrefix, status;
    /// The sites whose subjects the reader may see (Session::siteCodes); nullopt = every site.
    std::optional<QStringList> siteCodes = std::nullopt;
};

/// The subject list's reads: counts and pages ordered by code. Every value is a bound
/// parameter; the SQL texts are fixed per filter shape. An SQL error is returned as such
/// (nullopt with *error), never as 0 or a shorter page.
class SubjectList {
public:
    SubjectList(const Database &db, const Protocol &protocol);

    std::optional<int> count(const SubjectFilter &filter, QString *error) const;
    /// The page after the subject coded `afterCode` (empty: the first page): keyset paging,
    /// as fast deep in the list as at its top. limit < 0 = all.
    std::optional<QList<SubjectSummary>> pageAfter(const QString &afterCode, int limit,
                                                   const SubjectFilter &filter,
                                                   QString *error) const;
    /// The page that starts at row `offset` of the list (OFFSET: costs O(offset); for
    /// jumping to a row, pageAfter() for reading on).
    std::optional<QList<SubjectSummary>> pageAt(int offset, int limit,
                                                const SubjectFilter &filter,
                                                QString *error) const;

private:
    std::optional<QList<SubjectSummary>> page(const QString &afterCode, int offset, int limit,
                                              const SubjectFilter &filter, QString *error) const;
    /// Fills the visit dates, signed state and monitoring counts of a page: four queries,
    /// whatever its size.
    bool complete(QList<SubjectSummary> &page, const SubjectFilter &filter,
                  QString *error) const;

    const Database &m_db;
    const Protocol &m_protocol;
};

}  // namespace trialcrf
