// SPDX-License-Identifier: Apache-2.0
#include "usersitesdialog.h"

#include "palette.h"
#include "storage/sitestore.h"
#include "storage/userstore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace trialcrf {

SiteChecklist::SiteChecklist(const Database &db, QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("siteChecklist"));
    for (const Site &site : SiteStore(db).sites()) {
        // Data, not words of the program: the code and the name as the study keeps them.
        auto *item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(site.code, site.name), this);
        item->setData(Qt::UserRole, site.code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    // Every name whole; up to six rows without scrolling.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(sizeHintForColumn(0) + frameWidth() * 2 + 8);
    setFixedHeight(sizeHintForRow(0) * qBound(1, count(), 6) + frameWidth() * 2 + 4);
}

void SiteChecklist::setChecked(const QStringList &codes)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(codes.contains(item(i)->data(Qt::UserRole).toString())
                                   ? Qt::Checked
                                   : Qt::Unchecked);
}

QStringList SiteChecklist::checkedCodes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

UserSitesDialog::UserSitesDialog(UserStore &users, const Session &session,
                                 const QString &userName, QWidget *parent)
    : QDialog(parent), m_users(users), m_session(session), m_userName(userName)
{
    setObjectName(QStringLiteral("userSitesDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new SiteChecklist(users.database(), this);
    m_list->setChecked(SiteStore(users.database()).userSites(userName));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userSitesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserSitesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserSitesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(qMax(fontMetrics().averageCharWidth() * 64, m_list->minimumWidth() + 24));
}

void UserSitesDialog::accept()
{
    QString error;
    if (SiteStore(m_users.database()).setUserSites(m_session, m_userName, m_list->checkedCodes(),
                                                   &error)) {
        QDialog::accept();
        return;
    }
    m_message->setText(error);
    m_message->show();
    adjustSize();  // the message below the list, nothing squeezed
}

void UserSitesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserSitesDialog::retranslate()
{
    setWindowTitle(tr("Sites of %1").arg(m_userName));
    m_intro->setText(tr("The sites whose subjects %1 sees and records. A nurse or a physician "
                        "works at exactly one site; a monitor or a data manager at one or more.")
                         .arg(m_userName));
}

}  // namespace trialcrf
