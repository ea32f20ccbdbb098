// SPDX-License-Identifier: Apache-2.0
#include "crfform.h"

#include "changednotice.h"

#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "codecombobox.h"
#include "displayformat.h"
#include "enterkeyfilter.h"
#include "fieldmonitor.h"
#include "fielderrorlabel.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "palette.h"
#include "reasondialog.h"
#include "storage/studystore.h"
#include "yesnobox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace trialcrf {

namespace {

/// The frame of a field with an error. A property selector (setErrorFrame() sets the
/// property), so only the field itself is framed, not the line edit inside a spin box or
/// combo box.
const QString kErrorStyle =
    QStringLiteral("*[crfError=\"true\"] { border: 2px solid %1; border-radius: 3px; }")
        .arg(Palette::error().name());

}  // namespace

CrfForm::CrfForm(StudyStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(Palette::bannerStyle(6));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_changed = new ChangedNotice(this);
    connect(m_changed, &ChangedNotice::discardRequested, this, &CrfForm::showSavedData);
    layout->addWidget(m_changed);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("formContent"));
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);

    m_otherErrors = new FieldErrorLabel(this);
    m_otherErrors->setObjectName(QStringLiteral("otherErrors"));
    layout->addWidget(m_otherErrors);

    auto *footer = m_footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    footer->addWidget(m_status, 1);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setEnabled(false);
    m_saveButton->setAutoDefault(false);
    footer->addWidget(m_changed->discardButton(), 0, Qt::AlignTop);
    footer->addWidget(m_saveButton, 0, Qt::AlignTop);
    layout->addLayout(footer);

    // Tab scrolls the field it reaches into sight; so must Alt+letter and a click on an error.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_content->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });

    m_enterFilter = new EnterKeyFilter(this);
    connect(m_enterFilter, &EnterKeyFilter::fieldLeft, this, &CrfForm::onFieldLeft);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });

    setStyleSheet(kErrorStyle);
    retranslateBase();
}

CrfForm::~CrfForm()
{
    // Deleting the children below sends focus-out and destroyed signals while this object's
    // members are already gone: cut those connections first.
    m_enterFilter->disconnect(this);
    for (QWidget *input : std::as_const(m_inputs))
        input->disconnect(this);
    // A field monitor filters the inputs' events and reads this form: it goes while this is
    // still a CrfForm, not from ~QWidget, which sends the inputs events as it deletes them.
    qDeleteAll(findChildren<FieldMonitor *>(Qt::FindDirectChildrenOnly));
}

const Protocol &CrfForm::protocol() const
{
    return m_store.protocol();
}

QDate CrfForm::today() const
{
    if (m_today.isValid())
        return m_today;
    return m_store.clock()().toLocalTime().date();
}

void CrfForm::setToday(const QDate &today)
{
    m_today = today;
    for (QWidget *input : std::as_const(m_inputs)) {
        if (auto *d = qobject_cast<OptionalDateEdit *>(input))
            d->setToday(today);
    }
    refresh();
}

ValidationContext CrfForm::validationContext() const
{
    ValidationContext ctx;
    ctx.today = today();
    ctx.week0 = m_casebook.subject.week0Date;
    ctx.birthDate = m_casebook.subject.birthDate;
    return ctx;
}

void CrfForm::setSession(const Session &s)
{
    m_session = s;
    applyEditable();
    refresh();
}

bool CrfForm::isEditable() const
{
    return m_session.may(editAction()) && !m_casebook.locked && blockedReason().isEmpty();
}

// ---- set-up -------------------------------------------------------------------------------

void CrfForm::moveOnEnter(QWidget *field)
{
    m_enterFilter->watch(field);
}

void CrfForm::watch(QWidget *input)
{
    if (!input || m_inputs.contains(input))
        return;
    m_inputs << input;
    m_enterFilter->watch(input);
    auto changed = [this, input] { onInputChanged(input); };
    // Most specific first: the field widgets of forms/ derive from the Qt ones.
    if (auto *w = qobject_cast<OptionalDateEdit *>(input))
        connect(w, &OptionalDateEdit::valueChanged, this, changed);
    else if (auto *w = qobject_cast<YesNoBox *>(input))
        connect(w, &YesNoBox::valueChanged, this, changed);
    else if (auto *w = qobject_cast<CodeComboBox *>(input))
        connect(w, &CodeComboBox::codeChanged, this, changed);
    else if (auto *w = qobject_cast<QComboBox *>(input)) {
        connect(w, &QComboBox::currentIndexChanged, this, changed);
        if (w->isEditable())
            connect(w, &QComboBox::editTextChanged, this, changed);
    } else if (auto *w = qobject_cast<QLineEdit *>(input))
        connect(w, &QLineEdit::textChanged, this, changed);
    else if (auto *w = qobject_cast<QSpinBox *>(input))
        connect(w, &QSpinBox::valueChanged, this, changed);
    else if (auto *w = qobject_cast<QDoubleSpinBox *>(input))
        connect(w, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *w = qobject_cast<QAbstractButton *>(input))
        connect(w, &QAbstractButton::toggled, this, changed);
    else if (auto *w = qobject_cast<QPlainTextEdit *>(input))
        connect(w, &QPlainTextEdit::textChanged, this, changed);
    connect(input, &QObject::destroyed, this, [this, input] {
        m_inputs.removeAll(input);
        m_framed.remove(input);
        m_bindings.erase(std::remove_if(m_bindings.begin(), m_bindings.end(),
                                        [input](const Binding &b) { return b.input == input; }),
                         m_bindings.end());
    });
}

