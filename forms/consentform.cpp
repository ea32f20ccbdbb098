// SPDX-License-Identifier: Apache-2.0
#include "consentform.h"

#include "palette.h"
#include "records/fieldtables.h"
#include "storage/studystore.h"
#include "ui_consentform.h"

namespace trialcrf {

ConsentForm::ConsentForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::ConsentForm>())
{
    m_ui->setupUi(contentWidget());
    m_ui->notSignedNote->setStyleSheet(Palette::textStyle(Palette::warning()));
    bindField(QStringLiteral("consent_version"), m_ui->versionEdit);
    bindField(QStringLiteral("consent_date"), m_ui->dateEdit);
    bindField(QStringLiteral("consent_time"), m_ui->timeEdit);
    bindField(QStringLiteral("subject_signed"), m_ui->signedBox);
    bindField(QStringLiteral("obtained_by"), m_ui->obtainedByEdit);
    finishSetup();
}

ConsentForm::~ConsentForm() = default;

void ConsentForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(visit);
    Q_UNUSED(aeNumber);
    beginLoad(casebook, {}, 0);
    Consent c;
    c.subjectId = casebook.subject.id;
    if (casebook.consent)
        c = *casebook.consent;
    showFields(fields::consent(), c);
    endLoad(casebook.consent.has_value() && casebook.consent->id != 0);
}

Consent ConsentForm::collect() const
{
    Consent c;
    if (casebook().consent)
        c = *casebook().consent;  // id and version of what was opened
    c.subjectId = casebook().subject.id;
    readFields(fields::consent(), &c);
    return c;
}

FieldErrors ConsentForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext());
}

SaveResult ConsentForm::write(const QString &reason)
{
    Consent c = collect();
    const SaveResult result = store().saveConsent(session(), c, reason);
    if (result.ok())
        mutableCasebook().consent = c;
    return result;
}

void ConsentForm::updateComputed()
{
    const std::optional<bool> signedBySubject = m_ui->signedBox->value();
    const bool notSigned = signedBySubject && !*signedBySubject;
    m_ui->notSignedNote->setText(
        notSigned ? tr("Without the subject's signature the subject is not eligible (INC3).")
                  : QString());
    m_ui->notSignedNote->setVisible(notSigned);
}

QString ConsentForm::pageTitle() const
{
    return tr("Informed consent");
}

void ConsentForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
}

QList<FieldChange> ConsentForm::pendingChanges() const
{
    if (!casebook().consent || casebook().consent->id == 0)
        return {};
    return FieldChanges::between(*casebook().consent, collect());
}

}  // namespace trialcrf
