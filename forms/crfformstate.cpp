// SPDX-License-Identifier: Apache-2.0
// CrfForm: loading a record into the page, and the state of its inputs: what changed, what
// is editable, and the problems shown at the fields (errors framed red, notices calm).
#include "crfform.h"

#include "changednotice.h"

#include "displayformat.h"
#include "enterkeyfilter.h"
#include "fielderrorlabel.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "storage/studystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace trialcrf {

namespace {

/// The property the error frame's style sheet selects (see the constructor).
const char kErrorProperty[] = "crfError";

/// The most names the footer lists before "and N more".
constexpr int kMaxNamedProblems = 5;

}  // namespace

// ---- loading ------------------------------------------------------------------------------

void CrfForm::beginLoad(const Casebook &casebook, const QString &visit, int aeNumber)
{
    m_loading = true;
    m_casebook = casebook;
    m_visit = visit;
    m_aeNumber = aeNumber;
    m_touched.clear();
    m_sticky.clear();
    m_revealAll = false;
    m_justSaved = false;
    m_changed->hide();
}

void CrfForm::endLoad(bool savedRecord)
{
    m_savedRecord = savedRecord;
    // Typing into an empty date starts from the same "today" the validation uses.
    const QDate now = today();
    for (QWidget *input : std::as_const(m_inputs)) {
        if (auto *d = qobject_cast<OptionalDateEdit *>(input))
            d->setToday(now);
    }
    // A saved record is shown with all its errors; a new one only once its fields are visited.
    m_revealAll = savedRecord;
    m_loading = false;
    setDirty(false);
    applyEditable();
    refresh();
    emit titleChanged(pageTitle());
    focusFirstField();
}

void CrfForm::focusFirstField()
{
    if (!isEditable() || m_keepFocus)
        return;
    for (QWidget *input : std::as_const(m_inputs)) {
        if (input->isEnabled() && (input->focusPolicy() & Qt::TabFocus)) {
            input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void CrfForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A page opened before it was shown starts at its first field once it is shown.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_content->isAncestorOf(focus))
        focusFirstField();
}

// ---- state --------------------------------------------------------------------------------

void CrfForm::onInputChanged(QWidget *input)
{
    if (m_loading)
        return;
    // A date passes through partial text ("3/1") while it is typed: its message waits until
    // the field is left (the footer and Save follow at once).
    const bool typingDate = qobject_cast<OptionalDateEdit *>(input) && input->hasFocus();
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.input == input) {
            if (!typingDate)
                m_touched.insert(b.key);
            m_sticky.erase(std::remove_if(m_sticky.begin(), m_sticky.end(),
                                          [&b](const Problem &p) { return p.field == b.key; }),
                           m_sticky.end());
        }
    }
    m_justSaved = false;
    setDirty(true);
    refresh();
}

void CrfForm::noteChanged()
{
    if (m_loading)
        return;
    m_justSaved = false;
    setDirty(true);
    refresh();
}

void CrfForm::onFieldLeft(QWidget *input)
{
    if (m_loading || !isEditable())
        return;
    bool any = false;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.input == input && !m_touched.contains(b.key)) {
            m_touched.insert(b.key);
            any = true;
        }
    }
    if (any)
        refresh();
}

void CrfForm::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void CrfForm::applyEditable()
{
    const bool editable = isEditable();
    updateEnabled(editable);
    if (m_casebook.locked)
        m_banner->setText(tr("This casebook is locked: the page is read only."));
    else if (!m_session.may(editAction()))
        m_banner->setText(tr("Read only: your role (%1) may not change this page.")
                              .arg(CodeLabels::role(roleCode(m_session.role))));
    else if (const QString blocked = blockedReason(); !blocked.isEmpty())
        m_banner->setText(blocked);
    m_banner->setVisible(!editable);
}

void CrfForm::updateEnabled(bool editable)
{
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(editable);
}

QList<QWidget *> CrfForm::inputsFor(const QString &key) const
{
    QList<QWidget *> inputs;
    for (const Binding &b : m_bindings) {
        if (b.key == key)
            inputs << b.input;
    }
    return inputs;
}

FieldRef CrfForm::pageRef() const
{
    FieldRef ref{m_casebook.subject.id, {}, {}, {}};
    switch (editAction()) {
    case Action::EditSubject: ref.table = QStringLiteral("subjects"); break;
    case Action::EditConsent: ref.table = QStringLiteral("consents"); break;
    case Action::EditEligibility: ref.table = QStringLiteral("eligibility"); break;
    case Action::EditInfusion: ref.table = QStringLiteral("infusions"); break;
    case Action::EditPasi: ref.table = QStringLiteral("pasi_assessments"); break;
    case Action::EditAdverseEvent: ref.table = QStringLiteral("adverse_events"); break;
    default: break;
    }
    if (ref.table == QLatin1String("infusions") || ref.table == QLatin1String("pasi_assessments"))
        ref.recordKey = m_visit;
    else if (ref.table == QLatin1String("adverse_events"))
        ref.recordKey = QString::number(m_aeNumber);
    return ref;
}

QString CrfForm::fieldKeyAt(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        for (const Binding &b : m_bindings) {
            if (b.input == w)
                return b.key;
        }
    }
    return {};
}

QStringList CrfForm::fieldKeys() const
{
    QStringList keys;
    for (const Binding &b : m_bindings) {
        if (!keys.contains(b.key))
            keys << b.key;
    }
    return keys;
}

