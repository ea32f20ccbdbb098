// SPDX-License-Identifier: Apache-2.0
// Shared set-up of the forms' GUI tests: the support library's throw-away study with one
// subject with a planned week-0 date, keyboard helpers that type into whatever has focus, and
// helpers that answer the modal dialogs a save opens (reason for change, messages).
#pragma once

#include "crfform.h"
#include "fixtures.h"
#include "reasondialog.h"
#include "storage/studystore.h"
#include "teststudy.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <memory>

namespace trialcrf::formstest {

/// A study on a pinned day (noon UTC), with logged-in users of every role and one subject
/// whose week 0 was two weeks ago, so the week-2 infusion is due today.
class Study : public fixtures::TestStudy
{
public:
    Study() : TestStudy(QDateTime(today(), QTime(12, 0), Qt::UTC)) {}

    static QDate today() { return QDate(2024, 6, 3); }

    bool setUp(QString *error)
    {
        if (!isValid() || !addAccounts())
            return fail(error, TestStudy::error());
        Subject s;
        s.code = QStringLiteral("S001");
        s.initials = QStringLiteral("ZXM");
        s.sex = QStringLiteral("F");
        s.birthDate = QDate(1980, 5, 17);
        s.week0Date = today().addDays(-14);
        const SaveResult r = store().saveSubject(nurse, s);
        if (!r.ok())
            return fail(error, QStringLiteral("seed subject: ") + r.message);
        subjectId = s.id;
        return true;
    }

    /// Enrols the seed subject as the life cycle asks (signed consent, eligibility confirmed
    /// by the physician), for the pages that need an enrolled subject (infusion).
    bool enrolSeed(QString *error)
    {
        const SaveResult r = fixtures::enrol(store(), subjectId, physician);
        if (!r.ok())
            return fail(error, QStringLiteral("enrol: ") + r.message
                                   + QString::fromUtf8(fixtures::describe(r.errors)));
        return true;
    }

    Casebook casebook(const Session &as) const
    {
        return store().loadCasebook(as, subjectId).value_or(Casebook{});
    }

    /// The stored infusion of a visit, by value (a pointer into casebook()'s temporary would
    /// dangle).
    std::optional<Infusion> infusion(const Session &as, const QString &visit) const
    {
        const Casebook book = casebook(as);
        const Infusion *i = book.infusion(visit);
        return i ? std::optional<Infusion>(*i) : std::nullopt;
    }

    qint64 subjectId = 0;

private:
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }
};

/// Hosts a form the way the shell does: a window whose Ctrl+S action calls save().
class Host : public QWidget
{
public:
    explicit Host(CrfForm *form)
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        auto *save = new QAction(this);
        save->setShortcut(QKeySequence::Save);
        addAction(save);
        QObject::connect(save, &QAction::triggered, form, &CrfForm::save);
        resize(1000, 800);
    }
};

/// A complete infusion as a nurse saves it (dose exactly on target, no vital signs), saved for
/// `subjectId` at `visit` on `date`; a failed save is reported and the record returned as is.
inline Infusion saveSeedInfusion(StudyStore &store, const Session &nurse, qint64 subjectId,
                                 const QString &visit, QDate date)
{
    Infusion i;
    i.subjectId = subjectId;
    i.visit = visit;
    i.infusionDate = date;
    i.weightKg = 63.5;
    i.actualCells = 127000000;
    i.lotNumber = QStringLiteral("UC2024-0815");
    i.viabilityPct = 96;
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 45);
    const SaveResult r = store.saveInfusion(nurse, i);
    if (!r.ok())
        qWarning() << "seed infusion:" << r.message;
    return i;
}

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Types into the field that has focus, as a person (or a barcode scanner) would.
inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

/// Types the text and presses Enter, which moves on to the next field.
inline void enter(const QString &text)
{
    if (!text.isEmpty())
        type(text);
    press(Qt::Key_Return);
}

/// What the modal-answering helpers saw.
struct ModalLog {
    QStringList reasonsAsked;    ///< the "what" of each reason dialog
    QStringList changesShown;    ///< the changed fields each reason dialog listed
    QStringList messages;        ///< the text of each message box
    QStringList unexpected;      ///< modals of another kind (closed)
};

/// Answers the next modal dialogs as they open (checked every few milliseconds): reason
/// dialogs get `reason` chosen by typing its label when it is one of the list, else "Other" (by its code)
/// chosen and `reason` typed as its details, then Enter, message boxes are read and closed with their default
/// button, anything else is logged and rejected so a test never blocks.
class ModalAnswerer : public QObject
{
public:
    ModalAnswerer(ModalLog *log, QString reason = QStringLiteral("Transcription error corrected"))
        : m_log(log), m_reason(std::move(reason))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    /// Cancel instead of answering the reason dialog.
    void setCancelReason(bool cancel) { m_cancel = cancel; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last)
            return;
        m_last = modal;
        if (auto *reason = qobject_cast<ReasonDialog *>(modal)) {
            auto *combo = reason->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
            m_log->reasonsAsked << reason->findChild<QLabel *>(QStringLiteral("whatLabel"))->text();
            if (m_cancel) {
                reason->reject();
                return;
            }
            m_log->changesShown
                << reason->findChild<QLabel *>(QStringLiteral("changesLabel"))->text();
            QWidget *typedInto = combo;
            if (combo->isEditable() || combo->findText(m_reason) >= 0) {
                QTest::keyClicks(combo, m_reason);
            } else {
                // "Other" by its code, with the arrow keys (its label is in the UI's language).
                QTest::keyClick(combo, Qt::Key_Home);
                for (int i = 0; i < combo->findData(QStringLiteral("other")); ++i)
                    QTest::keyClick(combo, Qt::Key_Down);
                typedInto = reason->findChild<QLineEdit *>(QStringLiteral("detailEdit"));
                QTest::keyClicks(typedInto, m_reason);
            }
            QTest::keyClick(typedInto, Qt::Key_Return);
            if (reason->isVisible()) {  // not accepted: do not block the test
                m_log->unexpected << QStringLiteral("reason not accepted");
                reason->reject();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_log->messages << box->text();
            if (box->defaultButton())
                box->defaultButton()->click();
            else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                ok->click();
            else
                box->accept();
        } else {
            m_log->unexpected << QString::fromLatin1(modal->metaObject()->className());
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
        }
    }

    ModalLog *m_log;
    QString m_reason;
    bool m_cancel = false;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

}  // namespace trialcrf::formstest
