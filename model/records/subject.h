// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"

#include <QDate>
#include <QString>
#include <optional>

namespace trialcrf {

/// A trial subject: code and initials only, never a name, ID number or phone (protocol).
struct Subject {
    qint64 id = 0;      ///< 0 until saved
    int version = 0;    ///< row version; 0 until saved
    QString code;       ///< e.g. "S001"; letters, digits and '-', unique
    QString initials;   ///< 1–4 letters, e.g. "ZXM"
    QString sex;        ///< "M" or "F"
    std::optional<QDate> birthDate;
    std::optional<QDate> week0Date;  ///< planned date of the first infusion
    /// See statusCodes(). It follows from the data (rules::subjectStatus): the store writes
    /// what the consent, the confirmed eligibility, the visits and the withdrawal imply.
    QString status = QStringLiteral("screening");
    /// Set together when the subject withdraws (StudyStore::withdrawSubject); empty otherwise.
    std::optional<QDate> withdrawalDate;
    QString withdrawalReason;
    /// The code of the site (hospital) the subject belongs to; empty on a new subject until
    /// saved (the store puts it in the creator's site, see StudyStore::saveSubject).
    QString siteCode;

    static QStringList statusCodes();  ///< screening, enrolled, screen_failed, withdrawn, completed
    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