QList<CrfForm::Problem> CrfForm::inputProblems() const
{
    // Text a field cannot read is refused at the field with the field's own message; the
    // field never reads it as some other value.
    QList<Problem> problems;
    for (const Binding &b : m_bindings) {
        QString text;
        if (auto *n = qobject_cast<NumberEdit *>(b.input))
            text = n->problem();
        else if (auto *t = qobject_cast<OptionalTimeEdit *>(b.input))
            text = t->problem();
        else if (auto *d = qobject_cast<OptionalDateEdit *>(b.input))
            text = d->problem();
        if (!text.isEmpty())
            problems << Problem{b.key, text};
    }
    return problems;
}

void CrfForm::addStickyProblem(const QString &field, const QString &text)
{
    m_sticky << Problem{field, text};
    m_touched.insert(field);
    refresh();
}

void CrfForm::refresh()
{
    if (m_loading)
        return;
    updateComputed();
    emit draftChanged();
    applyEditable();

    // Text that is not a value replaces the record's own message for that field (which would
    // only say "required", the input being unreadable).
    const QList<Problem> unreadable = inputProblems();
    QSet<QString> unreadableFields;
    for (const Problem &p : unreadable)
        unreadableFields.insert(p.field);
    m_problems = unreadable;
    const FieldErrors errors = currentErrors();
    for (const FieldError &e : errors) {
        if (!unreadableFields.contains(e.field))
            m_problems << Problem{e.field, DisplayFormat::errorText(e), e.isMissing()};
    }
    m_problems << m_sticky;

    QHash<FieldErrorLabel *, QStringList> messages;
    QSet<FieldErrorLabel *> hardLabels;  ///< labels showing an error, not only a notice
    QSet<QWidget *> framed;
    QStringList other;
    bool otherHard = false;
    for (const Binding &b : std::as_const(m_bindings))
        messages[b.label];  // every label gets an entry, so a fixed field clears its label
    for (const Problem &p : std::as_const(m_problems)) {
        const bool show = m_revealAll || m_touched.contains(p.field);
        bool bound = false;
        for (const Binding &b : std::as_const(m_bindings)) {
            if (b.key != p.field)
                continue;
            bound = true;
            if (!show)
                continue;
            if (!messages[b.label].contains(p.text))
                messages[b.label] << p.text;
            if (!p.missing) {
                hardLabels.insert(b.label);
                framed.insert(b.input);  // only an error is framed red
            }
        }
        if (!bound && show && !other.contains(p.text)) {
            other << p.text;
            otherHard = otherHard || !p.missing;
        }
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (it.key() != m_otherErrors) {
            it.key()->setMessages(it.value(), !hardLabels.contains(it.key()));
        } else {
            other = it.value() + other;
            otherHard = otherHard || hardLabels.contains(m_otherErrors);
        }
    }
    m_otherErrors->setMessages(other, !otherHard);

    for (QWidget *w : std::as_const(m_framed)) {
        if (!framed.contains(w))
            setErrorFrame(w, false);
    }
    for (QWidget *w : std::as_const(framed))
        setErrorFrame(w, true);
    m_framed = framed;

    updateFooter();
}

void CrfForm::setErrorFrame(QWidget *input, bool on)
{
    if (input->property(kErrorProperty).toBool() == on)
        return;
    input->setProperty(kErrorProperty, on);
    input->style()->unpolish(input);
    input->style()->polish(input);
    input->update();
}

QStringList CrfForm::errorFields() const
{
    QStringList fields;
    for (const Problem &p : m_problems) {
        if (!p.missing && !fields.contains(p.field))
            fields << p.field;
    }
    return fields;
}

QStringList CrfForm::missingFields() const
{
    QStringList fields;
    for (const Problem &p : m_problems) {
        if (p.missing && !fields.contains(p.field))
            fields << p.field;
    }
    return fields;
}

bool CrfForm::hasHardProblems() const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [](const Problem &p) { return !p.missing; });
}

QStringList CrfForm::fieldNames(const QStringList &fields) const
{
    QStringList names;
    for (const QString &field : fields) {
        const QString name = fieldName(field);
        if (!names.contains(name))
            names << name;
    }
    const qsizetype more = names.size() - kMaxNamedProblems;
    if (more > 0) {
        names = names.mid(0, kMaxNamedProblems);
        names << tr("%n more", "", int(more));
    }
    return names;
}

QString CrfForm::shownError(const QString &field) const
{
    if (!(m_revealAll || m_touched.contains(field)))
        return {};
    QStringList texts;
    for (const Problem &p : m_problems) {
        if (p.field == field)
            texts << p.text;
    }
    return texts.join(QLatin1Char('\n'));
}

QString CrfForm::buddyText(QWidget *input) const
{
    const QList<QLabel *> labels = m_content->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (buddy && (buddy == input || buddy->isAncestorOf(input) || input->focusProxy() == buddy)) {
            QString text = label->text();
            static const QRegularExpression mnemonicInParens(QStringLiteral("\\(&[^)]\\)"));
            text.remove(mnemonicInParens);
            text.replace(QLatin1String("&&"), QLatin1String("\x01"));
            text.remove(QLatin1Char('&'));
            text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
            text = text.trimmed();
            while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
                text.chop(1);
            return text.trimmed();
        }
    }
    return {};
}

QString CrfForm::fieldName(const QString &key) const
{
    for (const Binding &b : m_bindings) {
        if (b.key == key) {
            const QString name = buddyText(b.input);
            if (!name.isEmpty())
                return name;
        }
    }
    // A field shown without a label of its own (a group of boxes): the field table's label.
    return FieldLabels::column(key);
}

QString CrfForm::statusText() const
{
    return m_status->text();
}

}  // namespace trialcrf
