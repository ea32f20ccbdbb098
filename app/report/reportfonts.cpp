// SPDX-License-Identifier: Apache-2.0
#include "reportfonts.h"

#include <QFontDatabase>

namespace trialcrf {

namespace {

const char *const kPreferred[] = {"DejaVu Sans", "Droid Sans Fallback", "Noto Sans CJK SC"};

}  // namespace

QStringList ReportFonts::families()
{
    static const QStringList list = [] {
        const QStringList installed = QFontDatabase::families();
        QStringList l;
        for (const char *f : kPreferred) {
            if (installed.contains(QLatin1String(f)))
                l << QLatin1String(f);
        }
        if (l.isEmpty())
            l << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        return l;
    }();
    return list;
}

QFont ReportFonts::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(families());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Outlines, not hinted bitmaps: the PDF is scaled by every viewer.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

bool ReportFonts::hasSearchableCjkFont()
{
    return families().contains(QLatin1String("Droid Sans Fallback"));
}

}  // namespace trialcrf
