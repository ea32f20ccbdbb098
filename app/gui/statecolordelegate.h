// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

namespace trialcrf {

/// Colours a cell by the visit-state code its model gives in ItemRoles::StateCode (overdue
/// red, out of window orange, due yellow, done green). The text of the cell always names the
/// state too, so nothing depends on colour alone.
class StateColorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The background for a state code; invalid for codes shown plain.
    static QColor background(const QString &stateCode);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

}  // namespace trialcrf
