// SPDX-License-Identifier: Apache-2.0
#include "liverefresh.h"

#include "casebookview.h"
#include "crfform.h"
#include "mainwindow.h"
#include "storage/studystore.h"
#include "storage/studywatcher.h"
#include "subjectlistview.h"

#include <cstdio>

namespace trialcrf {

LiveRefresh::LiveRefresh(MainWindow &window, const StudyStore &store, QObject *parent)
    : QObject(parent), m_window(window), m_watcher(new StudyWatcher(store.database(), this))
{
    connect(m_watcher, &StudyWatcher::changed, this, &LiveRefresh::apply);
    QString error;
    if (!m_watcher->start(&error)) {
        // F5 still refreshes by hand; the study itself is fine.
        std::fprintf(stderr, "trialcrf: live refresh is off: %s\n", qPrintable(error));
    }
}

void LiveRefresh::apply(const StudyChanges &changes)
{
    if (m_window.session().userId == 0 || changes.isEmpty())
        return;  // no one logged in: the next login reads the study afresh
    m_window.subjectList()->refreshLive();
    CasebookView *casebook = m_window.casebook();
    const qint64 shown = casebook->subjectId();
    if (shown != 0 && changes.touchesSubject(shown)) {
        casebook->reload();  // header, timeline, signed state; the charts follow it
        if (CrfForm *form = casebook->openForm()) {
            if (const std::optional<ChangedRecord> change = changes.changeOf(form->pageRef()))
                form->changedElsewhere(change->userName, change->roleCode, change->atUtc);
        }
    }
    Q_EMIT refreshed();
}

}  // namespace trialcrf
