// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace trialcrf {

class MainWindow;
class StudyStore;
class StudyWatcher;
struct StudyChanges;

/// Keeps the window current while other workstations save: the subject list (filter,
/// current subject and scroll position kept), the shown casebook (header, visit timeline,
/// signed state, and with it the charts) and the open page, which reloads when nothing is
/// typed on it and otherwise says who saved it and keeps what is typed (CrfForm).
/// The study's StudyWatcher says when and what; nothing here reads the database itself.
class LiveRefresh : public QObject {
    Q_OBJECT
public:
    LiveRefresh(MainWindow &window, const StudyStore &store, QObject *parent = nullptr);

    StudyWatcher *watcher() const { return m_watcher; }
    /// Brings the window up to date with what another workstation changed.
    void apply(const StudyChanges &changes);

Q_SIGNALS:
    /// apply() is done: the list, casebook and page show the changes.
    void refreshed();

private:
    MainWindow &m_window;
    StudyWatcher *m_watcher = nullptr;
};

}  // namespace trialcrf
