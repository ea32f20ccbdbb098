// SPDX-License-Identifier: Apache-2.0
#include "screencatalog.h"

#include "auditviewer.h"
#include "casebookview.h"
#include "changepassworddialog.h"
#include "cohortdialog.h"
#include "connectiondialog.h"
#include "demostudy.h"
#include "exportdialog.h"
#include "firstadmindialog.h"
#include "formdialog.h"
#include "itemmodels/audittablemodel.h"
#include "logindialog.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "newuserdialog.h"
#include "protocol/protocol.h"
#include "reasondialog.h"
#include "resignlistdialog.h"
#include "securitycontroller.h"
#include "signaturedialog.h"
#include "storage/signaturestore.h"
#include "subjectform.h"
#include "useradmindialog.h"

#include <QApplication>
#include <QTest>

namespace trialcrf::i18ntest {

namespace {

struct PageScreen {
    const char *name;
    CasebookView::Page page;
    Role role;  ///< who opens it: the role that records the page, or a monitor (read only)
};

// clang-format off
const PageScreen pageScreens[] = {
    {"subject page",            CasebookView::Page::Subject,      Role::Nurse},
    {"consent page",            CasebookView::Page::Consent,      Role::Nurse},
    {"eligibility page",        CasebookView::Page::Eligibility,  Role::Physician},
    {"infusion page",           CasebookView::Page::Infusion,     Role::Nurse},
    {"PASI page",               CasebookView::Page::Pasi,         Role::Physician},
    {"adverse event page",      CasebookView::Page::AdverseEvent, Role::Physician},
    {"new adverse event page",  CasebookView::Page::AdverseEvent, Role::Physician},
    {"infusion page read only", CasebookView::Page::Infusion,     Role::Monitor},
};
// clang-format on

const PageScreen *pageScreen(const QString &name)
{
    for (const PageScreen &p : pageScreens) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

}  // namespace

ScreenCatalog::ScreenCatalog(DemoStudy &study, LanguageManager &language)
    : m_study(study), m_language(language),
      m_signatures(std::make_unique<SignatureStore>(study.store(), study.users()))
{
}

ScreenCatalog::~ScreenCatalog()
{
    close();
}

QStringList ScreenCatalog::names()
{
    QStringList all{QStringLiteral("main window"), QStringLiteral("casebook"),
                    QStringLiteral("casebook, data manager")};
    for (const PageScreen &p : pageScreens)
        all << QLatin1String(p.name);
    all << QStringLiteral("new subject dialog") << QStringLiteral("reason for change dialog")
        << QStringLiteral("login dialog") << QStringLiteral("login dialog, real study")
        << QStringLiteral("first data manager dialog")
        << QStringLiteral("change my password dialog") << QStringLiteral("reset password dialog")
        << QStringLiteral("new user dialog") << QStringLiteral("users dialog")
        << QStringLiteral("audit trail dialog") << QStringLiteral("signature dialog")
        << QStringLiteral("re-sign list dialog")
        << QStringLiteral("cohort dialog") << QStringLiteral("export dialog")
        << QStringLiteral("connection dialog, file") << QStringLiteral("connection dialog, server")
        << QStringLiteral("lock screen") << QStringLiteral("lock screen, nobody logged in");
    return all;
}

bool ScreenCatalog::languageSwitchable(const QString &name)
{
    return name == QLatin1String("main window") || name.startsWith(QLatin1String("casebook"))
           || pageScreen(name) || name.startsWith(QLatin1String("login dialog"))
           || name.startsWith(QLatin1String("connection dialog"));
}

QHash<QString, QSet<int>> ScreenCatalog::storedDataViews()
{
    return {{QStringLiteral("auditView"),
             {AuditTableModel::ActionColumn, AuditTableModel::Table, AuditTableModel::Field,
              AuditTableModel::Change}}};
}

void ScreenCatalog::settle()
{
    // Each round can post the next: a label's new text asks its parent layout, whose new
    // geometry asks the layouts inside it, and so on down the widget tree.
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QWidget *ScreenCatalog::open(const QString &name, QString *error)
{
    close();
    const bool inMainWindow = name == QLatin1String("main window")
                              || name.startsWith(QLatin1String("casebook")) || pageScreen(name);
    QWidget *shown = inMainWindow ? openMainWindow(name, error) : openDialog(name, error);
    if (!shown)
        return nullptr;
    shown->show();
    if (!QTest::qWaitForWindowExposed(shown)) {
        *error = QStringLiteral("%1 was not exposed").arg(name);
        return nullptr;
    }
    settle();
    return shown;
}

QWidget *ScreenCatalog::openMainWindow(const QString &name, QString *error)
{
    const PageScreen *page = pageScreen(name);
    const Role role = page                                                 ? page->role
                      : name == QLatin1String("casebook, data manager") ? Role::DataManager
                                                                         : Role::Physician;
    const Session session = m_study.session(role);
    m_window = std::make_unique<MainWindow>(m_study.store(), m_language);
    m_window->setSession(session);
    // As the app does: the Security menu, the signatures dock and the idle lock.
    m_security = std::make_unique<SecurityController>(m_study.store(), m_study.users(),
                                                      m_language);
    m_security->attach(m_window.get(), session);
    if (name == QLatin1String("main window"))
        return m_window.get();
    if (!m_window->openSubject(m_study.subjectCode())) {
        *error = QStringLiteral("cannot show subject %1").arg(m_study.subjectCode());
        return nullptr;
    }
    if (!page)
        return m_window.get();
    QString visit;
    int ae = 0;
    if (page->page == CasebookView::Page::Infusion)
        visit = m_study.infusionVisit();
    else if (page->page == CasebookView::Page::Pasi)
        visit = m_study.pasiVisit();
    else if (name == QLatin1String("adverse event page"))
        ae = m_study.adverseEvent();
    if (!m_window->casebook()->openPage(page->page, visit, ae)) {
        *error = QStringLiteral("cannot open the %1").arg(name);
        return nullptr;
    }
    return m_window.get();
}

QWidget *ScreenCatalog::openDialog(const QString &name, QString *error)
{
    if (name == QLatin1String("new subject dialog")) {
        auto *form = new SubjectForm(m_study.store());
        form->setSession(m_study.session(Role::Nurse));
        form->open(Casebook{}, QString());
        m_dialog = std::make_unique<FormDialog>(form);
    } else if (name == QLatin1String("reason for change dialog")) {
        auto dialog = std::make_unique<ReasonDialog>();
        dialog->setWhat(m_study.subjectCode());
        m_dialog = std::move(dialog);
    } else if (name == QLatin1String("login dialog")) {
        m_dialog = std::make_unique<LoginDialog>(m_study.users(), true, &m_language);
    } else if (name == QLatin1String("login dialog, real study")) {
        m_dialog = std::make_unique<LoginDialog>(m_study.users(), false, &m_language);
    } else if (name == QLatin1String("first data manager dialog")) {
        m_dialog = std::make_unique<FirstAdminDialog>(m_study.users(), m_study.path());
    } else if (name == QLatin1String("change my password dialog")) {
        m_dialog = std::make_unique<ChangePasswordDialog>(m_study.users(),
                                                          m_study.session(Role::Nurse));
    } else if (name == QLatin1String("reset password dialog")) {
        const Session nurse = m_study.session(Role::Nurse);
        m_dialog = std::make_unique<ChangePasswordDialog>(
            m_study.users(), m_study.session(Role::DataManager), nurse.userName);
    } else if (name == QLatin1String("new user dialog")) {
        m_dialog = std::make_unique<NewUserDialog>(m_study.users(),
                                                   m_study.session(Role::DataManager));
    } else if (name == QLatin1String("users dialog")) {
        m_dialog = std::make_unique<UserAdminDialog>(m_study.users(),
                                                     m_study.session(Role::DataManager));
    } else if (name == QLatin1String("audit trail dialog")) {
        m_dialog = std::make_unique<AuditViewer>(m_study.database(),
                                                 m_study.session(Role::DataManager));
    } else if (name == QLatin1String("signature dialog")) {
        const Session physician = m_study.session(Role::Physician);
        const std::optional<Casebook> book =
            m_study.store().loadCasebook(physician, m_study.subjectId());
        if (!book) {
            *error = QStringLiteral("cannot load the casebook of %1").arg(m_study.subjectCode());
            return nullptr;
        }
        m_dialog = std::make_unique<SignatureDialog>(*m_signatures, m_study.users(), physician,
                                                     *book, Protocol::builtIn());
    } else if (name == QLatin1String("re-sign list dialog")) {
        auto dialog = std::make_unique<ResignListDialog>(*m_signatures,
                                                         m_study.session(Role::Physician));
        if (dialog->signatures().isEmpty()) {
            *error = QStringLiteral("the re-sign list is empty: no broken signature in the demo");
            return nullptr;
        }
        m_dialog = std::move(dialog);
    } else if (name == QLatin1String("cohort dialog")) {
        const std::optional<CohortData> data =
            CohortData::fromStore(m_study.store(), m_study.session(Role::Physician), error);
        if (!data)
            return nullptr;
        m_dialog = std::make_unique<CohortDialog>(*data);
    } else if (name == QLatin1String("export dialog")) {
        m_dialog = std::make_unique<ExportDialog>();
    } else if (name.startsWith(QLatin1String("connection dialog"))) {
        auto dialog = std::make_unique<ConnectionDialog>();
        if (name.endsWith(QLatin1String("server")))
            dialog->setLocation(*StudyLocation::server(
                QStringLiteral("postgresql://crf@db.hospital.example:5432/study?sslmode=verify-full"),
                nullptr));
        else
            dialog->setLocation(StudyLocation::file(m_study.path()));
        m_dialog = std::move(dialog);
    } else if (name == QLatin1String("lock screen")) {
        auto lock = std::make_unique<LockScreen>(m_study.users());
        lock->setLocked(m_study.session(Role::Nurse), QDateTime::currentDateTimeUtc(),
                        m_study.subjectCode());
        lock->cover(nullptr);  // the whole screen, as the app shows it
        m_dialog = std::move(lock);
    } else if (name == QLatin1String("lock screen, nobody logged in")) {
        auto lock = std::make_unique<LockScreen>(m_study.users());
        lock->setVacant();
        lock->cover(nullptr);
        m_dialog = std::move(lock);
    } else {
        *error = QStringLiteral("no screen named %1").arg(name);
        return nullptr;
    }
    return m_dialog.get();
}

void ScreenCatalog::close()
{
    m_dialog.reset();
    m_security.reset();
    m_window.reset();
}

}  // namespace trialcrf::i18ntest
