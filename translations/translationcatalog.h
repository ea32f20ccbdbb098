// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace trialcrf {

/// Where the built-in translations are: lrelease builds trialcrf_<lang>.qm from the .ts files
/// of this folder into the build tree, and the library trialcrf_i18n embeds them under
/// ":/i18n/". Both the app and trialcrf-cli link it, so they read the same catalogue.
/// Qt Core only.
class TranslationCatalog {
public:
    /// Languages with a built-in catalogue besides the English source text: "zh_CN".
    static QStringList translatedLanguages();
    /// The resource path of our catalogue for `language` (":/i18n/trialcrf_zh_CN.qm").
    static QString appCatalog(const QString &language);
    /// The base name and folder of Qt's own catalogue (qtbase_zh_CN.qm in Qt's translations).
    static QString qtCatalogName(const QString &language);
    static QString qtCatalogDirectory();
};

}  // namespace trialcrf
