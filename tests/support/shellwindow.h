// SPDX-License-Identifier: Apache-2.0
// For the GUI tests of the app shell only (they link trialcrf_shell): the main window as the
// app shows it after a login, active, so shortcuts and Alt+letters reach it offscreen.
#pragma once

#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTest>
#include <memory>

namespace trialcrf::fixtures {

/// A new main window on `store` for `session`, 1280×900, shown and made the active window;
/// null when it did not become active.
inline std::unique_ptr<MainWindow> activeMainWindow(StudyStore &store, LanguageManager &language,
                                                    const Session &session)
{
    auto window = std::make_unique<MainWindow>(store, language);
    window->setSession(session);
    window->resize(1280, 900);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

}  // namespace trialcrf::fixtures
