// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace trialcrf::i18ntest {

/// Every piece of user-interface text a person can see in a window, and the two language
/// checks the language walk makes on them.
class VisibleTexts {
public:
    struct Text {
        QString where;  ///< e.g. "QLabel#targetLabel" or "header 2 of QTableView#timeline"
        QString text;
    };

    /// Texts of `root` and of every descendant visible in it: window titles, labels, buttons,
    /// group box titles, tab texts, placeholders, tooltips, combo box items, spin box texts,
    /// item view headers and cells, dock titles, menus and their actions.
    /// `storedData`: item views (by object name) that show values as they are stored, such as
    /// the audit trail, with the columns among them that label a code in the interface's
    /// language; their other cells and their tooltips are data and not collected.
    static QList<Text> collect(QWidget *root,
                               const QHash<QString, QSet<int>> &storedData = {});

    /// `text` without the data the screen shows (`dataTexts`, longest first), mnemonic marks
    /// and the parts that stay the same in every language (codes, units, scale names).
    static QString withoutDataAndCodes(const QString &text, const QStringList &dataTexts);
    /// The English words left in a Chinese screen text: each Latin-letter word of two or more
    /// letters that is not on the allow-list (PASI, BSA, CTCAE, SAS, SDS, UCMSCs, units, key
    /// names, …), plus "e.g.".
    static QStringList englishWords(const QString &text, const QStringList &dataTexts);
    /// The Chinese characters (and full-width punctuation) left in an English screen text.
    static QString chineseCharacters(const QString &text, const QStringList &dataTexts);
};

}  // namespace trialcrf::i18ntest
