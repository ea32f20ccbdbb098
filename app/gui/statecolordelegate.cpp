// SPDX-License-Identifier: Apache-2.0
#include "statecolordelegate.h"

#include "itemmodels/itemroles.h"

namespace trialcrf {

QColor StateColorDelegate::background(const QString &stateCode)
{
    if (stateCode == QLatin1String("overdue"))
        return QColor(0xf4, 0xc7, 0xc3);
    if (stateCode == QLatin1String("out_of_window"))
        return QColor(0xfc, 0xdc, 0xb0);
    if (stateCode == QLatin1String("due"))
        return QColor(0xff, 0xf2, 0xa8);
    if (stateCode == QLatin1String("done") || stateCode == QLatin1String("approved"))
        return QColor(0xcd, 0xec, 0xcf);
    if (stateCode == QLatin1String("reviewed"))
        return QColor(0xd6, 0xe4, 0xf7);
    if (stateCode == QLatin1String("changed_since_signed"))
        return QColor(0xf4, 0xc7, 0xc3);
    if (stateCode == QLatin1String("incomplete"))
        return QColor(0xfc, 0xe8, 0xb2);
    return QColor();
}

void StateColorDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor color = background(index.data(ItemRoles::StateCode).toString());
    if (!color.isValid())
        return;
    option->backgroundBrush = color;
    // Dark text on the light state colours, also in a dark desktop theme.
    option->palette.setColor(QPalette::Text, Qt::black);
}

}  // namespace trialcrf