void CrfForm::unwatch(QWidget *input)
{
    if (!input)
        return;
    input->disconnect(this);
    input->removeEventFilter(m_enterFilter);
    m_inputs.removeAll(input);
    m_framed.remove(input);
    m_bindings.erase(std::remove_if(m_bindings.begin(), m_bindings.end(),
                                    [input](const Binding &b) { return b.input == input; }),
                     m_bindings.end());
}

void CrfForm::bindField(const QString &key, QWidget *input, FieldErrorLabel *label)
{
    watch(input);
    if (!label) {
        for (const Binding &b : std::as_const(m_bindings)) {
            if (b.input == input) {
                label = b.label;
                break;
            }
        }
    }
    if (!label)
        label = labelBelow(input);
    m_bindings << Binding{key, input, label};
}

FieldErrorLabel *CrfForm::labelBelow(QWidget *input)
{
    // Find the QFormLayout row holding the input (directly or inside a nested layout) and
    // put the message in a new row right below it, in the field column.
    const QList<QFormLayout *> forms = m_content->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            if (!item)
                item = form->itemAt(row, QFormLayout::SpanningRole);
            if (!item)
                continue;
            bool holds = item->widget() == input;
            if (!holds && item->widget())
                holds = item->widget()->isAncestorOf(input);
            if (!holds && item->layout())
                holds = item->layout()->indexOf(input) >= 0;
            if (!holds)
                continue;
            auto *label = new FieldErrorLabel;
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), label);
            return label;
        }
    }
    return m_otherErrors;
}

