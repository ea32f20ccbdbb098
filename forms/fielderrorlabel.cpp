// SPDX-License-Identifier: Apache-2.0
#include "fielderrorlabel.h"

#include "palette.h"

namespace trialcrf {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setStyleSheet(Palette::errorStyle());
    // As wide as the field column, so a long message wraps instead of being cut.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    hide();
}

void FieldErrorLabel::setMessages(const QStringList &messages, bool notice)
{
    if (messages == m_messages && notice == m_notice && isHidden() == messages.isEmpty())
        return;
    if (notice != m_notice)
        setStyleSheet(notice ? Palette::noticeStyle() : Palette::errorStyle());
    m_messages = messages;
    m_notice = notice;
    setText(messages.join(QLatin1Char('\n')));
    setVisible(!messages.isEmpty());
}

}  // namespace trialcrf
