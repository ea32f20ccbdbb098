// SPDX-License-Identifier: Apache-2.0
#include "subjectform.h"

#include "labels/codelabels.h"
#include "storage/studystore.h"
#include "ui_subjectform.h"

namespace trialcrf {

SubjectForm::SubjectForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::SubjectForm>())
{
    m_ui->setupUi(contentWidget());
    m_ui->sexCombo->setCodes({QStringLiteral("M"), QStringLiteral("F")}, &CodeLabels::sex);
    m_ui->statusCombo->setCodes(Subject::statusCodes(), &CodeLabels::subjectStatus);

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

    bindField(QStringLiteral("subject_code"), m_ui->codeEdit);
    bindField(QStringLiteral("initials"), m_ui->initialsEdit);
    bindField(QStringLiteral("sex"), m_ui->sexCombo);
    bindField(QStringLiteral("birth_date"), m_ui->birthDateEdit);
    bindField(QStringLiteral("week0_date"), m_ui->week0DateEdit);
    bindField(QStringLiteral("status"), m_ui->statusCombo);
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
    m_ui->codeEdit->setText(s.code);
    m_ui->initialsEdit->setText(s.initials);
    m_ui->sexCombo->setCode(s.sex);
    m_ui->birthDateEdit->setValue(s.birthDate);
    m_ui->week0DateEdit->setValue(s.week0Date);
    m_ui->statusCombo->setCode(s.status);
    endLoad(s.id != 0);
}

Subject SubjectForm::collect() const
{
    Subject s = casebook().subject;  // id and version of what was opened
    s.code = m_ui->codeEdit->text().trimmed();
    s.initials = m_ui->initialsEdit->text().trimmed();
    s.sex = m_ui->sexCombo->code();
    s.birthDate = m_ui->birthDateEdit->value();
    s.week0Date = m_ui->week0DateEdit->value();
    s.status = m_ui->statusCombo->code();
    return s;
}

FieldErrors SubjectForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext());
}

SaveResult SubjectForm::write(const QString &reason)
{
    Subject s = collect();
    const SaveResult result = store().saveSubject(session(), s, reason);
    if (result.ok())
        mutableCasebook().subject = s;
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
}

QList<FieldChange> SubjectForm::pendingChanges() const
{
    if (casebook().subject.id == 0)
        return {};
    return FieldChanges::between(casebook().subject, collect());
}

}  // namespace trialcrf
