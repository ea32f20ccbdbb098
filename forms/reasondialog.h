// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>

namespace Ui {
class ReasonDialog;
}

namespace trialcrf {

/// Asks the reason for a change to saved data, or for locking or unlocking a casebook.
///
/// A correction names the page and each field that changes with its old and new value (as
/// the form shows them), and asks a reason from a fixed list (ChangeReason codes, shown in
/// the current language) with optional details; "Other" needs details of at least
/// ChangeReason::minimumTextLength() characters. reason() is the stored form
/// (ChangeReason::stored(): "code" or "code: details"), which the audit trail keeps and
/// shows in its reader's language.
///
/// A lock or unlock reason is free text (common reasons offered), at least minimumLength()
/// characters that are not blank.
///
/// Keyboard: the dialog opens with focus on the reason choice (arrow keys or typing the
/// label's first letters pick one); Enter accepts once the reason is complete; Esc cancels.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the reason is for: its explanation and the common reasons offered follow it.
    enum class Purpose {
        Correction,  ///< a change to saved data
        Lock,        ///< locking a casebook
        Unlock,      ///< unlocking a locked casebook
    };

    /// One changed field as the dialog lists it: label and values already in the current
    /// language and the form's formats.
    struct Change {
        QString field;
        QString oldValue, newValue;
    };

    explicit ReasonDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Correction);
    ~ReasonDialog() override;

    /// Shows the dialog modally; the reason (see reason()), or nullopt when cancelled.
    /// `what` names the page being changed, e.g. "Infusion — week 2"; `preset`, when not
    /// empty, is the reason offered chosen (see setReason()).
    static std::optional<QString> ask(QWidget *parent, const QString &what,
                                      Purpose purpose = Purpose::Correction,
                                      const QList<Change> &changes = {},
                                      const QString &preset = {});

    void setWhat(const QString &what);
    void setChanges(const QList<Change> &changes);
    /// The text listing the changes ("Weight: 63.5 → 64.0", one per line).
    QString changesText() const;
    /// Lock/unlock: the typed reason. Correction: "code" or "code: details" (ChangeReason),
    /// an unknown code leaving the choice empty.
    void setReason(const QString &reason);
    /// Lock/unlock: the typed text, trimmed. Correction: ChangeReason::stored(); empty while
    /// no reason is chosen.
    QString reason() const;
    bool isAcceptable() const;
    static int minimumLength() { return 3; }
    /// The most changed fields listed one by one; more are summed up in one line.
    static int maximumListed() { return 12; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    QString chosenCode() const;

    std::unique_ptr<Ui::ReasonDialog> m_ui;
    QString m_what;
    QList<Change> m_changes;
    Purpose m_purpose = Purpose::Correction;
};

}  // namespace trialcrf