void CrfForm::finishSetup()
{
    // Wrapped texts in the field column (computed values, notes) take the column's whole
    // width: at their narrow size hint a form layout would cut them off instead of wrapping.
    for (QFormLayout *form : m_content->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
                QLayoutItem *item = form->itemAt(row, role);
                auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                if (label && label->wordWrap()) {
                    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
                    // Right under the field above; any spare height of the row goes below.
                    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                }
            }
        }
    }

    // After the last field Tab reaches Save, whatever the creation order of the widgets.
    QWidget *last = nullptr;
    for (QWidget *w = m_content->nextInFocusChain(); w && w != m_content;
         w = w->nextInFocusChain()) {
        if (m_content->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    if (last)
        QWidget::setTabOrder(last, m_saveButton);
    applyEditable();
}

// ---- the footer ---------------------------------------------------------------------------

void CrfForm::addFooterWidget(QWidget *widget)
{
    m_footer->insertWidget(m_footer->indexOf(m_saveButton), widget, 0, Qt::AlignTop);
}

void CrfForm::updateFooter()
{
    const bool editable = isEditable();
    const bool hard = hasHardProblems();
    const QStringList missing = missingFields();
    const QString missingNames = QLocale().createSeparatedList(fieldNames(missing));
    QString status;
    bool canSave = false;
    if (!editable) {
        status = m_casebook.locked ? tr("Read only: the casebook is locked.")
                                   : tr("Read only for your role.");
    } else if (hard) {
        status = tr("Cannot save yet. To correct: %1.")
                     .arg(QLocale().createSeparatedList(fieldNames(errorFields())));
    } else if (m_justSaved) {
        status = missing.isEmpty() ? tr("Saved.")
                                   : tr("Saved, incomplete. Still missing: %1.").arg(missingNames);
    } else if (!m_dirty) {
        if (!m_savedRecord)
            status = tr("Nothing entered yet.");
        else if (!missing.isEmpty())
            status = tr("Incomplete: %1.").arg(missingNames);
        else
            status = tr("No changes to save.");
    } else {
        const bool correction = m_savedRecord && FieldChanges::anyCorrection(pendingChanges());
        if (missing.isEmpty())
            status = correction
                         ? tr("Ready to save. You will be asked for the reason for change.")
                         : tr("Ready to save.");
        else
            status = (correction ? tr("Incomplete: %1 — you can save now and complete it "
                                      "later. You will be asked for the reason for change.")
                                 : tr("Incomplete: %1 — you can save now and complete it "
                                      "later."))
                         .arg(missingNames);
        if (const QString note = saveNote(); !note.isEmpty())
            status += QLatin1Char(' ') + note;
        canSave = true;
        // Someone else saved the page meanwhile: Save stays, and is refused as stale.
        if (!m_changed->isHidden() && m_changed->kind() == ChangedNotice::Kind::Conflict)
            status = tr("Out of date: someone else saved this page, so a save is refused.");
    }
    m_status->setText(status);
    QString style;
    if (editable && hard)
        style = Palette::errorStyle();
    else if (!missing.isEmpty() && (m_dirty || m_savedRecord))
        style = Palette::noticeStyle();
    m_status->setStyleSheet(style);
    m_saveButton->setEnabled(canSave);
    if (canSave != m_canSave) {
        m_canSave = canSave;
        emit canSaveChanged(canSave);
    }
}

// ---- saving -------------------------------------------------------------------------------

bool CrfForm::save()
{
    if (!isEditable())
        return false;  // the banner above the page already says why
    m_revealAll = true;
    refresh();
    if (hasHardProblems()) {
        // Ctrl+S with errors standing: show them all and go to the first.
        for (const Problem &p : std::as_const(m_problems)) {
            if (p.missing)
                continue;
            const QList<QWidget *> inputs = inputsFor(p.field);
            if (!inputs.isEmpty() && inputs.first()->isEnabled()) {
                inputs.first()->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    if (!m_dirty)
        return true;  // nothing changed or entered: nothing to write, nothing to audit

    // Completing the page (values where none were recorded, a physician's confirmation) is no
    // correction; changing what was recorded asks why.
    QString reason;
    if (m_savedRecord && FieldChanges::anyCorrection(pendingChanges()) && !askReason(&reason))
        return false;

    for (int attempt = 0; attempt < 2; ++attempt) {
        const SaveResult result = write(reason);
        switch (result.status) {
        case SaveResult::Status::Saved:
            setDirty(false);
            reload();
            m_justSaved = true;
            updateFooter();
            emit saved(subjectId());
            return true;
        case SaveResult::Status::ReasonRequired:
            if (!reason.isEmpty() || !askReason(&reason))
                return false;
            continue;  // the store knew better that this is saved data: try once more
        case SaveResult::Status::Invalid:
            for (const FieldError &e : result.errors)
                m_sticky << Problem{e.field, DisplayFormat::errorText(e)};
            refresh();
            return false;
        case SaveResult::Status::Stale:
            // What was typed stays until the person discards it (the notice's button).
            message(QMessageBox::Warning, tr("Changed by someone else"),
                    tr("%1 saved this page at %2, after you opened it. Your changes were not "
                       "saved, so nothing of theirs was overwritten. Your entries are still on "
                       "the page: note them, then choose \"Show saved data\" beside Save and "
                       "enter again what still applies.")
                        .arg(result.changedBy.isEmpty() ? tr("Another user") : result.changedBy,
                             DisplayFormat::dateTime(result.changedAt)));
            m_changed->showChange(ChangedNotice::Kind::Conflict, result.changedBy, {},
                                  result.changedAt);
            updateFooter();
            return false;
        case SaveResult::Status::Denied:
            message(QMessageBox::Warning, tr("Not allowed"),
                    tr("Your role may not make this change. Nothing was saved."));
            return false;
        case SaveResult::Status::Locked:
            message(QMessageBox::Warning, tr("Casebook locked"),
                    tr("This casebook has been locked, so it cannot be changed. Nothing was "
                       "saved."));
            setDirty(false);
            reload();
            return false;
        case SaveResult::Status::Conflict:
            showConflict(result);
            return false;
        case SaveResult::Status::DatabaseError:
            // SQLite's words for SQLITE_FULL: the one cause a nurse can act on herself.
            if (result.message.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)) {
                message(QMessageBox::Critical, tr("Not saved"),
                        tr("The disk that holds the study is full. Nothing was saved; your "
                           "entries are still on the page. Free space on the disk (or ask IT), "
                           "then save again.\n\nDetails: %1")
                            .arg(result.message));
                return false;
            }
            message(QMessageBox::Critical, tr("Not saved"),
                    tr("The database could not save the page. Nothing was saved; your entries "
                       "are still on the page, so you can try again.\n\nDetails: %1")
                        .arg(result.message));
            return false;
        }
    }
    return false;
}

// ---- language -----------------------------------------------------------------------------

void CrfForm::retranslateBase()
{
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save this page (Ctrl+S)"));
}

void CrfForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslate();
        applyEditable();
        refresh();
        emit titleChanged(pageTitle());
    }
    QWidget::changeEvent(event);
}

QSize CrfForm::sizeHint() const
{
    const QSize content = m_content->sizeHint();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const QSize base = QWidget::sizeHint();
    return QSize(qMax(base.width(), content.width() + scrollBar + 24),
                 qMin(qMax(base.height(), content.height() + 120), 900));
}

}  // namespace trialcrf
