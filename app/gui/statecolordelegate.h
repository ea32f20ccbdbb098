// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace trialcrf {

/// Colours a cell by the visit-state code its model gives in ItemRoles::StateCode
/// (Palette::stateBackground: overdue red, out of window orange, due yellow, done green). The
/// text of the cell always names the state too, so nothing depends on colour alone.
class StateColorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

}  // namespace trialcrf
