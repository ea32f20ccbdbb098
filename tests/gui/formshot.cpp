// SPDX-License-Identifier: Apache-2.0
// formshot: shows one CRF page filled with sample data in a window, for screenshots of the
// forms under Xvfb (../shared/tools/shot). A test harness, not part of the app.
//   formshot --form subject|consent|eligibility|infusion|pasi|adverse_event|reason [--lang zh_CN]
#include "adverseeventform.h"
#include "codecombobox.h"
#include "labels/codelabels.h"
#include "consentform.h"
#include "eligibilityform.h"
#include "infusionform.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "pasiform.h"
#include "reasondialog.h"
#include "subjectform.h"
#include "translationcatalog.h"
#include "tst_formsfixture.h"
#include "vitalsignseditor.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <QCommandLineParser>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>

using namespace trialcrf;
using namespace trialcrf::formstest;

namespace {

template<typename T>
T *field(QWidget *form, const char *name)
{
    T *w = form->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("formshot: no field %s", name);
    return w;
}

void typeInto(QWidget *form, const char *name, const QString &text)
{
    QTest::keyClicks(field<QWidget>(form, name), text);
}

void seed(Study &study)
{
    StudyStore &store = study.store();
    Consent c;
    c.subjectId = study.subjectId;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = Study::today().addDays(-30);
    c.consentTime = QTime(10, 30);
    c.subjectSigned = true;
    c.obtainedBy = QLocale().language() == QLocale::Chinese ? QStringLiteral("李娜")
                                                            : QStringLiteral("Li Na");
    store.saveConsent(study.nurse, c);
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.subjectId = study.subjectId;
    a.visit = QStringLiteral("week0");
    a.assessmentDate = Study::today().addDays(-14);
    const int s[4][4] = {{2, 1, 1, 2}, {2, 2, 1, 3}, {3, 2, 2, 4}, {3, 3, 2, 4}};
    for (int r = 0; r < 4; ++r)
        a.regions[r] = rules::RegionScores{s[r][0], s[r][1], s[r][2], s[r][3]};
    a.bsaPct = 22;
    store.savePasi(study.physician, a);
}

void fillInfusion(QWidget *f)
{
    field<OptionalDateEdit>(f, "dateEdit")->setValue(Study::today());
    typeInto(f, "weightEdit", QStringLiteral("63.5"));
    typeInto(f, "cellsEdit", QStringLiteral("129500000"));
    typeInto(f, "viabilityEdit", QStringLiteral("96"));
    typeInto(f, "thawEdit", QStringLiteral("0850"));
    typeInto(f, "startEdit", QStringLiteral("0900"));
    typeInto(f, "endEdit", QStringLiteral("0945"));
    const QList<VitalSignsEditor::Row> rows = field<VitalSignsEditor>(f, "vitalsEditor")->rows();
    const char *values[3][6] = {{"0855", "36.6", "72", "16", "118", "76"},
                                {"0915", "36.8", "76", "17", "121", "78"},
                                {"0950", "37.0", "74", "16", "119", "77"}};
    for (int r = 0; r < rows.size() && r < 3; ++r) {
        QList<QWidget *> inputs = rows.at(r).inputs();
        if (rows.at(r).minute)
            inputs.removeFirst();
        for (int i = 0; i < 6; ++i)
            QTest::keyClicks(inputs.at(i), QLatin1String(values[r][i]));
    }
    // The lot number typed and erased: its message shows, Save says why it is off.
    typeInto(f, "lotEdit", QStringLiteral("U"));
    QTest::keyClick(field<QWidget>(f, "lotEdit"), Qt::Key_Backspace);
}

void fillPasi(QWidget *f)
{
    field<OptionalDateEdit>(f, "dateEdit")->setValue(Study::today());
    const char *regions[] = {"head", "upperLimbs", "trunk", "lowerLimbs"};
    const int s[4][4] = {{1, 1, 0, 1}, {1, 1, 1, 2}, {1, 1, 1, 2}, {1, 1, 1, 2}};
    for (int r = 0; r < 4; ++r) {
        const QString base = QLatin1String(regions[r]);
        const char *parts[] = {"Erythema", "Induration", "Desquamation", "Area"};
        for (int p = 0; p < 4; ++p) {
            auto *spin = f->findChild<QSpinBox *>(base + QLatin1String(parts[p]));
            spin->setValue(s[r][p]);
        }
    }
    typeInto(f, "trunkAreaPct", QStringLiteral("15"));
    typeInto(f, "bsaEdit", QStringLiteral("6.5"));
}

void fillEligibility(QWidget *f)
{
    field<OptionalDateEdit>(f, "assessedDateEdit")->setValue(Study::today().addDays(-20));
    field<YesNoBox>(f, "psoriasisBox")->setValue(true);
    const struct {
        const char *name, *value;
    } numbers[] = {{"bsaEdit", "22"},
                   {"sasEdit", "42"},            {"sdsEdit", "47"},
                   {"calciumEdit", "2.35"},      {"astEdit", "28"},
                   {"astUlnEdit", "40"},         {"altEdit", "31"},
                   {"altUlnEdit", "40"},         {"creatinineEdit", "68"},
                   {"creatinineUlnEdit", "97"},  {"cystatinCEdit", "0.92"},
                   {"cystatinCUlnEdit", "1.03"}, {"hemoglobinEdit", "128"},
                   {"hemoglobinLlnEdit", "115"}, {"hemoglobinUlnEdit", "150"},
                   {"plateletsEdit", "71"},      {"wbcEdit", "5.8"}};
    for (const auto &n : numbers)
        typeInto(f, n.name, QLatin1String(n.value));
    field<OptionalDateEdit>(f, "topicalDateEdit")->setValue(Study::today().addDays(-60));
    field<QCheckBox>(f, "systemicNeverCheck")->setChecked(true);
    field<QCheckBox>(f, "biologicNeverCheck")->setChecked(true);
    for (const char *box : {"guttateBox", "erythrodermaBox", "pregnancyBox", "psychiatricBox",
                            "uncontrolledBox", "otherLabBox", "malignancyBox", "allergyBox",
                            "otherTrialBox"})
        field<YesNoBox>(f, box)->setValue(false);
}

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

void fillAdverseEvent(QWidget *f)
{
    // setText, not typed keys: QTest types ASCII only.
    field<QLineEdit>(f, "termEdit")->setText(chinese() ? QStringLiteral("输注期间发热、寒战")
                                                       : QStringLiteral("Fever and chills during infusion"));
    field<OptionalDateEdit>(f, "onsetEdit")->setValue(Study::today());
    field<CodeComboBox>(f, "gradeCombo")->setCode(QStringLiteral("grade3"));
    field<YesNoBox>(f, "seriousBox")->setValue(true);
    field<QCheckBox>(f, "sae_hospitalisation")->setChecked(true);
    field<CodeComboBox>(f, "actionCombo")->setCode(QStringLiteral("infusion_interrupted"));
    field<CodeComboBox>(f, "outcomeCombo")->setCode(QStringLiteral("recovering"));
}

void fillSubject(QWidget *f)
{
    typeInto(f, "codeEdit", QStringLiteral("S006"));
    typeInto(f, "initialsEdit", QStringLiteral("LHM"));
    field<CodeComboBox>(f, "sexCombo")->setCode(QStringLiteral("F"));
    field<OptionalDateEdit>(f, "birthDateEdit")->setValue(QDate(1975, 11, 2));
    field<OptionalDateEdit>(f, "week0DateEdit")->setValue(Study::today().addDays(10));
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption formOption(QStringLiteral("form"), QStringLiteral("page"),
                                        QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or zh_CN"),
                                        QStringLiteral("lang"), QStringLiteral("en"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("nurse or physician"),
                                        QStringLiteral("role"));
    parser.addOptions({formOption, langOption, roleOption});
    parser.process(app);

    QTranslator appTranslator, qtTranslator;
    const QString lang = parser.value(langOption);
    if (lang != QLatin1String("en")) {
        if (!appTranslator.load(TranslationCatalog::appCatalog(lang)))
            qFatal("formshot: no catalogue for %s", qPrintable(lang));
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
    if (!study.setUp(&error))
        qFatal("formshot: %s", qPrintable(error));
    seed(study);
    if (parser.value(formOption) == QLatin1String("infusion") && !study.enrolSeed(&error))
        qFatal("formshot: %s", qPrintable(error));

    const QString name = parser.value(formOption);
    CrfForm *form = nullptr;
    Session as = study.physician;
    QString visit;
    if (name == QLatin1String("subject")) {
        form = new SubjectForm(study.store());
        as = study.nurse;
    } else if (name == QLatin1String("consent") || name == QLatin1String("reason")) {
        form = new ConsentForm(study.store());
        as = study.nurse;
    } else if (name == QLatin1String("eligibility")) {
        form = new EligibilityForm(study.store());
    } else if (name == QLatin1String("infusion")) {
        form = new InfusionForm(study.store());
        as = study.nurse;
        visit = QStringLiteral("week2");
    } else if (name == QLatin1String("pasi")) {
        form = new PasiForm(study.store());
        visit = QStringLiteral("week4");
    } else if (name == QLatin1String("adverse_event")) {
        form = new AdverseEventForm(study.store());
        as = study.nurse;
    } else {
        qFatal("formshot: unknown form %s", qPrintable(name));
    }
    if (parser.isSet(roleOption))
        as = parser.value(roleOption) == QLatin1String("nurse") ? study.nurse : study.physician;
    form->setSession(as);
    form->setToday(Study::today());
    const Casebook cb = study.casebook(as);
    if (name == QLatin1String("subject"))
        static_cast<SubjectForm *>(form)->openNew();
    else
        form->open(cb, visit);

    Host window(form);
    window.setWindowTitle(form->title());
    QObject::connect(form, &CrfForm::titleChanged, &window, &QWidget::setWindowTitle);
    window.show();
    if (name == QLatin1String("infusion"))
        fillInfusion(form);
    else if (name == QLatin1String("pasi"))
        fillPasi(form);
    else if (name == QLatin1String("eligibility"))
        fillEligibility(form);
    else if (name == QLatin1String("adverse_event"))
        fillAdverseEvent(form);
    else if (name == QLatin1String("subject"))
        fillSubject(form);
    else if (name == QLatin1String("consent")) {
        // An edit of the saved consent: Save will ask for the reason for change.
        auto *version = field<QLineEdit>(form, "versionEdit");
        version->selectAll();
        QTest::keyClicks(version, QStringLiteral("2.2"));
    } else if (name == QLatin1String("reason")) {
        // The saved consent edited in two fields, then saved: the reason dialog opens over
        // the page, naming each field with its old and new value, as the user sees it.
        auto *version = field<QLineEdit>(form, "versionEdit");
        version->selectAll();
        QTest::keyClicks(version, QStringLiteral("2.2"));
        auto *obtainedBy = field<QLineEdit>(form, "obtainedByEdit");
        obtainedBy->selectAll();
        // insert(), as an input method commits text: QTest types ASCII only.
        obtainedBy->insert(chinese() ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
        QTimer::singleShot(0, form, [form] { form->save(); });
    }

    // The window fills the screen: the screenshot's size (shot -s) is the window's.
    window.setGeometry(window.screen()->availableGeometry());
    return app.exec();
}
