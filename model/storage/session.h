// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "security/permissions.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace trialcrf {

/// The logged-in user. Repositories take it for every call.
struct Session {
    qint64 userId = 0;
    QString userName;
    Role role = Role::Monitor;
    /// Entry for a session of the app or the CLI; Import for the writes of an import, which
    /// are then checked against ImportData (see requiredAction()), never widened.
    Purpose purpose = Purpose::Entry;
    /// The codes of the sites whose subjects this user reads and writes (user_sites, read at
    /// login); nullopt = no limit (a session made in code without a login: the demo
    /// generator, tests).
    std::optional<QStringList> siteCodes = std::nullopt;
    bool may(Action a) const { return isAllowed(role, requiredAction(a, purpose)); }
    /// Whether the subjects of the site coded `code` are this user's to read and write.
    bool maySite(const QString &code) const { return !siteCodes || siteCodes->contains(code); }
    /// This user writing an import's records.
    Session importing() const
    {
        Session s = *this;
        s.purpose = Purpose::Import;
        return s;
    }
};

/// The source of "now" (UTC), injectable so tests can pin the clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

}  // namespace trialcrf
