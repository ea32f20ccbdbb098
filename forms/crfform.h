// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldwidgets.h"
#include "records/fielderror.h"
#include "storage/casebook.h"
#include "storage/saveresult.h"
#include "storage/fieldchanges.h"
#include "storage/monitoredfields.h"
#include "storage/session.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace trialcrf {

class ChangedNotice;
class EnterKeyFilter;
class FieldErrorLabel;
class StudyStore;
struct Protocol;

/// The base of every CRF page. It owns what all pages share: the scrolling page, the footer
/// with the Save button and the reason Save is disabled, inline errors at their fields (a red
/// message under the field and a red frame), live validation through the record's validate(),
/// Enter moving to the next field, read-only mode for roles that may not edit the page, the
/// reason for change when saved data is edited, and every SaveResult status.
///
/// A subclass sets its Designer form up on contentWidget(), binds each input to the field key
/// the record's validate() uses (the CSV column name), calls finishSetup(), and implements
/// open(), write() and the few hooks below.
class CrfForm : public QWidget
{
    Q_OBJECT

public:
    explicit CrfForm(StudyStore &store, QWidget *parent = nullptr);
    ~CrfForm() override;

    /// Who is logged in; decides read-only mode (a monitor, or a nurse on a physician's page).
    void setSession(const Session &s);
    const Session &session() const { return m_session; }

    /// Shows the record of this subject at this visit (visit empty for subject-level pages;
    /// for AdverseEventForm `visit` is unused and aeNumber selects, 0 = new). A new record
    /// when none exists.
    virtual void open(const Casebook &casebook, const QString &visit, int aeNumber = 0) = 0;

    bool isDirty() const { return m_dirty; }
    /// Validates, asks the reason for change when saved data is edited, saves through the
    /// StudyStore and handles every outcome (Stale: says who changed it and when, reloads,
    /// never overwrites). True when saved, or when there was nothing to save.
    virtual bool save();
    /// Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to
    /// close. Discard shows the data as it was opened again.
    bool maybeClose();
    /// Someone else saved this page's record (another workstation): without unsaved entries
    /// the page shows the saved data at once, keeping the keyboard where it is; with entries,
    /// they stay and the notice above the page says who saved, when, and that saving them
    /// would be refused, with a button that shows the saved data instead. `roleCode` may be
    /// empty.
    void changedElsewhere(const QString &userName, const QString &roleCode,
                          const QDateTime &atUtc);
    /// The notice above the page that someone else saved it (hidden when not).
    ChangedNotice *changedNotice() const { return m_changed; }

    /// The session's role may edit this page and the casebook is not locked.
    bool isEditable() const;
    /// Editable, changed, and without hard errors (missing items do not stop Save): what
    /// enables the Save button.
    bool canSave() const { return m_canSave; }
    /// Why Save is disabled (or what Save will do), as shown in the footer.
    QString statusText() const;
    /// "Infusion — Week 2", translated.
    QString title() const { return pageTitle(); }

    qint64 subjectId() const { return m_casebook.subject.id; }
    const Casebook &casebook() const { return m_casebook; }
    QString visit() const { return m_visit; }

    /// Every field key with a hard error now (an impossible value, or text that is not a
    /// value): these stop Save.
    QStringList errorFields() const;
    /// Every field key that is required and not recorded now, shown inline or not yet: the
    /// page saves, marked incomplete.
    QStringList missingFields() const;
    /// True when Save would store the page incomplete (some required field not recorded).
    bool isIncomplete() const { return !missingFields().isEmpty(); }
    /// The error text shown inline at that field now; empty when none is shown.
    QString shownError(const QString &field) const;
    QPushButton *saveButton() const { return m_saveButton; }
    /// Puts `widget` in the footer, before the Save button (a page's query marker).
    void addFooterWidget(QWidget *widget);

    /// The casebook as it would be with what is typed on this page now (saved or not), for
    /// views that follow data as it is entered; nullopt when the page has no such view.
    virtual std::optional<Casebook> draftCasebook() const { return std::nullopt; }

