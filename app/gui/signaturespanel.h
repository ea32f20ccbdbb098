// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"
#include "storage/signaturestore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace trialcrf {

class StudyStore;
class UserStore;

/// The signatures of the casebook shown: what each covers, its meaning, printed name, date
/// and time (local and UTC) and whether it still holds (Valid) or the data changed since
/// (Broken — needs re-signing). A physician signs or re-signs from here.
class SignaturesPanel : public QWidget {
    Q_OBJECT
public:
    SignaturesPanel(StudyStore &store, SignatureStore &signatures, UserStore &users,
                    QWidget *parent = nullptr);

    void setSession(const Session &session);
    /// Shows one subject's signatures (0: none). `loaded`: that subject's casebook as just
    /// loaded by the caller, so the statuses are checked against it instead of loading it
    /// again.
    void setSubject(qint64 subjectId, const std::optional<Casebook> &loaded = std::nullopt);
    qint64 subjectId() const { return m_subjectId; }
    /// Reads the signatures now.
    void reload();

    const QList<Signature> &signatures() const { return m_list; }
    QTableWidget *table() const { return m_table; }
    QPushButton *signButton() const { return m_sign; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Opens the signature dialog for this casebook, preselecting scope, visit and meaning
    /// (the selected row's when re-signing). True when something was signed.
    bool sign(const QString &scope = {}, const QString &visit = {}, const QString &meaning = {});

    /// "Valid", "Broken — needs re-signing", … for a signature (translated now).
    static QString statusText(const Signature &s);

Q_SIGNALS:
    void signatureAdded(qint64 subjectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();

    StudyStore &m_store;
    SignatureStore &m_signatures;
    UserStore &m_users;
    Session m_session;
    qint64 m_subjectId = 0;
    std::optional<Casebook> m_casebook;  ///< the caller's copy of the subject's casebook
    QList<Signature> m_list;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_resign = nullptr;
};

}  // namespace trialcrf
