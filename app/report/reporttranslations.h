// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>

namespace trialcrf {

/// The project's translations for the charts and the report (trialcrf_<lang>.qm from
/// trialcrf_i18n, under ":/i18n/"). The GUI's language manager calls install() beside loading the
/// app's translator; the CLI calls it for --lang. English is the source language.
class ReportTranslations {
public:
    /// Replaces the report translator installed before with the one for `locale`. Returns
    /// false (and leaves English) when there is no translation for that language.
    static bool install(const QLocale &locale);
    /// Removes the report translator (back to English).
    static void remove();
    /// The resource path of the translation for `locale`, e.g. ":/i18n/trialcrf_zh_CN.qm".
    static QString resourcePath(const QLocale &locale);
};

}  // namespace trialcrf
