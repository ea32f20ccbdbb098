// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"
#include "storage/signaturestore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace trialcrf {

/// Every e-signature in the study that a later change broke and that was not signed again
/// (SignatureStore::brokenSignatures), by subject: the physician's list of what to sign again.
/// "Open" goes to the chosen subject's casebook.
class ResignListDialog : public QDialog {
    Q_OBJECT
public:
    ResignListDialog(const SignatureStore &signatures, const Session &session,
                     QWidget *parent = nullptr);

    void reload();
    const QList<Signature> &signatures() const { return m_list; }
    QTableWidget *table() const { return m_table; }
    /// The subject of the chosen row once accepted (empty: none).
    QString chosenSubject() const { return m_chosen; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    const SignatureStore &m_signatures;
    Session m_session;
    QList<Signature> m_list;
    QString m_error;
    QString m_chosen;

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
