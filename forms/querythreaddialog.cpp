// SPDX-License-Identifier: Apache-2.0
#include "querythreaddialog.h"

#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "labels/monitoringlabels.h"
#include "palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trialcrf {

QueryThreadDialog::QueryThreadDialog(QueryStore &queries, const Session &session,
                                     const FieldRef &ref, qint64 queryId, QWidget *parent)
    : QDialog(parent), m_queries(queries), m_session(session), m_ref(ref), m_queryId(queryId)
{
    setObjectName(QStringLiteral("queryThreadDialog"));
    auto *layout = new QVBoxLayout(this);
    m_place = new QLabel(this);
    m_place->setWordWrap(true);
    QFont bold = m_place->font();
    bold.setBold(true);
    m_place->setFont(bold);
    m_state = new QLabel(this);
    m_thread = new QTextBrowser(this);
    m_thread->setMinimumSize(520, 220);
    m_messageLabel = new QLabel(this);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("queryMessage"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(90);
    m_messageLabel->setBuddy(m_message);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::errorStyle());
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_raise = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_answer = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reopen = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    for (auto [button, kind] : {std::pair{m_raise, "raise"}, {m_answer, "answer"},
                                {m_close, "close"}, {m_reopen, "reopen"}}) {
        button->setObjectName(QLatin1String(kind) + QLatin1String("QueryButton"));
        button->setAutoDefault(false);
        const QString k = QLatin1String(kind);
        connect(button, &QPushButton::clicked, this, [this, k] { act(k); });
    }
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_place);
    layout->addWidget(m_state);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
    retranslate();
    m_message->setFocus();
}

void QueryThreadDialog::load()
{
    m_query.reset();
    if (m_queryId != 0)
        m_query = m_queries.thread(m_session, m_queryId);
    const QString state = m_query ? m_query->state : QString();
    const bool site = m_session.may(Action::AnswerQuery);
    const bool monitor = m_session.may(Action::CloseQuery);
    m_raise->setVisible(!m_query && m_session.may(Action::RaiseQuery));
    m_answer->setVisible(m_query && site && state != QueryStore::stateClosed());
    m_close->setVisible(m_query && monitor && state != QueryStore::stateClosed());
    m_reopen->setVisible(m_query && monitor && state != QueryStore::stateOpen());
    // isVisibleTo(): before the dialog is shown, isVisible() is false for every child.
    const bool canWrite = m_raise->isVisibleTo(this) || m_answer->isVisibleTo(this)
                          || m_close->isVisibleTo(this) || m_reopen->isVisibleTo(this);
    m_message->setVisible(canWrite);
    m_messageLabel->setVisible(canWrite);
}

void QueryThreadDialog::retranslate()
{
    setWindowTitle(m_query ? tr("Query") : tr("Raise a query"));
    m_place->setText(MonitoringLabels::place(m_ref));
    m_state->setText(m_query ? tr("State: %1 — waiting for: %2")
                                   .arg(MonitoringLabels::queryState(m_query->state),
                                        MonitoringLabels::mustAct(m_query->mustAct()))
                             : tr("New query: ask the site about this value."));
    QString html;
    if (m_query) {
        for (const QueryMessage &m : m_query->messages) {
            html += QStringLiteral("<p><b>%1</b> — %2 (%3), %4<br>%5")
                        .arg(MonitoringLabels::messageKind(m.kind).toHtmlEscaped(),
                             m.author.toHtmlEscaped(), CodeLabels::role(m.authorRole).toHtmlEscaped(),
                             QLocale().toString(m.atUtc.toLocalTime(), QLocale::ShortFormat),
                             m.text.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                            QLatin1String("<br>")));
            if (m.auditSeq)
                html += QStringLiteral("<br><i>%1</i>")
                            .arg(tr("Value changed: %1 → %2")
                                     .arg(FieldLabels::value(m_ref.field, m.oldValue),
                                          FieldLabels::value(m_ref.field, m.newValue))
                                     .toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
    }
    m_thread->setHtml(html);
    m_thread->setVisible(m_query.has_value());
    m_messageLabel->setText(m_query ? tr("&Message:") : tr("&Question:"));
    m_raise->setText(tr("&Raise query"));
    m_answer->setText(tr("&Answer"));
    m_close->setText(tr("Close &query"));
    m_reopen->setText(tr("Re-&open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void QueryThreadDialog::act(const QString &kind)
{
    const QString text = m_message->toPlainText();
    SaveResult r;
    if (kind == QLatin1String("raise"))
        r = m_queries.raise(m_session, m_ref, text, &m_queryId);
    else if (kind == QLatin1String("answer"))
        r = m_queries.answer(m_session, m_queryId, text);
    else if (kind == QLatin1String("close"))
        r = m_queries.close(m_session, m_queryId, text);
    else
        r = m_queries.reopen(m_session, m_queryId, text);
    if (r.ok()) {
        accept();
        return;
    }
    QString why;
    switch (r.status) {
    case SaveResult::Status::Invalid:
        why = text.trimmed().isEmpty() ? tr("Write a message first.") : tr("This cannot be done here.");
        break;
    case SaveResult::Status::Denied:
        why = tr("Your role may not do this.");
        break;
    case SaveResult::Status::Stale:
        why = tr("Someone changed this query meanwhile; it is shown as it is now.");
        break;
    default:
        why = tr("The query could not be saved: %1").arg(r.message);
        break;
    }
    m_error->setText(why);
    m_error->show();
    load();
    retranslate();
}

void QueryThreadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
