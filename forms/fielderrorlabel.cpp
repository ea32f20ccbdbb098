// SPDX-License-Identifier: Apache-2.0
#include "fielderrorlabel.h"

namespace trialcrf {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
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
