// SPDX-License-Identifier: Apache-2.0
#include "reporttranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <memory>

namespace trialcrf {

namespace {

std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

}  // namespace

QString ReportTranslations::resourcePath(const QLocale &locale)
{
    return QStringLiteral(":/i18n/trialcrf_%1.qm").arg(locale.name());
}

void ReportTranslations::remove()
{
    if (installed())
        QCoreApplication::removeTranslator(installed().get());
    installed().reset();
}

bool ReportTranslations::install(const QLocale &locale)
{
    remove();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("trialcrf"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed() = std::move(translator);
    return true;
}

}  // namespace trialcrf