    /// The fields a save would change in the saved record, as the audit trail will name them
    /// (FieldChanges over the repository's Row); empty for a new record. The reason dialog
    /// lists them.
    virtual QList<FieldChange> pendingChanges() const { return {}; }
    /// What the reason dialog offers chosen when a save changes saved data: a stored reason
    /// (ChangeReason::stored()) for the changes, or empty for no choice. The page's query
    /// markers use it: a change to a field with an open query is a data clarification.
    using ReasonPreset = std::function<QString(const QList<FieldChange> &)>;
    void setReasonPreset(ReasonPreset preset) { m_reasonPreset = std::move(preset); }
    /// A field's label as this page shows it (the label of its input when the page has one,
    /// else the audit trail's label of the column), in the current language.
    QString changeFieldLabel(const QString &column) const;

    /// The page's record as a query or an SDV mark names it (field empty).
    FieldRef pageRef() const;
    /// The first input bound to a field key; null when the page has none.
    QWidget *fieldInput(const QString &key) const { return inputsFor(key).value(0); }
    /// The field key of the input that is `widget` or holds it; empty when none.
    QString fieldKeyAt(const QWidget *widget) const;
    /// Every field key bound on this page, in binding order.
    QStringList fieldKeys() const;

    /// Pins "today" for validation and the date fields (tests); invalid = the store's clock.
    void setToday(const QDate &today);

    QSize sizeHint() const override;

Q_SIGNALS:
    void saved(qint64 subjectId);
    void dirtyChanged(bool dirty);
    void titleChanged(const QString &title);
    void canSaveChanged(bool canSave);
    /// What is typed changed (or was loaded, saved or discarded): draftCasebook() may differ.
    void draftChanged();

protected:
    /// One message at one field, in the current language. `missing`: a required field not
    /// recorded yet, a calm notice that does not stop Save (the page is saved incomplete).
    struct Problem {
        QString field;
        QString text;
        bool missing = false;
    };

    StudyStore &store() const { return m_store; }
    const Protocol &protocol() const;
    QWidget *contentWidget() const { return m_content; }
    ValidationContext validationContext() const;
    QDate today() const;
    Casebook &mutableCasebook() { return m_casebook; }
    int aeNumber() const { return m_aeNumber; }
    void setAeNumber(int aeNumber) { m_aeNumber = aeNumber; }
    bool isLoading() const { return m_loading; }

    // ---- set-up (constructor of the subclass) --------------------------------------------
    /// Tracks an input: changes make the page dirty and re-validate; Enter moves on.
    void watch(QWidget *input);
    /// Enter in `field` moves to the next field, as in a watched input (for fields that are
    /// not the record's, such as a deviation's reason).
    void moveOnEnter(QWidget *field);
    /// Binds an input to a field key: its errors show under it (a new label below its row of
    /// a QFormLayout, or `label` when given, which several fields may share).
    void bindField(const QString &key, QWidget *input, FieldErrorLabel *label = nullptr);
    /// The inputs bound to fields, by key.
    QMultiHash<QString, QWidget *> boundInputs() const
    {
        QMultiHash<QString, QWidget *> inputs;
        for (const Binding &b : m_bindings)
            inputs.insert(b.key, b.input);
        return inputs;
    }
    /// Shows a record in the inputs bound to its fields (fieldwidgets::load).
    template <typename R>
    void showFields(const FieldTable<R> &table, const R &rec) const
    {
        fieldwidgets::load(table, rec, boundInputs());
    }
    /// Reads the inputs bound to a record's fields into it (fieldwidgets::collect).
    template <typename R>
    void readFields(const FieldTable<R> &table, R *rec) const
    {
        fieldwidgets::collect(table, rec, boundInputs());
    }
    /// Stops tracking an input that is about to be deleted (rows of a table).
    void unwatch(QWidget *input);
    /// Call once at the end of the subclass constructor.
    void finishSetup();

    // ---- loading (open() of the subclass) -------------------------------------------------
    void beginLoad(const Casebook &casebook, const QString &visit, int aeNumber = 0);
    /// `savedRecord`: the page shows a record that exists in the database.
    void endLoad(bool savedRecord);

