// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace trialcrf {

class OptionalDateEdit;

/// Asks when and why a subject withdrew. OK stays enabled only with a date that is not in the
/// future and a reason; the store checks both again (StudyStore::withdrawSubject).
class WithdrawDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WithdrawDialog(const QString &subjectCode, const QDate &today,
                            QWidget *parent = nullptr);

    std::optional<QDate> date() const;
    QString reason() const;  ///< trimmed
    bool isAcceptable() const;

    OptionalDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QString m_code;
    QDate m_today;
    QLabel *m_intro = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_problem = nullptr;
    OptionalDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
