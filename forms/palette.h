// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace trialcrf {

/// The colours of the chart family (screen, PNG, PDF): ChartStyle starts from these.
struct ChartColours {
    QColor background{0xff, 0xff, 0xff};
    QColor text{0x20, 0x24, 0x2a};
    QColor mutedText{0x5f, 0x66, 0x70};
    QColor axis{0x44, 0x4a, 0x52};
    QColor grid{0xe3, 0xe6, 0xea};
    QColor line{0x6f, 0x9c, 0xd8};         ///< the series line between points
    QColor marker{0x1f, 0x5f, 0xbf};       ///< the series points (kept unique: tests scan it)
    QColor provisional{0x9c, 0x27, 0xb0};  ///< a value typed on an open page, not saved yet
    QColor baseline{0x55, 0x55, 0x55};     ///< the dashed baseline
    QList<QColor> thresholds{QColor(0xd9, 0x8c, 0x1f), QColor(0x2e, 0x9e, 0x5b),
                             QColor(0x1b, 0x6e, 0x45)};  ///< PASI 50, 75, 90
    QColor infusion{0x1d, 0x8a, 0x99};     ///< an infusion given within the dose tolerance
    QColor deviation{0xc6, 0x28, 0x28};    ///< a dose outside the tolerance
    QColor planned{0xa0, 0xa6, 0xad};      ///< an infusion week without a recorded infusion
    QColor outOfWindow{0xe0, 0x6c, 0x00};  ///< ring around a visit done outside its window
    QColor subjectLine{0x6f, 0x9c, 0xd8, 0x70};  ///< one subject in the cohort chart
    QColor band{0x1f, 0x5f, 0xbf, 0x30};   ///< mean ± SD band
    QColor mean{0x0d, 0x3b, 0x80};         ///< cohort mean line and points
};

/// The colours of the printed casebook (PDF): its text tones, rules and table fills.
struct ReportColours {
    QColor text{0x20, 0x24, 0x2a};
    QColor muted{0x5f, 0x66, 0x70};
    QColor alert{0xb4, 0x1c, 0x1c};  ///< a failed check, a broken signature, DEMO DATA
    QColor good{0x1b, 0x6e, 0x45};
    QColor rule{0x9a, 0xa1, 0xaa};
    QColor headerFill{0xe8, 0xec, 0xf1};
    QColor shade{0xf5, 0xf7, 0xf9};
    QColor accent{0x1f, 0x5f, 0xbf};
};

/// Every colour of the app, the CRF pages, the charts and the PDF, named for what it says.
/// Nothing else in forms/ or app/ names a colour: widgets take their style sheets from here,
/// the charts and the PDF their pens.
class Palette
{
public:
    // ---- Text that says something ---------------------------------------------------------
    /// Refused, failed or broken: an error stops Save, a broken signature needs signing again.
    static QColor error();
    /// Something still missing; saving is fine (calm amber).
    static QColor notice();
    /// Worth a look but not an error: consent not signed, a password that does not qualify yet.
    static QColor warning();
    /// A check passed.
    static QColor ok();
    /// Hints and explanations beside a field.
    static QColor note();

    // ---- Banners and highlighted areas ----------------------------------------------------
    /// A banner that explains the state of a page (read-only, what stops signing).
    static QColor bannerBackground();
    static QColor bannerText();
    static QColor bannerBorder();
    /// The DEMO banner of a demo database.
    static QColor demo();
    /// A light yellow box that asks to be read: the demo accounts, unsaved work on lock.
    static QColor highlight();
    /// Behind the lock screen's panel.
    static QColor lockScreen();
    /// Text on the light state, banner and highlight colours, also in a dark desktop theme.
    static QColor onLight();

    /// The background of a visit, signature or deviation state code ("overdue", "due",
    /// "done", "incomplete", "changed_since_signed" …); invalid for codes shown plain.
    static QColor stateBackground(const QString &stateCode);

    static ChartColours chart() { return {}; }
    static ReportColours report() { return {}; }

    // ---- Style sheets ---------------------------------------------------------------------
    /// "color: #b3261e;" (with "font-weight: bold;" when `bold`).
    static QString textStyle(const QColor &color, bool bold = false);
    /// An error message (red: stops Save) and a notice (calm amber: something is still
    /// missing; saving is fine).
    static QString errorStyle() { return textStyle(error()); }
    static QString noticeStyle() { return textStyle(notice()); }
    /// A QLabel banner: dark text on `background`, a thin border, `paddingPx` inside.
    static QString bannerStyle(int paddingPx, const QColor &background = bannerBackground());
    /// Dark text on `background`, `padding` as CSS ("6px", "0 8px").
    static QString onLightStyle(const QColor &background, const QString &padding,
                                bool bold = false);
};

}  // namespace trialcrf
