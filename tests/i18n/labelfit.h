// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QWidget;

namespace trialcrf::i18ntest {

/// Whether each text a window shows fits the place its layout gave it.
class LabelFit {
public:
    /// One line per visible label, button, check box or radio button of `root` whose text
    /// does not fit its widget's geometry: a single-line text wider than the contents, a
    /// word-wrapped text taller than the label. Empty when everything fits.
    static QStringList problems(QWidget *root);
    /// What is wrong when the window (with its frame) is larger than its screen's available
    /// area, as when its layout's minimum size is: part of it is then off the screen. Empty
    /// when it fits.
    static QString windowProblem(QWidget *window);
    /// How many texts problems() measured in `root` the last time (so a test can see it
    /// looked at something).
    static int lastMeasured();
};

}  // namespace trialcrf::i18ntest
