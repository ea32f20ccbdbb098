// SPDX-License-Identifier: Apache-2.0
#include "fielderrorlabel.h"

namespace trialcrf {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    // As wide as the field column, so a long message wraps instead of being cut.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    hide();
}

void FieldErrorLabel::setMessages(const QStringList &messages)
{
    if (messages == m_messages && isHidden() == messages.isEmpty())
        return;
    m_messages = messages;
    setText(messages.join(QLatin1Char('\n')));
    setVisible(!messages.isEmpty());
}

}  // namespace trialcrf
