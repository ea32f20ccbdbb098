// SPDX-License-Identifier: Apache-2.0
#include "demo/demogenerator.h"

#include "demo/demoplanner.h"
#include "storage/bulkwriter.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QStringList>

namespace trialcrf {

namespace {

/// One line for a refused save: the fields and their messages, or the store's message.
QString describe(const SaveResult &r)
{
    if (r.status == SaveResult::Status::Invalid) {
        QStringList parts;
        for (const FieldError &e : r.errors)
            parts << e.field + QLatin1String(": ") + e.text();
        return parts.join(QLatin1String("; "));
    }
    return r.message.isEmpty() ? QStringLiteral("refused (status %1)").arg(int(r.status))
                               : r.message;
}

QString reasonFor(const QString &status)
{
    if (status == QLatin1String("enrolled"))
        return QStringLiteral("Eligibility confirmed by the investigator");
    if (status == QLatin1String("screen_failed"))
        return QStringLiteral("Not eligible at screening");
    if (status == QLatin1String("withdrawn"))
        return QStringLiteral("Subject withdrew consent");
    return QStringLiteral("Week-12 follow-up done");
}

}  // namespace

DemoGenerator::DemoGenerator(Database &db, const Protocol &protocol, Clock clock)
    : m_db(db), m_protocol(protocol), m_clock(std::move(clock))
{
}

QString DemoGenerator::password()
{
    return QStringLiteral("demo-password-1");
}

QList<DemoGenerator::Account> DemoGenerator::accounts()
{
    return {{QStringLiteral("datamanager"), QStringLiteral("Zhao Min"), Role::DataManager},
            {QStringLiteral("nurse"), DemoPlanner::nurseName(), Role::Nurse},
            {QStringLiteral("physician"), QStringLiteral("Wang Jianguo"), Role::Physician},
            {QStringLiteral("monitor"), QStringLiteral("Liu Yang"), Role::Monitor}};
}

bool DemoGenerator::createAccounts(QString *error)
{
    UserStore users(m_db, m_clock);
    const QList<Account> all = accounts();
    const Account &admin = all.first();
    if (!users.createFirstAdmin(admin.userName, password(), error))
        return false;
    std::optional<UserAccount> created = users.user(admin.userName);
    if (!created) {
        *error = QStringLiteral("the demo data manager was not stored");
        return false;
    }
    const Session adminSession{created->id, created->userName, created->role};
    m_sessions = {adminSession};
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Account &a = all.at(i);
        if (!users.addUser(adminSession, a.userName, a.fullName, a.role, password(), error))
            return false;
        created = users.user(a.userName);
        if (!created) {
            *error = QStringLiteral("the demo account %1 was not stored").arg(a.userName);
            return false;
        }
        m_sessions.append({created->id, created->userName, created->role});
    }
    return true;
}

const Session &DemoGenerator::sessionFor(Action action, Role preferred) const
{
    for (const Session &s : m_sessions) {
        if (s.role == preferred && s.may(action))
            return s;
    }
    for (const Session &s : m_sessions) {
        if (s.may(action))
            return s;
    }
    return m_sessions.first();  // the store refuses it, and the error names the record
}

bool DemoGenerator::generate(int subjectCount, quint32 seed, QString *error,
                             const Progress &progress)
{
    m_stats = {};
    StudyStore store(m_db, m_protocol, m_clock);
    const int existing = store.subjectCount(error);
    if (existing < 0)
        return false;
    if (UserStore(m_db, m_clock).userCount() > 0 || existing > 0) {
        *error = QStringLiteral("the database already holds data; a demo needs an empty one");
        return false;
    }
    {
        Transaction t(m_db);
        if (!m_db.setMeta(QStringLiteral("demo"), QStringLiteral("1")) || !createAccounts(error)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot mark the database as a demo");
            return false;
        }
        if (!t.commit()) {
            *error = t.errorString();
            return false;
        }
    }

    const DemoPlanner planner(m_protocol, m_clock().date(), seed, subjectCount);
    for (int first = 0; first < subjectCount; first += kBatchSubjects) {
        const int last = std::min(subjectCount, first + kBatchSubjects);
        Transaction batch(m_db);
        if (!batch.isActive()) {
            *error = batch.errorString();
            return false;
        }
        BulkWriter bulk(store);
        for (int i = first; i < last; ++i) {
            DemoSubjectPlan plan = planner.plan(i);
            if (!writeSubject(store, bulk, plan, error)) {
                *error = plan.subject.code + QLatin1String(": ") + *error;
                return false;
            }
        }
        if (const SaveResult r = bulk.finish(); !r.ok()) {
            *error = describe(r);
            return false;
        }
        if (!batch.commit()) {
            *error = batch.errorString();
            return false;
        }
        if (progress)
            progress(last, subjectCount);
    }
    return true;
}

