// SPDX-License-Identifier: Apache-2.0
#include "subjectform.h"

#include "displayformat.h"
#include "records/fieldtables.h"
#include "labels/codelabels.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "ui_subjectform.h"
#include "withdrawdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace trialcrf {

SubjectForm::SubjectForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::SubjectForm>())
{
    m_ui->setupUi(contentWidget());
    m_ui->sexCombo->setCodes({QStringLiteral("M"), QStringLiteral("F")}, &CodeLabels::sex);

    // Initials are capitals by definition; typing them lower-case is not an error worth a
    // message.
    connect(m_ui->initialsEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int pos = m_ui->initialsEdit->cursorPosition();
            m_ui->initialsEdit->setText(upper);
            m_ui->initialsEdit->setCursorPosition(pos);
        }
    });

    // The site: after the code, shown while the study has several.
    m_siteLabel = new QLabel(contentWidget());
    m_siteCombo = new QComboBox(contentWidget());
    m_siteCombo->setObjectName(QStringLiteral("siteCombo"));
    m_siteLabel->setBuddy(m_siteCombo);
    m_ui->formLayout->insertRow(1, m_siteLabel, m_siteCombo);
    m_siteLabel->setText(tr("Si&te:"));
    QWidget::setTabOrder(m_ui->codeEdit, m_siteCombo);
    QWidget::setTabOrder(m_siteCombo, m_ui->initialsEdit);

    bindField(QStringLiteral("subject_code"), m_ui->codeEdit);
    bindField(QStringLiteral("initials"), m_ui->initialsEdit);
    bindField(QStringLiteral("sex"), m_ui->sexCombo);
    bindField(QStringLiteral("birth_date"), m_ui->birthDateEdit);
    bindField(QStringLiteral("week0_date"), m_ui->week0DateEdit);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &SubjectForm::withdraw);
    finishSetup();
    openNew();
}

SubjectForm::~SubjectForm() = default;

void SubjectForm::openNew()
{
    open(Casebook{});
}

void SubjectForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(visit);
    Q_UNUSED(aeNumber);
    beginLoad(casebook, {}, 0);
    const Subject &s = casebook.subject;
    showFields(fields::subject(), s);
    m_siteCombo->clear();  // chosen anew for each new subject
    updateSiteChooser();
    endLoad(s.id != 0);
    updateStatusText();
}

Subject SubjectForm::collect() const
{
    Subject s = casebook().subject;  // id and version of what was opened
    readFields(fields::subject(), &s);
    if (s.id == 0)  // none chosen yet: empty, refused at the field when the user has several
        s.siteCode = m_siteCombo->currentData().toString();
    return s;  // the status is not typed: it follows from the data (the store's life cycle)
}

FieldErrors SubjectForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext());
}

SaveResult SubjectForm::write(const QString &reason)
{
    Subject s = collect();
    const SaveResult result = store().saveSubject(session(), s, reason);
    if (result.ok()) {
        mutableCasebook().subject = s;
        updateStatusText();
    }
    return result;
}

void SubjectForm::showConflict(const SaveResult &result)
{
    Q_UNUSED(result);
    addStickyProblem(QStringLiteral("subject_code"),
                     tr("The subject code %1 is already in use.").arg(collect().code));
    m_ui->codeEdit->setFocus(Qt::OtherFocusReason);
}

QString SubjectForm::pageTitle() const
{
    if (casebook().subject.id == 0)
        return tr("New subject");
    return tr("Subject %1").arg(casebook().subject.code);
}

void SubjectForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
    m_siteLabel->setText(tr("Si&te:"));
    updateStatusText();
}

QString SubjectForm::statusText() const
{
    const Subject &s = casebook().subject;
    const QString status = CodeLabels::subjectStatus(s.status);
    if (s.id == 0)
        return tr("%1 (new subject). Enrolment needs: signed consent; eligibility confirmed by "
                  "a physician.")
            .arg(status);
    if (s.withdrawalDate)
        return tr("%1 on %2: %3").arg(status, DisplayFormat::date(s.withdrawalDate), s.withdrawalReason);
    const rules::LifeCycleInput in = casebook().lifeCycle(protocol());
    if (s.status == rules::subjectStatusCode(rules::SubjectStatus::Screening)) {
        QStringList needs;
        for (const QString &code : rules::enrolmentBlockers(in)) {
            if (code == QLatin1String("consent_not_signed"))
                needs << tr("signed consent");
            else if (code == QLatin1String("eligibility_not_confirmed"))
                needs << tr("eligibility confirmed by a physician");
        }
        if (!needs.isEmpty())
            return tr("%1. Enrolment needs: %2.").arg(status, needs.join(tr("; ")));
    }
    if (s.status == QLatin1String("enrolled"))
        return tr("%1. Completion needs: the %2 PASI assessment.")
            .arg(status, CodeLabels::visit(protocol().visits.last().code));
    return status;
}

void SubjectForm::updateStatusText()
{
    m_ui->statusValue->setText(statusText());
}

void SubjectForm::updateEnabled(bool editable)
{
    CrfForm::updateEnabled(editable);
    updateSiteChooser();
    const Subject &s = casebook().subject;
    m_siteCombo->setEnabled(editable && s.id == 0);
    m_ui->withdrawButton->setEnabled(editable && s.id != 0 && !s.withdrawalDate && !isDirty());
    m_ui->withdrawButton->setVisible(!s.withdrawalDate);
}

bool SubjectForm::withdraw()
{
    const Subject &s = casebook().subject;
    if (s.id == 0 || isDirty())
        return false;
    WithdrawDialog dialog(s.code, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return withdrawWith(*dialog.date(), dialog.reason());
}

bool SubjectForm::withdrawWith(const QDate &date, const QString &reason)
{
    const qint64 id = casebook().subject.id;
    const SaveResult r = store().withdrawSubject(session(), id, date, reason);
    if (!r.ok()) {
        QStringList lines;
        for (const FieldError &e : r.errors)
            lines << e.text();
        if (lines.isEmpty())
            lines << tr("The withdrawal was not saved: %1").arg(r.message);
        QMessageBox::warning(this, tr("Not withdrawn"), lines.join(QLatin1Char('\n')));
        return false;
    }
    if (const std::optional<Casebook> book = store().loadCasebook(session(), id))
        open(*book);
    emit saved(id);
    return true;
}

void SubjectForm::updateSiteChooser()
{
    const Subject &s = casebook().subject;
    const QString chosen = s.id == 0 ? m_siteCombo->currentData().toString() : s.siteCode;
    const QList<Site> sites = SiteStore(store().database()).sites();
    m_siteCombo->clear();
    for (const Site &site : sites) {
        if (s.id == 0 ? session().maySite(site.code) : site.code == s.siteCode)
            m_siteCombo->addItem(tr("%1 – %2").arg(site.code, site.name), site.code);
    }
    // A user of several sites chooses; one of one site records there.
    m_siteCombo->setCurrentIndex(m_siteCombo->count() == 1 ? 0 : m_siteCombo->findData(chosen));
    const bool several = sites.size() > 1;
    m_siteLabel->setVisible(several);
    m_siteCombo->setVisible(several);
}

QList<FieldChange> SubjectForm::pendingChanges() const
{
    if (casebook().subject.id == 0)
        return {};
    return FieldChanges::between(casebook().subject, collect());
}

}  // namespace trialcrf
