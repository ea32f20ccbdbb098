// SPDX-License-Identifier: Apache-2.0
#include "translationcatalog.h"

#include <QLibraryInfo>

namespace trialcrf {

QStringList TranslationCatalog::translatedLanguages()
{
    return {QStringLiteral("zh_CN")};
}

QString TranslationCatalog::appCatalog(const QString &language)
{
    return QStringLiteral(":/i18n/trialcrf_") + language + QStringLiteral(".qm");
}

QString TranslationCatalog::qtCatalogName(const QString &language)
{
    return QStringLiteral("qtbase_") + language;
}

QString TranslationCatalog::qtCatalogDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

}  // namespace trialcrf
