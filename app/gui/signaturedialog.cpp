// SPDX-License-Identifier: Apache-2.0
#include "signaturedialog.h"

#include "itemmodels/itemlabels.h"
#include "labels/codelabels.h"
#include "palette.h"
#include "protocol/protocol.h"
#include "storage/userstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace trialcrf {

SignatureDialog::SignatureDialog(SignatureStore &signatures, UserStore &users,
                                 const Session &session, const Casebook &casebook,
                                 const Protocol &protocol, QWidget *parent)
    : QDialog(parent), m_signatures(signatures), m_session(session), m_casebook(casebook),
      m_protocol(protocol)
{
    setObjectName(QStringLiteral("signatureDialog"));
    const std::optional<UserAccount> account = users.user(session.userName);
    m_printedName = account && !account->fullName.trimmed().isEmpty() ? account->fullName.trimmed()
                                                                      : session.userName;

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_whatLabel = new QLabel(this);
    m_visitScope = new QRadioButton(this);
    m_visitScope->setObjectName(QStringLiteral("signVisitScope"));
    m_visit = new QComboBox(this);
    m_visit->setObjectName(QStringLiteral("signVisit"));
    // Only visits with something recorded can be signed.
    for (const VisitDef &v : protocol.visits) {
        if (casebook.infusion(v.code) || casebook.pasiAt(v.code))
            m_visit->addItem(QString(), v.code);
    }
    m_casebookScope = new QRadioButton(this);
    m_casebookScope->setObjectName(QStringLiteral("signCasebookScope"));
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_visitScope);
    scopes->addButton(m_casebookScope);
    m_content = new QLabel(this);
    m_content->setObjectName(QStringLiteral("signContent"));
    m_content->setWordWrap(true);
    m_content->setTextFormat(Qt::RichText);
    m_content->setFrameShape(QFrame::StyledPanel);
    m_content->setMargin(6);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_meaningLabel = new QLabel(this);
    m_reviewed = new QRadioButton(this);
    m_reviewed->setObjectName(QStringLiteral("signReviewed"));
    m_approved = new QRadioButton(this);
    m_approved->setObjectName(QStringLiteral("signApproved"));
    auto *meanings = new QButtonGroup(this);
    meanings->addButton(m_reviewed);
    meanings->addButton(m_approved);
    m_reviewed->setChecked(true);
    m_meaningHelp = new QLabel(this);
    m_meaningHelp->setWordWrap(true);
    m_blockers = new QLabel(this);
    m_blockers->setObjectName(QStringLiteral("signBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::RichText);
    m_blockers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockers->setStyleSheet(Palette::bannerStyle(4));
    m_blockers->hide();

    m_signerLabel = new QLabel(this);
    m_signer = new QLabel(this);
    m_signer->setObjectName(QStringLiteral("signPrintedName"));
    m_timeLabel = new QLabel(this);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("signTime"));
    m_statement = new QLabel(this);
    m_statement->setWordWrap(true);
    m_statement->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignatureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignatureDialog::reject);

    auto *visitRow = new QHBoxLayout;
    visitRow->addWidget(m_visitScope);
    visitRow->addWidget(m_visit, 1);
    auto *meaningRow = new QHBoxLayout;
    meaningRow->addWidget(m_reviewed);
    meaningRow->addWidget(m_approved);
    meaningRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_whatLabel, visitRow);
    form->addRow(QString(), m_casebookScope);
    form->addRow(QString(), m_content);
    form->addRow(m_meaningLabel, meaningRow);
    form->addRow(QString(), m_meaningHelp);
    form->addRow(QString(), m_blockers);
    form->addRow(m_signerLabel, m_signer);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_statement);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_visitScope, &QRadioButton::toggled, this, &SignatureDialog::updateContent);
    connect(m_visit, &QComboBox::currentIndexChanged, this, [this] {
        m_visitScope->setChecked(true);
        updateContent();
    });
    connect(m_reviewed, &QRadioButton::toggled, this, &SignatureDialog::retranslate);

    m_clock = new QTimer(this);
    connect(m_clock, &QTimer::timeout, this, &SignatureDialog::updateClock);
    m_clock->start(1000);

    if (m_visit->count() == 0) {
        m_visitScope->setEnabled(false);
        m_visit->setEnabled(false);
        m_casebookScope->setChecked(true);
    } else {
        m_visitScope->setChecked(true);
    }
    retranslate();
    m_password->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void SignatureDialog::setScope(const QString &scope, const QString &visit)
{
    if (scope == SignatureStore::scopeVisit()) {
        const int i = m_visit->findData(visit);
        if (i >= 0) {
            m_visit->setCurrentIndex(i);
            m_visitScope->setChecked(true);
        }
    } else if (scope == SignatureStore::scopeCasebook()) {
        m_casebookScope->setChecked(true);
    }
    updateContent();
}