    // ---- hooks ----------------------------------------------------------------------------
    /// The permission that edits this page.
    virtual Action editAction() const = 0;
    /// Why the data forbids changing this page now (a workflow gate, e.g. no infusion before
    /// enrolment), in the current language; empty when nothing does. When set, the page is
    /// read only and the banner says why.
    virtual QString blockedReason() const { return {}; }
    /// The record built from the inputs, validated.
    virtual FieldErrors currentErrors() const = 0;
    /// Writes the record built from the inputs; update the casebook copy (ids) on success.
    virtual SaveResult write(const QString &reason) = 0;
    /// The page title, translated.
    virtual QString pageTitle() const = 0;
    /// Refreshes live computed values (dose, PASI, verdict). Called on every change.
    virtual void updateComputed() {}
    /// Enables inputs; the default enables every watched input when editable. Override to
    /// disable inputs a role may not touch, or that the data makes irrelevant.
    virtual void updateEnabled(bool editable);
    /// ui.retranslateUi(contentWidget()) plus the texts set in code.
    virtual void retranslate() = 0;
    /// The name of a field for the footer's list of problems. The default is the text of
    /// the label whose buddy is the field's input.
    virtual QString fieldName(const QString &key) const;
    /// Extra messages for inputs the record cannot represent (text that is not a number).
    virtual QList<Problem> inputProblems() const;
    /// A sentence added to "Ready to save." (the protocol deviations a save will record).
    virtual QString saveNote() const { return {}; }
    /// A Conflict result (e.g. the subject code is taken). Default: a message box.
    virtual void showConflict(const SaveResult &result);

    /// Re-validates and updates errors, computed values, footer and Save.
    void refresh();
    /// A change the watched inputs do not signal (a table row added or removed).
    void noteChanged();
    /// Shows the field's errors inline from now on, though it was not visited: for a field
    /// that another field's value has just made required (a deviation reason).
    void revealField(const QString &key) { m_touched.insert(key); }
    /// Keeps the message at the field until it is edited (a refusal from the store).
    void addStickyProblem(const QString &field, const QString &text);
    /// The inputs bound to a key.
    QList<QWidget *> inputsFor(const QString &key) const;
    /// The text of the label whose buddy is `input`, without mnemonic and colon.
    QString buddyText(QWidget *input) const;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Binding {
        QString key;
        QWidget *input = nullptr;
        FieldErrorLabel *label = nullptr;
    };

    void onInputChanged(QWidget *input);
    void focusFirstField();
    void onFieldLeft(QWidget *input);
    void setDirty(bool dirty);
    void applyEditable();
    void retranslateBase();
    void updateFooter();
    QStringList fieldNames(const QStringList &fields) const;
    bool hasHardProblems() const;
    void setErrorFrame(QWidget *input, bool on);
    FieldErrorLabel *labelBelow(QWidget *input);
    bool reload();
    /// Gives up what is typed and shows the saved data (the notice's button).
    void showSavedData();
    bool askReason(QString *reason);
    void message(int icon, const QString &title, const QString &text);

    StudyStore &m_store;
    Session m_session;
    ReasonPreset m_reasonPreset;
    QHBoxLayout *m_footer = nullptr;
    Casebook m_casebook;
    QString m_visit;
    int m_aeNumber = 0;
    bool m_savedRecord = false;

    QLabel *m_banner = nullptr;
    ChangedNotice *m_changed = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    FieldErrorLabel *m_otherErrors = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    EnterKeyFilter *m_enterFilter = nullptr;

    QList<QWidget *> m_inputs;
    QList<Binding> m_bindings;
    QList<Problem> m_problems;
    QList<Problem> m_sticky;
    QSet<QString> m_touched;
    QSet<QWidget *> m_framed;
    bool m_revealAll = false;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_canSave = false;
    bool m_justSaved = false;  ///< the footer says "Saved" until the next edit
    bool m_keepFocus = false;  ///< a reload for someone else's save leaves the focus alone
    QDate m_today;
};

}  // namespace trialcrf
