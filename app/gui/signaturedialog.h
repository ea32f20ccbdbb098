// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"
#include "storage/session.h"
#include "storage/signaturestore.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;

namespace trialcrf {

class UserStore;

/// The e-signature (21 CFR Part 11 §11.50, §11.200): shows what is signed (one visit's
/// infusion and PASI, or the whole casebook), the meaning (reviewed / approved), the printed
/// name and the date and time in UTC and local time, and signs when the password is entered
/// again. Signing itself, the role check and the audit row are SignatureStore's.
class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    SignatureDialog(SignatureStore &signatures, UserStore &users, const Session &session,
                    const Casebook &casebook, const Protocol &protocol,
                    QWidget *parent = nullptr);

    /// Preselects what to sign: scope "visit" with a visit code, or "casebook".
    void setScope(const QString &scope, const QString &visit = {});
    void setMeaning(const QString &meaning);
    QString scope() const;
    QString visit() const;
    QString meaning() const;

    /// The signature made, once accepted.
    const Signature &signature() const { return m_signature; }

    /// "Reviewed" / "Approved" for a meaning code (translated now).
    static QString meaningLabel(const QString &meaning);
    /// "Week 2" or "Whole casebook" for what a signature covers.
    static QString scopeLabel(const QString &scope, const QString &visit);
    /// "2026-03-20 12:00 UTC (20:00 local)"-style text, both times.
    static QString timeText(const QDateTime &utc);

    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *contentLabel() const { return m_content; }
    /// The list of what stops "Approved" for the scope chosen now (hidden when nothing does).
    QLabel *blockersLabel() const { return m_blockers; }
    QRadioButton *approvedButton() const { return m_approved; }
    /// What stops "Approved" for the scope chosen now.
    const QList<rules::ApprovalBlocker> &blockers() const { return m_blockerList; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateContent();
    void updateClock();
    /// Grows (or shrinks) the shown dialog to its content's height at its width, so a longer
    /// summary of what is signed or a message is never cut off.
    void fitHeight();
    QString visitSummary(const QString &visit) const;
    QString casebookSummary() const;
    void updateBlockers();
    static QString blockerListHtml(const QList<rules::ApprovalBlocker> &blockers);

    SignatureStore &m_signatures;
    Session m_session;
    Casebook m_casebook;
    const Protocol &m_protocol;
    QString m_printedName;
    Signature m_signature;

    QLabel *m_intro = nullptr;
    QLabel *m_whatLabel = nullptr;
    QRadioButton *m_visitScope = nullptr;
    QComboBox *m_visit = nullptr;
    QRadioButton *m_casebookScope = nullptr;
    QLabel *m_content = nullptr;
    QLabel *m_meaningLabel = nullptr;
    QRadioButton *m_reviewed = nullptr;
    QRadioButton *m_approved = nullptr;
    QLabel *m_meaningHelp = nullptr;
    QLabel *m_blockers = nullptr;
    QList<rules::ApprovalBlocker> m_blockerList;
    QLabel *m_signerLabel = nullptr;
    QLabel *m_signer = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_clock = nullptr;
};

}  // namespace trialcrf
