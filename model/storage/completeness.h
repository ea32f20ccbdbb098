// SPDX-License-Identifier: Apache-2.0
// What a casebook still lacks, as pure functions of the protocol and the casebook (no I/O, no
// clock: "today" is passed in): the pages saved incomplete, the pages the schedule expects
// and that are not there, and from both what stands in the way of approving it.
#pragma once

#include "protocol/protocol.h"
#include "storage/casebook.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace trialcrf::rules {

/// Page codes (the tables' record types, as the casebook shows them).
namespace Page {
inline const QString subject = QStringLiteral("subject");
inline const QString consent = QStringLiteral("consent");
inline const QString eligibility = QStringLiteral("eligibility");
inline const QString infusion = QStringLiteral("infusion");
inline const QString pasi = QStringLiteral("pasi");
inline const QString adverseEvent = QStringLiteral("adverse_event");
}  // namespace Page

/// One saved page and what it still misses.
struct IncompletePage {
    QString page;        ///< a Page code
    QString visit;       ///< infusion and PASI pages; empty otherwise
    int aeNumber = 0;    ///< adverse events; 0 otherwise
    QStringList fields;  ///< the missing field keys (export columns; "vital_signs" for a set)
};

/// The missing items of one record's validate() as field keys, without repeats; the keys of a
/// vital-sign set ("vitals[2].phase") become "vital_signs".
QStringList missingFieldKeys(const FieldErrors &errors);

/// Every saved page of the casebook that validate() finds incomplete (the eligibility page:
/// the items its verdict is missing), in casebook order.
QList<IncompletePage> incompletePages(const Protocol &p, const Casebook &c);

/// A page the schedule expects (PASI or infusion at a visit, consent, eligibility).
struct ExpectedPage {
    QString page;   ///< a Page code
    QString visit;  ///< the visit for infusion and PASI pages
};

/// The pages the protocol's schedule expects by now for the subject's status: the screening
/// pages (consent, eligibility, screening PASI) always; for an enrolled subject also every
/// visit done or with data so far and every visit whose window has closed by `today`; for a
/// completed subject every visit; for a withdrawn subject the visits up to the last one with
/// data (nothing after the withdrawal is expected); screening and screen failure: the
/// screening pages only.
QList<ExpectedPage> expectedPages(const Protocol &p, const Casebook &c, const QDate &today);

/// An item that needs a written reason, such as a protocol deviation of the casebook: the
/// hook through which such lists reach the approval check (see approvalBlockers()).
/// One thing that stops "approved — complete and correct". A code with its arguments; the
/// text is made in the reader's language when shown.
struct ApprovalBlocker {
    enum class Kind {
        StillScreening,          ///< the subject is still in screening
        MissingPage,             ///< page, visit: expected and not recorded
        IncompletePage,          ///< page, visit, aeNumber, items: saved with items missing
        AdverseEventNoOutcome,   ///< aeNumber: no outcome recorded
        ReasonMissing,           ///< visit, items[0]: a deviation kind without its reason
    };
    Kind kind = Kind::MissingPage;
    QString page;
    QString visit;
    int aeNumber = 0;
    QStringList items;

    /// "still_screening", "missing_page", "incomplete_page", "ae_no_outcome", "reason_missing".
    QString code() const;
    /// One line in the current UI language, e.g. "Missing page: PASI — Week 0".
    QString text() const;
};

/// Everything that stops approving the whole casebook on `today`: the subject still in
/// screening, each expected page not recorded, each saved page incomplete, each adverse event
/// without an outcome, and each open protocol deviation without its reason. Empty: the
/// casebook may be approved.
QList<ApprovalBlocker> approvalBlockers(const Protocol &p, const Casebook &c, const QDate &today);

/// What stops approving one visit: its infusion and PASI pages expected at that visit and not
/// recorded, or recorded incomplete.
QList<ApprovalBlocker> visitApprovalBlockers(const Protocol &p, const Casebook &c,
                                             const QString &visit);

/// The label of a page code in the current UI language ("Infusion", "PASI", …).
QString pageLabel(const QString &page);
/// "PASI — Week 0", "Adverse event 2", "Consent": a page in the current UI language.
QString pageTitle(const QString &page, const QString &visit = {}, int aeNumber = 0);

}  // namespace trialcrf::rules
