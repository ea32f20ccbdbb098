// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ReasonDialog;
}

namespace trialcrf {

/// Asks the reason for a change to saved data. OK stays disabled until the reason has at least
/// minimumLength() characters that are not blank. Common reasons are offered; any text may be
/// typed.
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

    explicit ReasonDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::Correction);
    ~ReasonDialog() override;

    /// Shows the dialog modally; the reason, or nullopt when cancelled.
    /// `what` names the page being changed, e.g. "Infusion — week 2".
    static std::optional<QString> ask(QWidget *parent, const QString &what,
                                      Purpose purpose = Purpose::Correction);

    void setWhat(const QString &what);
    void setReason(const QString &reason);
    QString reason() const;  ///< trimmed
    bool isAcceptable() const;
    static int minimumLength() { return 3; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    std::unique_ptr<Ui::ReasonDialog> m_ui;
    QString m_what;
    Purpose m_purpose = Purpose::Correction;
};

}  // namespace trialcrf
