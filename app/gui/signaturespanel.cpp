// SPDX-License-Identifier: Apache-2.0
#include "signaturespanel.h"

#include "palette.h"
#include "recordlisttable.h"
#include "signaturedialog.h"
#include "storage/studystore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialcrf {

namespace {
enum Column { What, Meaning, Signer, Local, Utc, State, ColumnCount };
}

SignaturesPanel::SignaturesPanel(StudyStore &store, SignatureStore &signatures, UserStore &users,
                                 QWidget *parent)
    : QWidget(parent), m_store(store), m_signatures(signatures), m_users(users)
{
    setObjectName(QStringLiteral("signaturesPanel"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("signaturesSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("signaturesTable"));
    setUpRecordListTable(m_table);
    m_title->setBuddy(m_table);
    m_sign = new QPushButton(this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_resign = new QPushButton(this);
    m_resign->setObjectName(QStringLiteral("resignButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_resign);
    buttons->addWidget(m_sign);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_resign, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_list.size())
            sign(m_list.at(row).scope, m_list.at(row).visit, m_list.at(row).meaning);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignaturesPanel::updateButtons);
    retranslate();
}

void SignaturesPanel::setSession(const Session &session)
{
    m_session = session;
    m_casebook.reset();  // read under another session: read again
    reload();
}

void SignaturesPanel::setSubject(qint64 subjectId, const std::optional<Casebook> &loaded)
{
    m_subjectId = subjectId;
    if (loaded && loaded->subject.id == subjectId)
        m_casebook = loaded;
    else
        m_casebook.reset();
    reload();
}

void SignaturesPanel::reload()
{
    m_list.clear();
    m_error.clear();
    if (m_subjectId != 0 && !m_session.userName.isEmpty()) {
        const std::optional<QList<Signature>> list =
            m_casebook ? m_signatures.signatures(*m_casebook, &m_error)
                       : m_signatures.signatures(m_session, m_subjectId, &m_error);
        if (list)
            m_list = *list;
    }
    fill();
}

QString SignaturesPanel::statusText(const Signature &s)
{
    if (s.status == Signature::Status::Valid)
        return s.superseded ? tr("Valid (signed again since)") : tr("Valid");
    return s.superseded ? tr("Broken (signed again since)") : tr("Broken — needs re-signing");
}

void SignaturesPanel::fill()
{
    m_table->setRowCount(int(m_list.size()));
    int broken = 0;
    for (int row = 0; row < m_list.size(); ++row) {
        const Signature &s = m_list.at(row);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (s.needsResigning())
                item->setForeground(Palette::error());
            else if (s.superseded)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        };
        set(What, SignatureDialog::scopeLabel(s.scope, s.visit));
        set(Meaning, SignatureDialog::meaningLabel(s.meaning));
        set(Signer, tr("%1 (%2)").arg(s.printedName, s.signerUserName));
        set(Local, QLocale().toString(s.signedAtUtc.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        set(Utc, s.signedAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        set(State, statusText(s));
        if (s.needsResigning())
            ++broken;
    }
    if (!m_error.isEmpty())
        m_summary->setText(tr("The signatures could not be read: %1").arg(m_error));
    else if (m_subjectId == 0)
        m_summary->setText(tr("No subject selected."));
    else if (m_list.isEmpty())
        m_summary->setText(tr("Not signed yet."));
    else if (broken > 0)
        m_summary->setText(
            tr("%n signature(s) broken by later changes: sign again.", nullptr, broken));
    else
        m_summary->setText(tr("Every signature is valid."));
    m_summary->setStyleSheet(broken > 0 ? Palette::textStyle(Palette::error(), true)
                                        : QString());
    updateButtons();
}

void SignaturesPanel::updateButtons()
{
    const bool mayShow = m_subjectId != 0 && m_session.may(Action::Sign);
    m_sign->setVisible(m_session.may(Action::Sign));
    m_resign->setVisible(m_session.may(Action::Sign));
    m_sign->setEnabled(mayShow);
    const int row = m_table->currentRow();
    m_resign->setEnabled(mayShow && row >= 0 && row < m_list.size()
                         && m_list.at(row).needsResigning());
}

bool SignaturesPanel::sign(const QString &scope, const QString &visit, const QString &meaning)
{
    if (m_subjectId == 0 || !m_session.may(Action::Sign))
        return false;
    QString error;
    const std::optional<Casebook> book = m_store.loadCasebook(m_session, m_subjectId, &error);
    if (!book)
        return false;
    SignatureDialog dialog(m_signatures, m_users, m_session, *book, m_store.protocol(), this);
    if (!scope.isEmpty())
        dialog.setScope(scope, visit);
    if (!meaning.isEmpty())
        dialog.setMeaning(meaning);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    Q_EMIT signatureAdded(m_subjectId);
    return true;
}

void SignaturesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignaturesPanel::retranslate()
{
    m_title->setText(tr("E-signatures"));
    m_table->setHorizontalHeaderLabels({tr("Signed"), tr("Meaning"), tr("Printed name"),
                                        tr("Date and time (local)"), tr("UTC"), tr("Status")});
    m_sign->setText(tr("Sign…"));
    m_resign->setText(tr("Sign &again…"));
    fill();
}

}  // namespace trialcrf
