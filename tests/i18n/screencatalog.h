// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>
#include <memory>

namespace trialcrf {
class LanguageManager;
class MainWindow;
class SecurityController;
class SignatureStore;
}

namespace trialcrf::i18ntest {

class DemoStudy;

/// Every screen of the app, built the way the app builds it, on the demo study: the main
/// window (empty, and with a casebook), each CRF page hosted in the casebook, and each
/// dialog. The language tests open each one by name and look at what it shows.
class ScreenCatalog {
public:
    ScreenCatalog(DemoStudy &study, LanguageManager &language);
    ~ScreenCatalog();

    static QStringList names();
    /// Whether a person can change the language while this screen is open: the main window
    /// (its Language menu) and the login dialog (its language box). Every other dialog is
    /// modal over the main window.
    static bool languageSwitchable(const QString &name);
    /// Delivers what a language switch or a new text posted (LanguageChange, queued
    /// retranslations, layout requests that post further layout requests) until the screens
    /// are settled.
    static void settle();
    /// The item views that show stored data (the audit trail: user names, typed reasons), with
    /// the columns that label codes in the interface's language (action, table, field, old →
    /// new: typed text in them is data). See VisibleTexts::collect().
    static QHash<QString, QSet<int>> storedDataViews();

    /// Builds the screen in the current language, shows it and waits until it is exposed;
    /// returns its window (owned here), nullptr with *error when it cannot.
    QWidget *open(const QString &name, QString *error);
    /// Ends whatever open() built.
    void close();

private:
    QWidget *openMainWindow(const QString &name, QString *error);
    QWidget *openDialog(const QString &name, QString *error);

    DemoStudy &m_study;
    LanguageManager &m_language;
    std::unique_ptr<SignatureStore> m_signatures;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
    std::unique_ptr<QWidget> m_dialog;
};

}  // namespace trialcrf::i18ntest
