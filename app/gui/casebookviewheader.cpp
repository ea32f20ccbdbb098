// SPDX-License-Identifier: Apache-2.0
// The casebook's header: the subject's identity and status, the casebook's signed state and
// the saved pages that are still incomplete.
#include "casebookview.h"

#include "itemmodels/itemlabels.h"
#include "labels/codelabels.h"
#include "palette.h"
#include "storage/completeness.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"

#include <QLabel>
#include <QLocale>

namespace trialcrf {

void CasebookView::fillHeader()
{
    if (!m_casebook)
        return;
    const Subject &s = m_casebook->subject;
    QStringList details = {s.initials, CodeLabels::subjectStatus(s.status),
                           tr("Week 0: %1").arg(ItemLabels::date(s.week0Date))};
    if (m_casebook->locked)
        details << tr("Locked");
    m_code->setText(s.code);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    fillSignedState();
    fillIncomplete();
}

void CasebookView::setSignatureStore(const SignatureStore *signatures)
{
    m_signatures = signatures;
    fillHeader();
}

void CasebookView::signaturesChanged()
{
    fillSignedState();
    if (m_casebook)
        Q_EMIT subjectSaved(m_casebook->subject.id);
}

void CasebookView::fillSignedState()
{
    if (!m_casebook || !m_signatures) {
        m_signed->hide();
        return;
    }
    const std::optional<QList<Signature>> list = m_signatures->signatures(*m_casebook);
    const std::optional<Signature> s =
        list ? SignatureStore::casebookSignature(*list) : std::nullopt;
    QString code = QStringLiteral("not_signed");
    QString text = ItemLabels::signedState(code);
    if (s) {
        const bool broken = s->status == Signature::Status::Broken;
        code = ItemLabels::signedStateCode(s->meaning, broken);
        const QString when = QLocale().toString(s->signedAtUtc.toLocalTime(), QLocale::ShortFormat);
        const QString meaning = CodeLabels::signatureMeaning(s->meaning);
        text = broken ? tr("Changed since signed: %1 on %2 by %3 — sign again")
                            .arg(meaning, when, s->printedName)
                      : tr("Signed: %1 on %2 by %3").arg(meaning, when, s->printedName);
    }
    const QColor background = Palette::stateBackground(code);
    m_signed->setStyleSheet(
        background.isValid()
            ? QStringLiteral("QLabel { %1 }")
                  .arg(Palette::onLightStyle(background, QStringLiteral("3px")))
            : QStringLiteral("QLabel { padding: 3px; }"));
    m_signed->setProperty("signedState", code);
    m_signed->setText(text);
    m_signed->show();
}

void CasebookView::fillIncomplete()
{
    const QString text = incompleteText();
    m_incomplete->setText(text);
    m_incomplete->setVisible(!text.isEmpty());
}

QString CasebookView::incompleteText() const
{
    if (!m_casebook)
        return {};
    QStringList lines;
    for (const rules::IncompletePage &page :
         rules::incompletePages(m_store.protocol(), *m_casebook)) {
        rules::ApprovalBlocker b;
        b.kind = rules::ApprovalBlocker::Kind::IncompletePage;
        b.page = page.page;
        b.visit = page.visit;
        b.aeNumber = page.aeNumber;
        b.items = page.fields;
        lines << b.text();
    }
    return lines.join(QLatin1Char('\n'));
}

QString CasebookView::signedText() const
{
    return m_signed->isHidden() ? QString() : m_signed->text();
}

QString CasebookView::headerText() const
{
    return m_code->text() + QLatin1Char(' ') + m_details->text();
}

}  // namespace trialcrf
