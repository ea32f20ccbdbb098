// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDialog>
#include <QListWidget>

class QDialogButtonBox;
class QLabel;

namespace trialcrf {

class Database;
class UserStore;

/// The study's sites, each a check box ("01 – Guangdong …"); the codes checked.
class SiteChecklist : public QListWidget {
    Q_OBJECT
public:
    SiteChecklist(const Database &db, QWidget *parent = nullptr);
    /// The sites of the study, in the order they were added.
    int siteCount() const { return count(); }
    void setChecked(const QStringList &codes);
    QStringList checkedCodes() const;
};

/// A data manager gives a user their sites: a nurse or physician exactly one, a monitor or
/// data manager one or more (SiteStore checks, and audits each grant and removal).
class UserSitesDialog : public QDialog {
    Q_OBJECT
public:
    UserSitesDialog(UserStore &users, const Session &session, const QString &userName,
                    QWidget *parent = nullptr);

    SiteChecklist *checklist() const { return m_list; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    UserStore &m_users;
    Session m_session;
    QString m_userName;
    QLabel *m_intro = nullptr;
    SiteChecklist *m_list = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
