// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QStringList>

namespace trialcrf {

/// The fonts of the PDF report (and of the charts in it).
///
/// Latin text is set in DejaVu Sans; Chinese falls back, per character, to Droid Sans
/// Fallback and only then to Noto Sans CJK SC. The order matters: Qt 6.4's PDF writer maps
/// each embedded glyph back to the lowest code point that shares it, and Noto Sans CJK gives
/// many ideographs the glyph of a Kangxi/CJK radical (面 → ⾯ U+2FAF, 页 → ⻚ U+2EDA), so text
/// copied or searched in the PDF would come out wrong. Droid Sans Fallback
/// (fonts-droid-fallback) has no such sharing; every font is embedded either way.
class ReportFonts {
public:
    /// The family list, most preferred first, of the fonts installed.
    static QStringList families();
    /// A font with families() at `pointSize`.
    static QFont font(qreal pointSize, bool bold = false);
    /// Whether a CJK font whose text survives copy and search (Droid Sans Fallback) is installed.
    static bool hasSearchableCjkFont();
};

}  // namespace trialcrf