void SignatureDialog::setMeaning(const QString &meaning)
{
    // "Approved" while something is not complete cannot be chosen: the list says why.
    const bool approve = meaning == SignatureStore::meaningApproved() && m_approved->isEnabled();
    (approve ? m_approved : m_reviewed)->setChecked(true);
}

QString SignatureDialog::scope() const
{
    return m_visitScope->isChecked() ? SignatureStore::scopeVisit()
                                     : SignatureStore::scopeCasebook();
}

QString SignatureDialog::visit() const
{
    return m_visitScope->isChecked() ? m_visit->currentData().toString() : QString();
}

QString SignatureDialog::meaning() const
{
    return m_approved->isChecked() ? QStringLiteral("approved") : QStringLiteral("reviewed");
}

QString SignatureDialog::meaningLabel(const QString &meaning)
{
    return CodeLabels::signatureMeaning(meaning);
}

QString SignatureDialog::scopeLabel(const QString &scope, const QString &visit)
{
    if (scope == SignatureStore::scopeCasebook())
        return CodeLabels::signatureScope(scope);
    return CodeLabels::visit(visit);
}

QString SignatureDialog::timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return ItemLabels::none();
    const QDateTime u = utc.toUTC();
    return tr("%1 UTC (%2 local time)")
        .arg(u.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             QLocale().toString(u.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void SignatureDialog::accept()
{
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your password to sign."));
        m_message->show();
        fitHeight();
        m_password->setFocus();
        return;
    }
    const SignResult r = m_signatures.sign(m_session, m_casebook.subject.id, scope(), visit(),
                                           meaning(), m_password->text());
    m_password->clear();
    QString text;
    switch (r.status) {
    case SignResult::Status::Signed:
        m_signature = r.signature;
        QDialog::accept();
        return;
    case SignResult::Status::WrongPassword:
        text = tr("The password is wrong: nothing was signed. Repeated failures lock the "
                  "account for a while.");
        break;
    case SignResult::Status::LockedOut:
        text = tr("Too many wrong passwords: the account is locked for a while. Nothing was "
                  "signed.");
        break;
    case SignResult::Status::Denied:
        text = tr("Your role may not sign. Only a physician signs.");
        break;
    case SignResult::Status::NothingToSign:
        text = tr("Nothing is recorded at this visit yet.");
        break;
    case SignResult::Status::NotComplete:
        // The data changed since the dialog opened: show what now stands in the way.
        m_blockerList = r.blockers;
        m_blockers->setText(blockerListHtml(r.blockers));
        m_blockers->show();
        m_reviewed->setChecked(true);
        m_approved->setEnabled(false);
        text = tr("Not approved: the data are not complete (see the list above). Nothing was "
                  "signed.");
        break;
    case SignResult::Status::Invalid:
    case SignResult::Status::DatabaseError:
        text = tr("The signature could not be saved: %1").arg(r.message);
        break;
    }
    m_message->setText(text);
    m_message->show();
    fitHeight();
    m_password->setFocus();
}

void SignatureDialog::changeEvent(QEvent *event)
{
    // Queued: the button box's own LanguageChange comes after ours and resets its standard
    // buttons' text, which would undo the OK button's own text.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &SignatureDialog::retranslate, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void SignatureDialog::retranslate()
{
    setWindowTitle(tr("Sign electronically — %1").arg(m_casebook.subject.code));
    m_intro->setText(tr("You sign the data below as it is stored now. Any later change to it "
                        "breaks the signature, and it is then listed for signing again."));
    m_whatLabel->setText(tr("What you sign:"));
    m_visitScope->setText(tr("&Visit:"));
    for (int i = 0; i < m_visit->count(); ++i)
        m_visit->setItemText(i, CodeLabels::visit(m_visit->itemData(i).toString()));
    m_casebookScope->setText(
        tr("The &whole casebook of %1").arg(m_casebook.subject.code));
    m_meaningLabel->setText(tr("Meaning:"));
    m_reviewed->setText(tr("&Reviewed"));
    m_approved->setText(tr("&Approved"));
    m_meaningHelp->setText(m_approved->isChecked()
                               ? tr("Approved: you confirm the data are complete and correct, "
                                    "as the investigator responsible for them.")
                               : tr("Reviewed: you have checked the data against the source "
                                    "documents."));
    m_signerLabel->setText(tr("Printed name:"));
    m_signer->setText(tr("%1 (user %2, %3)")
                          .arg(m_printedName, m_session.userName, ItemLabels::role(m_session.role)));
    m_timeLabel->setText(tr("Date and time:"));
    m_statement->setText(tr("By entering your password you sign electronically. Your electronic "
                            "signature is the legally binding equivalent of your handwritten "
                            "signature."));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateContent();
    updateClock();
}

void SignatureDialog::updateClock()
{
    m_time->setText(timeText(QDateTime::currentDateTimeUtc()));
}

void SignatureDialog::updateContent()
{
    m_content->setText(m_visitScope->isChecked() ? visitSummary(visit()) : casebookSummary());
    updateBlockers();
    fitHeight();
}

void SignatureDialog::updateBlockers()
{
    m_blockerList = m_signatures.approvalBlockers(m_casebook, scope(), visit());
    const bool blocked = !m_blockerList.isEmpty();
    if (blocked && m_approved->isChecked())
        m_reviewed->setChecked(true);
    m_approved->setEnabled(!blocked);
    m_blockers->setVisible(blocked);
    if (blocked)
        m_blockers->setText(blockerListHtml(m_blockerList));
}

QString SignatureDialog::blockerListHtml(const QList<rules::ApprovalBlocker> &blockers)
{
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left: 12px; -qt-list-indent: 0;\">")
                       .arg(tr("Not complete, so it cannot be approved yet (\"Reviewed\" can be "
                               "signed now):")
                                .toHtmlEscaped());
    for (const rules::ApprovalBlocker &b : blockers)
        html += QStringLiteral("<li>%1</li>").arg(b.text().toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void SignatureDialog::fitHeight()
{
    // Before it is shown the layout sizes the dialog; afterwards a top-level window keeps its
    // size while word-wrapped labels need more lines.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > 0 && needed != height())
        resize(width(), needed);
}

QString SignatureDialog::visitSummary(const QString &visit) const
{
    QStringList lines;
    const QLocale locale;
    if (const Infusion *i = m_casebook.infusion(visit)) {
        lines << tr("<b>Infusion</b>, %1: weight %2 kg, %3 × 10⁶ cells, lot %4, %n vital-sign "
                    "reading(s)",
                    nullptr, int(i->vitals.size()))
                     .arg(ItemLabels::date(i->infusionDate),
                          i->weightKg ? locale.toString(*i->weightKg, 'f', 1) : ItemLabels::none(),
                          i->actualCells ? locale.toString(double(*i->actualCells) / 1e6, 'f', 1)
                                         : ItemLabels::none(),
                          i->lotNumber.isEmpty() ? ItemLabels::none()
                                                 : i->lotNumber.toHtmlEscaped());
    }
    if (const PasiAssessment *a = m_casebook.pasiAt(visit)) {
        const std::optional<int> tenths = a->pasiTenths(m_protocol);
        lines << tr("<b>PASI assessment</b>, %1: PASI %2")
                     .arg(ItemLabels::date(a->assessmentDate),
                          tenths ? locale.toString(*tenths / 10.0, 'f', 1) : ItemLabels::none());
    }
    if (lines.isEmpty())
        return tr("Nothing is recorded at this visit yet.");
    return tr("%1, %2:").arg(m_casebook.subject.code, CodeLabels::visit(visit)) + QStringLiteral("<br>")
           + lines.join(QStringLiteral("<br>"));
}

QString SignatureDialog::casebookSummary() const
{
    QStringList lines;
    lines << tr("<b>Subject</b> %1 (%2)")
                 .arg(m_casebook.subject.code.toHtmlEscaped(),
                      m_casebook.subject.initials.toHtmlEscaped());
    lines << (m_casebook.consent ? tr("Informed consent") : tr("No informed consent recorded"));
    lines << (m_casebook.eligibility ? tr("Eligibility assessment") : tr("No eligibility assessment"));
    lines << tr("%n infusion(s) with their vital signs", nullptr, int(m_casebook.infusions.size()));
    lines << tr("%n PASI assessment(s)", nullptr, int(m_casebook.pasi.size()));
    lines << tr("%n adverse event(s)", nullptr, int(m_casebook.adverseEvents.size()));
    return lines.join(QStringLiteral("<br>"));
}

}  // namespace trialcrf
