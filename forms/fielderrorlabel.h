// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QStringList>

namespace trialcrf {

/// The red message under a field: hidden while the field has no error, word-wrapped so a long
/// Chinese or English message never clips.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    /// Shows the messages, one per line; hides the label when the list is empty.
    void setMessages(const QStringList &messages);
    QStringList messages() const { return m_messages; }

private:
    QStringList m_messages;
};

}  // namespace trialcrf
