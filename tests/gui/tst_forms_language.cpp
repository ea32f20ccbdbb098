// SPDX-License-Identifier: Apache-2.0
// Every text of every page goes through tr() and follows a language change at once.
// A marking translator wraps every translated text in ‹ ›: after it is installed, every label,
// button, group title, list entry, placeholder and tooltip must be marked (apart from codes,
// units and numbers); after it is removed, none may be.
#include "adverseeventform.h"
#include "adverseeventlist.h"
#include "consentform.h"
#include "eligibilityform.h"
#include "infusionform.h"
#include "numberedit.h"
#include "pasiform.h"
#include "reasondialog.h"
#include "subjectform.h"
#include "tst_formsfixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

namespace {

const QChar kOpen(0x2039), kClose(0x203A);

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!source || !*source)
            return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    bool isEmpty() const override { return false; }
};

/// Text that needs no translation: codes, units, numbers, dashes.
bool exempt(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    if (!text.contains(letters))
        return true;
    static const QRegularExpression codesAndUnits(QStringLiteral(
        "^(INC\\d|EXC\\d+(-[a-z_]+)?|mmol/L|U/L|µmol/L|mg/L|g/L|× 10\\^9/L|S\\d+|[A-Z]{2,4})$"));
    return codesAndUnits.match(text.trimmed()).hasMatch();
}

/// Every user-visible text of the widget and its visible children, with where it was seen.
QList<QPair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        const QString where = w->objectName().isEmpty()
                                  ? QString::fromLatin1(w->metaObject()->className())
                                  : w->objectName();
        auto add = [&](const QString &kind, const QString &t) {
            if (!t.isEmpty())
                texts << qMakePair(where + QLatin1Char('.') + kind, t);
        };
        if (auto *l = qobject_cast<QLabel *>(w))
            add(QStringLiteral("text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(QStringLiteral("text"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(QStringLiteral("title"), g->title());
        if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                add(QStringLiteral("item"), c->itemText(i));
        }
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(QStringLiteral("placeholder"), e->placeholderText());
        if (auto *t = qobject_cast<QTableWidget *>(w)) {
            for (int c = 0; c < t->columnCount(); ++c)
                add(QStringLiteral("header"), t->horizontalHeaderItem(c)->text());
        }
        add(QStringLiteral("toolTip"), w->toolTip());
    }
    return texts;
}

}  // namespace

class TestFormsLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyTextFollowsTheLanguage_data();
    void everyTextFollowsTheLanguage();

private:
    QWidget *makePage(const QString &page, QString *title);

    std::unique_ptr<Study> m_study;
    std::unique_ptr<QWidget> m_window;
    CrfForm *m_form = nullptr;
};

void TestFormsLanguage::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
}

void TestFormsLanguage::cleanup()
{
    m_window.reset();
    m_form = nullptr;
    m_study.reset();
}

QWidget *TestFormsLanguage::makePage(const QString &page, QString *title)
{
    StudyStore &store = m_study->store();
    const Casebook cb = m_study->casebook(m_study->physician);
    m_form = nullptr;
    if (page == QLatin1String("subject"))
        m_form = new SubjectForm(store);
    else if (page == QLatin1String("consent"))
        m_form = new ConsentForm(store);
    else if (page == QLatin1String("eligibility"))
        m_form = new EligibilityForm(store);
    else if (page == QLatin1String("infusion"))
        m_form = new InfusionForm(store);
    else if (page == QLatin1String("pasi"))
        m_form = new PasiForm(store);
    else if (page == QLatin1String("adverse_event"))
        m_form = new AdverseEventForm(store);
    if (m_form) {
        m_form->setSession(page == QLatin1String("adverse_event") ? m_study->nurse
                                                                  : m_study->physician);
        m_form->open(cb, page == QLatin1String("pasi") ? QStringLiteral("week4")
                                                        : QStringLiteral("week2"));
        *title = m_form->title();
        return new Host(m_form);
    }
    if (page == QLatin1String("reason_dialog")) {
        auto *d = new ReasonDialog;
        d->setWhat(QStringLiteral("Infusion — Week 2"));
        return d;
    }
    auto *list = new AdverseEventList;
    list->setSession(m_study->nurse);
    list->setCasebook(cb);
    return list;
}

void TestFormsLanguage::everyTextFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("page");
    for (const char *p : {"subject", "consent", "eligibility", "infusion", "pasi",
                          "adverse_event", "reason_dialog", "adverse_event_list"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestFormsLanguage::everyTextFollowsTheLanguage()
{
    QFETCH(QString, page);
    QString title;
    m_window.reset(makePage(page, &title));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Some data, so that computed values, an error and the footer's reason all show.
    if (page == QLatin1String("infusion")) {
        QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("weightEdit")), "19.9");
        QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("cellsEdit")), "1");
    } else if (page == QLatin1String("eligibility")) {
        QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("plateletsEdit")), "50");
    }

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    QStringList untranslated;
    for (const auto &[where, text] : visibleTexts(m_window.get())) {
        // The reason dialog names the page it was opened for with the caller's text.
        if (where == QLatin1String("whatLabel.text"))
            continue;
        if (!exempt(text) && !text.contains(kOpen))
            untranslated << where + QStringLiteral(": ") + text;
    }
    if (m_form) {
        QVERIFY2(m_form->title().contains(kOpen), qPrintable(m_form->title()));
        QVERIFY(m_form->statusText().contains(kOpen));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QStringList leftOver;
    for (const auto &[where, text] : visibleTexts(m_window.get())) {
        if (text.contains(kOpen) || text.contains(kClose))
            leftOver << where + QStringLiteral(": ") + text;
    }
    QVERIFY2(leftOver.isEmpty(), qPrintable(leftOver.join(QLatin1Char('\n'))));
    if (m_form)
        QCOMPARE(m_form->title(), title);
}

QTEST_MAIN(TestFormsLanguage)
#include "tst_forms_language.moc"
