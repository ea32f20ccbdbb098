// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/querystore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace trialcrf {

/// One query's thread: the field it is on, its state, every message with who, role and when
/// (and the value change an answer linked), and the actions the role may take now: raise (a
/// new query), answer (the site), close and re-open (monitor, data manager). Each action
/// writes through QueryStore and closes the dialog (accepted).
class QueryThreadDialog : public QDialog {
    Q_OBJECT
public:
    /// `queryId` 0: a new query on `ref`.
    QueryThreadDialog(QueryStore &queries, const Session &session, const FieldRef &ref,
                      qint64 queryId, QWidget *parent = nullptr);

    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *raiseButton() const { return m_raise; }
    QPushButton *answerButton() const { return m_answer; }
    QPushButton *closeQueryButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    QTextBrowser *threadView() const { return m_thread; }
    /// The query written or shown (0 until a new one is raised).
    qint64 queryId() const { return m_queryId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void act(const QString &kind);

    QueryStore &m_queries;
    Session m_session;
    FieldRef m_ref;
    qint64 m_queryId = 0;
    std::optional<Query> m_query;

    QLabel *m_place = nullptr;
    QLabel *m_state = nullptr;
    QTextBrowser *m_thread = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_raise = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
