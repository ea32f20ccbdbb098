// SPDX-License-Identifier: Apache-2.0
#include "languagemanager.h"

#include "translationcatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace trialcrf {

namespace {

const QString settingsKey = QStringLiteral("ui/language");
const QString english = QStringLiteral("en");
const QString chinese = QStringLiteral("zh_CN");

}  // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {chinese, english};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == chinese)
        return QStringLiteral("中文");
    if (code == english)
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::startupLanguage(const QString &requested) const
{
    if (languages().contains(requested))
        return requested;
    const QString saved = QSettings().value(settingsKey).toString();
    if (languages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? chinese : english;
}

bool LanguageManager::setLanguage(const QString &code, bool persist)
{
    if (!languages().contains(code))
        return false;
    if (code != m_language) {
        std::unique_ptr<QTranslator> app, qt;
        if (code != english) {
            app = std::make_unique<QTranslator>();
            if (!app->load(TranslationCatalog::appCatalog(code)))
                return false;
            // Qt's own strings (standard buttons, file dialogs); missing is not fatal.
            qt = std::make_unique<QTranslator>();
            if (!qt->load(TranslationCatalog::qtCatalogName(code),
                          TranslationCatalog::qtCatalogDirectory()))
                qt.reset();
        }
        removeTranslators();
        m_appTranslator = std::move(app);
        m_qtTranslator = std::move(qt);
        if (m_qtTranslator)
            QCoreApplication::installTranslator(m_qtTranslator.get());
        if (m_appTranslator)
            QCoreApplication::installTranslator(m_appTranslator.get());
        QLocale::setDefault(code == chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        m_language = code;
        Q_EMIT languageChanged(code);
    }
    if (persist)
        QSettings().setValue(settingsKey, code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

}  // namespace trialcrf
