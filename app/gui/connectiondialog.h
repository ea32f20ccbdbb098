// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/studylocation.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace trialcrf {

/// Where the study is: a study file (path, Browse…) or a database on a PostgreSQL server
/// (host, port, database, database user, SSL mode, password). OK checks what was typed and
/// refuses it at its field with a message; the dialog keeps every field as typed, so after a
/// failed open it can be shown again for the user to correct a typo. The password is only
/// held here in memory: never remembered, never shown.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    /// Fills the fields (the password too, when the location has one).
    void setLocation(const StudyLocation &location);
    /// What the fields name, with the typed password; valid after the dialog was accepted.
    StudyLocation location() const { return m_location; }
    /// Shows the server's fields with the cursor in the password (the server wants one).
    void askForPassword();

    /// The location the app used last (QSettings), empty when none; never with a password.
    static StudyLocation remembered();
    /// Remembers where the study is for the next start (its URL or path, not the password).
    static void remember(const StudyLocation &location);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showKind(bool server);
    /// Resizes a shown dialog to what its texts and the case shown need.
    void fitContents();
    void browse();
    /// The location the fields name; nullopt with the message shown at the field.
    std::optional<StudyLocation> fromFields();
    void refuse(QWidget *field, const QString &message);

    QLabel *m_intro = nullptr;
    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QStackedWidget *m_pages = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;

    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_sslLabel = nullptr;
    QComboBox *m_ssl = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;

    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    /// Connection parameters of a remembered URL the fields do not show (service,
    /// sslrootcert, connect_timeout, …): kept as they were.
    QList<QPair<QString, QString>> m_otherParameters;
    StudyLocation m_location;
};

}  // namespace trialcrf
