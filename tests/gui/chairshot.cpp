// SPDX-License-Identifier: Apache-2.0
// chairshot: the infusion page while the infusion runs (a vital-sign set due and one
// overdue), the reaction question after a fever, and the PASI page beside the previous
// assessment with an implausible jump, for the screenshots in docs/screenshots/ under Xvfb.
// A test harness, not part of the app.
//   chairshot --view running|reaction|pasi [--lang zh_CN]
#include "infusionform.h"
#include "infusionprogress.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "pasicomparison.h"
#include "pasiform.h"
#include "translationcatalog.h"
#include "tst_formsfixture.h"
#include "vitalsignseditor.h"

#include <QCommandLineParser>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>

using namespace trialcrf;
using namespace trialcrf::formstest;

namespace {

void typeRow(const VitalSignsEditor::Row &row, const QStringList &values)
{
    QList<QWidget *> inputs = row.inputs();
    if (row.minute)
        inputs.removeFirst();
    for (int i = 0; i < values.size() && i < inputs.size(); ++i)
        QTest::keyClicks(inputs.at(i), values.at(i));
}

void show(QWidget *form, QWidget *visible)
{
    if (auto *scroll = form->findChild<QScrollArea *>())
        QTimer::singleShot(200, scroll, [scroll, visible] { scroll->ensureWidgetVisible(visible, 0, 0); });
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("view"),
                                        QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or zh_CN"),
                                        QStringLiteral("lang"), QStringLiteral("en"));
    parser.addOptions({viewOption, langOption});
    parser.process(app);
    QTranslator appTranslator, qtTranslator;
    const QString lang = parser.value(langOption);
    if (lang != QLatin1String("en")) {
        if (!appTranslator.load(TranslationCatalog::appCatalog(lang)))
            qFatal("chairshot: no catalogue for %s", qPrintable(lang));
        if (qtTranslator.load(TranslationCatalog::qtCatalogName(lang),
                              TranslationCatalog::qtCatalogDirectory()))
            QCoreApplication::installTranslator(&qtTranslator);
        QCoreApplication::installTranslator(&appTranslator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    Study study;
    QString error;
    if (!study.setUp(&error) || !study.enrolSeed(&error))
        qFatal("chairshot: %s", qPrintable(error));
    const QString view = parser.value(viewOption);
    const QDateTime nine = QDateTime(Study::today(), QTime(9, 0)).toUTC();
    CrfForm *form = nullptr;
    if (view == QLatin1String("pasi")) {
        PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
        a.subjectId = study.subjectId;
        a.visit = QStringLiteral("week0");
        a.assessmentDate = Study::today().addDays(-14);
        const int s[4][4] = {{1, 1, 1, 1}, {1, 1, 1, 2}, {2, 1, 1, 2}, {2, 2, 1, 2}};
        for (int r = 0; r < 4; ++r)
            a.regions[r] = rules::RegionScores{s[r][0], s[r][1], s[r][2], s[r][3]};
        a.bsaPct = 12;
        study.store().savePasi(study.physician, a);
        form = new PasiForm(study.store());
        form->setSession(study.physician);
    } else {
        study.setNow(nine.addSecs(view == QLatin1String("running") ? 22 * 60 : 31 * 60));
        form = new InfusionForm(study.store());
        form->setSession(study.nurse);
    }
    form->setToday(Study::today());
    form->open(study.casebook(study.physician), view == QLatin1String("pasi")
                                                     ? QStringLiteral("week2")
                                                     : QStringLiteral("week2"));
    Host window(form);
    window.setWindowTitle(form->title());
    window.show();

    if (view == QLatin1String("pasi")) {
        const int s[4][4] = {{1, 1, 1, 1}, {1, 1, 1, 2}, {4, 3, 3, 5}, {2, 2, 1, 2}};
        const char *regions[] = {"head", "upperLimbs", "trunk", "lowerLimbs"};
        const char *parts[] = {"Erythema", "Induration", "Desquamation", "Area"};
        for (int r = 0; r < 4; ++r) {
            for (int p = 0; p < 4; ++p) {
                auto *spin = form->findChild<QSpinBox *>(QLatin1String(regions[r])
                                                         + QLatin1String(parts[p]));
                spin->setValue(s[r][p]);
            }
        }
        form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"))->setValue(Study::today());
        QTest::keyClicks(form->findChild<QWidget *>(QStringLiteral("bsaEdit")), QStringLiteral("18"));
        show(form, static_cast<PasiForm *>(form)->comparison());
    } else {
        auto *f = static_cast<InfusionForm *>(form);
        f->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"))->setValue(Study::today());
        for (const auto &[name, value] : {std::pair{"weightEdit", "63.5"},
                                          {"cellsEdit", "127000000"},
                                          {"lotEdit", "UC2024-0815"},
                                          {"viabilityEdit", "96"},
                                          {"thawEdit", "0830"},
                                          {"startEdit", "0900"}})
            QTest::keyClicks(f->findChild<QWidget *>(QLatin1String(name)), QLatin1String(value));
        auto *vitals = f->findChild<VitalSignsEditor *>();
        typeRow(vitals->rows().at(0), {QStringLiteral("0857"), QStringLiteral("36.6"),
                                       QStringLiteral("74"), QStringLiteral("16"),
                                       QStringLiteral("124"), QStringLiteral("78"),
                                       QStringLiteral("98")});
        if (view == QLatin1String("reaction")) {
            typeRow(vitals->rows().at(1), {QStringLiteral("0915"), QStringLiteral("37.2"),
                                           QStringLiteral("82"), QStringLiteral("17"),
                                           QStringLiteral("120"), QStringLiteral("76"),
                                           QStringLiteral("97")});
            f->findChild<QWidget *>(QStringLiteral("addVitalsButton"))->setFocus();
            QTest::keyClick(f->findChild<QWidget *>(QStringLiteral("addVitalsButton")), Qt::Key_Space);
            const VitalSignsEditor::Row row = vitals->rows().at(2);
            typeRow(row, {QStringLiteral("0930"), QStringLiteral("38.4")});
            // The value committed as on leaving the field (Xvfb has no window manager to give
            // the window focus, so the focus change is not delivered).
            QTimer::singleShot(500, row.temperature, [row] { emit row.temperature->editingFinished(); });
        }
        show(form, f->progress());
    }
    window.setGeometry(window.screen()->availableGeometry());
    return app.exec();
}
