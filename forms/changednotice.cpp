// SPDX-License-Identifier: Apache-2.0
#include "changednotice.h"

#include "displayformat.h"
#include "labels/codelabels.h"
#include "palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace trialcrf {

ChangedNotice::ChangedNotice(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("changedNotice"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("changedNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(Palette::bannerStyle(6));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("showSavedDataButton"));
    // A click only: a key the nurse types into the page must never discard her entries.
    m_discard->setFocusPolicy(Qt::NoFocus);
    m_discard->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_discard, 0, Qt::AlignVCenter);
    connect(m_discard, &QPushButton::clicked, this, &ChangedNotice::discardRequested);
    retranslate();
    hide();
}

void ChangedNotice::showChange(Kind kind, const QString &userName, const QString &roleCode,
                               const QDateTime &atUtc)
{
    m_kind = kind;
    m_userName = userName;
    m_roleCode = roleCode;
    m_atUtc = atUtc;
    retranslate();
    show();
}

QString ChangedNotice::text() const
{
    return m_text->text();
}

void ChangedNotice::retranslate()
{
    m_discard->setText(tr("Show saved data (discards your entries)"));
    m_discard->setVisible(m_kind == Kind::Conflict);
    QString who = m_userName.isEmpty() ? tr("Another user") : m_userName;
    if (!m_roleCode.isEmpty())
        who = tr("%1 (%2)", "user name (role)").arg(who, CodeLabels::role(m_roleCode));
    const QString when = m_atUtc.isValid() ? DisplayFormat::dateTime(m_atUtc) : tr("just now");
    if (m_kind == Kind::Reloaded) {
        m_text->setText(tr("%1 saved this page on another workstation at %2. The page now "
                           "shows the saved data.")
                            .arg(who, when));
        return;
    }
    m_text->setText(tr("%1 saved this page on another workstation at %2, while you were "
                       "editing it. Your entries are not saved; they stay on the page until "
                       "you discard them. Saving is refused while the page is out of date, so "
                       "nothing of theirs is overwritten: note your entries, show the saved "
                       "data, and enter again what still applies.")
                        .arg(who, when));
}

void ChangedNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

}  // namespace trialcrf
