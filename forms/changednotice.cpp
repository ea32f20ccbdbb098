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
    m_discard = new QPushButton(parent);
    m_discard->setObjectName(QStringLiteral("showSavedDataButton"));
    // A click only: a key the nurse types into the page must never discard her entries.
    m_discard->setFocusPolicy(Qt::NoFocus);
    m_discard->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    connect(m_discard, &QPushButton::clicked, this, &ChangedNotice::discardRequested);
    retranslate();
    hide();
}

void ChangedNotice::setVisible(bool visible)
{
    QFrame::setVisible(visible);
    m_discard->setVisible(visible && m_kind == Kind::Conflict);
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
    m_discard->setText(tr("Show saved data"));
    m_discard->setToolTip(tr("Note your entries first: after this the page shows the saved "
                             "data, and you enter again what still applies."));
    m_discard->setVisible(isVisible() && m_kind == Kind::Conflict);
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
    m_text->setText(tr("%1 saved this page on another workstation at %2. Your entries are not "
                       "saved; they stay here until you choose \"Show saved data\", which "
                       "discards them. Saving them would be refused, so nothing of theirs is "
                       "overwritten.")
                        .arg(who, when));
}

QSize ChangedNotice::minimumSizeHint() const
{
    // A wrapped label's own minimum is its height at its narrowest, a word (or a Chinese
    // character) a line: far taller than at the page's width, and the casebook pane would
    // scroll the page's Save button out of sight for it.
    const QSize base = QFrame::minimumSizeHint();
    if (width() <= 0)
        return base;
    return QSize(base.width(), heightForWidth(width()));
}

void ChangedNotice::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateGeometry();  // the minimum height follows the width
}

void ChangedNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

}  // namespace trialcrf
