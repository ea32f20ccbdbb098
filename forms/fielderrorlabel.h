// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QStringList>

namespace trialcrf {

/// The message under a field: red for an error, a calm colour for a notice (a required field
/// not recorded yet); hidden while there is none, word-wrapped so a long Chinese or English
/// message never clips.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    /// Shows the messages, one per line; hides the label when the list is empty.
    /// `notice`: the messages only say what is still missing (calm colour, not red).
    void setMessages(const QStringList &messages, bool notice = false);
    QStringList messages() const { return m_messages; }
    bool isNotice() const { return m_notice; }

private:
    QStringList m_messages;
    bool m_notice = false;
};

}  // namespace trialcrf
