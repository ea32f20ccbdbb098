// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialcrf {

class UserStore;

/// The data manager's signature on the database lock: what is signed (every casebook locked,
/// the lock manifest with the records per table and the export's SHA-256), the printed name
/// and role, the reason, and the password entered again as for an e-signature. Locking and
/// the password check are StudyLock's.
class LockStudyDialog : public QDialog {
    Q_OBJECT
public:
    LockStudyDialog(UserStore &users, const Session &session, QWidget *parent = nullptr);

    QString reason() const;
    QString password() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *passwordEdit() const { return m_password; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Session m_session;
    QString m_printedName;
    QLabel *m_what = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
