// SPDX-License-Identifier: Apache-2.0
#include "statecolordelegate.h"

#include "itemmodels/itemroles.h"
#include "palette.h"

namespace trialcrf {

void StateColorDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor color = Palette::stateBackground(index.data(ItemRoles::StateCode).toString());
    if (!color.isValid())
        return;
    option->backgroundBrush = color;
    // Dark text on the light state colours, also in a dark desktop theme.
    option->palette.setColor(QPalette::Text, Palette::onLight());
}

}  // namespace trialcrf
