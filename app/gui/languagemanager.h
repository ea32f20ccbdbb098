// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace trialcrf {

/// Switches the UI language while the app runs: swaps our translator (":/i18n/trialcrf_*.qm")
/// and Qt's own (qtbase_*.qm, standard buttons and dialogs), sets the default QLocale so dates
/// and numbers follow, and remembers the choice in QSettings. Installing or removing a
/// translator sends QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Language codes the app offers: "en", "zh_CN".
    static QStringList languages();
    /// The language's name in itself ("English", "中文"), the same in every UI language.
    static QString nativeName(const QString &code);
    /// The language to start in: `requested` when it is offered, else the saved choice, else
    /// the system locale's (Chinese → zh_CN, anything else → en).
    QString startupLanguage(const QString &requested = {}) const;

    /// Switches at once; `persist` saves the choice for the next start. False for an unknown
    /// code or a translation that cannot be loaded (the language then stays as it was).
    bool setLanguage(const QString &code, bool persist = true);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

}  // namespace trialcrf