bool DemoGenerator::writeSubject(StudyStore &store, BulkWriter &bulk, DemoSubjectPlan &plan,
                                 QString *error)
{
    const auto saved = [error](const SaveResult &r, const QString &what) {
        if (!r.ok())
            *error = what + QLatin1String(": ") + describe(r);
        return r.ok();
    };
    const Session &nurse = sessionFor(Action::EditSubject, Role::Nurse);
    Subject &subject = plan.subject;
    if (!saved(bulk.addSubject(nurse, subject), QStringLiteral("subject")))
        return false;
    ++m_stats.subjects;
    BulkSubject page = BulkSubject::of(subject);

    if (!saved(bulk.addConsent(sessionFor(Action::EditConsent, Role::Nurse), page, plan.consent),
               QStringLiteral("consent")))
        return false;
    page.consentDate = plan.consent.consentDate;
    page.consentSigned = plan.consent.subjectSigned;
    ++m_stats.consents;

    const Session &pasiBy = sessionFor(Action::EditPasi, Role::Physician);
    if (plan.screeningPasi) {
        if (!saved(bulk.addPasi(pasiBy, page, *plan.screeningPasi),
                   QStringLiteral("PASI screening")))
            return false;
        page.screeningPasiTenths = plan.screeningPasi->pasiTenths(m_protocol);
        ++m_stats.pasi;
    }

    const Action eligibilityAction = plan.eligibility.confirmedVerdict.isEmpty()
                                         ? Action::EditEligibility
                                         : Action::ConfirmEligibility;
    if (!saved(bulk.addEligibility(sessionFor(eligibilityAction, Role::Physician), page,
                                   plan.eligibility),
               QStringLiteral("eligibility")))
        return false;
    page.confirmedVerdict = plan.eligibility.confirmedVerdict;
    ++m_stats.eligibility;

    // The status follows from what was written (the store's life cycle, audited as an update
    // of the subject): the bulk writer's queued audit rows go first, in order.
    QStringList statuses = plan.statusChanges;
    const auto changeStatus = [&]() {
        const QString status = statuses.takeFirst();
        if (!saved(bulk.finish(), QStringLiteral("audit trail")))
            return false;
        const SaveResult r =
            status == QLatin1String("withdrawn") && plan.withdrawalDate
                ? store.withdrawSubject(nurse, subject.id, *plan.withdrawalDate,
                                        plan.withdrawalReason)
                : store.refreshStatus(nurse, subject.id, reasonFor(status));
        if (!saved(r, QStringLiteral("status ") + status))
            return false;
        const std::optional<Casebook> book = store.loadCasebook(nurse, subject.id, error);
        if (!book)
            return false;
        subject = book->subject;
        page.withdrawalDate = subject.withdrawalDate;
        if (subject.status != status) {
            *error = QStringLiteral("status %1: the data makes it %2").arg(status, subject.status);
            return false;
        }
        return true;
    };
    if (!statuses.isEmpty() && !changeStatus())  // enrolled or screen_failed
        return false;

    const Session &infusionBy = sessionFor(Action::EditInfusion, Role::Nurse);
    const Session &aeBy = sessionFor(Action::JudgeCausality, Role::Physician);
    for (DemoVisitPlan &v : plan.visits) {
        if (v.pasi) {
            if (!saved(bulk.addPasi(pasiBy, page, *v.pasi), QStringLiteral("PASI ") + v.visit))
                return false;
            ++m_stats.pasi;
        }
        if (v.infusion) {
            if (!saved(bulk.addInfusion(infusionBy, page, *v.infusion),
                       QStringLiteral("infusion ") + v.visit))
                return false;
            ++m_stats.infusions;
            m_stats.vitalSigns += int(v.infusion->vitals.size());
            if (!v.infusion->deviationReason.isEmpty())
                ++m_stats.deviations;
        }
        for (AdverseEvent &ae : v.adverseEvents) {
            if (!saved(bulk.addAdverseEvent(aeBy, page, ae),
                       QStringLiteral("adverse event %1").arg(ae.aeNumber)))
                return false;
            ++m_stats.adverseEvents;
        }
    }
    while (!statuses.isEmpty()) {  // withdrawn or completed
        if (!changeStatus())
            return false;
    }
    ++m_stats.byStatus[subject.status];
    return true;
}

}  // namespace trialcrf
