// SPDX-License-Identifier: Apache-2.0
// Shared set-up of the forms' GUI tests: a throw-away study created through Database,
// UserStore and StudyStore (users of every role, one subject with a planned week-0 date),
// keyboard helpers that type into whatever has focus, and helpers that answer the modal
// dialogs a save opens (reason for change, messages).
#pragma once

#include "crfform.h"
#include "protocol/protocol.h"
#include "reasondialog.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "../model/storagefixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <memory>

namespace trialcrf::formstest {

/// A study on a pinned day (noon UTC), with one subject whose week 0 was two weeks ago, so
/// the week-2 infusion is due today.
class Study
{
public:
    static QDate today() { return QDate(2024, 6, 3); }

    bool setUp(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        m_db = std::make_unique<Database>();
        if (!m_db->open(m_dir.filePath(QStringLiteral("study.db"))))
            return fail(error, m_db->errorString());
        const QDateTime noon(today(), QTime(12, 0), Qt::UTC);
        m_now = noon;
        Clock clock = [this] { return m_now; };
        m_users = std::make_unique<UserStore>(*m_db, clock);
        m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn(), clock);

        const QString password = QStringLiteral("Tr1al-crf-password");
        QString e;
        if (!m_users->createFirstAdmin(QStringLiteral("dm.zhao"), password, &e))
            return fail(error, e);
        dataManager = sessionOf(QStringLiteral("dm.zhao"));
        const struct {
            const char *name, *fullName;
            Role role;
        } people[] = {{"nurse.li", "Li Na", Role::Nurse},
                      {"dr.chen", "Chen Wei", Role::Physician},
                      {"monitor.wu", "Wu Fang", Role::Monitor}};
        for (const auto &p : people) {
            if (!m_users->addUser(dataManager, QLatin1String(p.name), QLatin1String(p.fullName),
                                  p.role, password, &e))
                return fail(error, e);
        }
        nurse = sessionOf(QStringLiteral("nurse.li"));
        physician = sessionOf(QStringLiteral("dr.chen"));
        monitor = sessionOf(QStringLiteral("monitor.wu"));

        Subject s;
        s.code = QStringLiteral("S001");
        s.initials = QStringLiteral("ZXM");
        s.sex = QStringLiteral("F");
        s.birthDate = QDate(1980, 5, 17);
        s.week0Date = today().addDays(-14);
        const SaveResult r = m_store->saveSubject(nurse, s);
        if (!r.ok())
            return fail(error, QStringLiteral("seed subject: ") + r.message);
        subjectId = s.id;
        return true;
    }

    /// Enrols the seed subject as the life cycle asks (signed consent, eligibility confirmed
    /// by the physician), for the pages that need an enrolled subject (infusion).
    bool enrolSeed(QString *error)
    {
        const SaveResult r = fixtures::enrol(*m_store, subjectId, physician);
        if (!r.ok())
            return fail(error, QStringLiteral("enrol: ") + r.message
                                   + QString::fromUtf8(fixtures::describe(r.errors)));
        return true;
    }

    Casebook casebook(const Session &as) const
    {
        return m_store->loadCasebook(as, subjectId).value_or(Casebook{});
    }
    StudyStore &store() { return *m_store; }
    Database &database() { return *m_db; }
    void advanceClock(int seconds) { m_now = m_now.addSecs(seconds); }

    Session dataManager, nurse, physician, monitor;
    qint64 subjectId = 0;

private:
    Session sessionOf(const QString &name) const
    {
        const std::optional<UserAccount> a = m_users->user(name);
        Session s;
        if (a) {
            s.userId = a->id;
            s.userName = a->userName;
            s.role = a->role;
        }
        return s;
    }
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    QDateTime m_now;
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
