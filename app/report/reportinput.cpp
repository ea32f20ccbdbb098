// SPDX-License-Identifier: Apache-2.0
#include "reportinput.h"

#include <QSet>

namespace trialcrf {

AuditSummary AuditSummary::from(const QList<AuditEntry> &entries)
{
    AuditSummary s;
    QSet<QString> users;
    for (const AuditEntry &e : entries) {
        ++s.entries;
        if (e.action == QLatin1String("insert"))
            ++s.created;
        else if (e.action == QLatin1String("update"))
            ++s.changed;
        users.insert(e.userName);
        if (!s.first || e.seq < s.first->seq)
            s.first = e;
        if (!s.last || e.seq > s.last->seq)
            s.last = e;
    }
    s.users = int(users.size());
    for (auto it = entries.crbegin(); it != entries.crend() && s.recentChanges.size() < kRecent; ++it) {
        if (it->action == QLatin1String("update"))
            s.recentChanges << *it;
    }
    return s;
}

}  // namespace trialcrf
