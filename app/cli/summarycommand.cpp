// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli summary --db FILE: what the study holds, for a quick look from a terminal.
#include "cli.h"
#include "command.h"

#include "protocol/protocol.h"
#include "rules/rules.h"
#include "storage/database.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDate>
#include <QMap>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("summary");
constexpr int kPage = 1000;
// Record counts need every casebook; above this many subjects that takes too long for a
// glance, and the summary says so instead.
constexpr int kCasebookLimit = 10000;

struct Counts {
    QMap<QString, int> byStatus;
    QMap<QString, int> visitsDone;  ///< visit code → subjects with the visit done
    QMap<rules::VisitState, int> visitStates;
    int infusions = 0, deviations = 0, pasi = 0, adverseEvents = 0;
    QMap<QString, int> aeGrades;
};

/// Status and visit counts from the subject list (no casebook needed).
void countSubjects(const StudyStore &store, const Protocol &p, QDate today, Counts &c)
{
    for (QString after;;) {
        const QList<SubjectSummary> page = store.subjectsAfter(after, kPage);
        if (!page.isEmpty())
            after = page.constLast().code;
        for (const SubjectSummary &s : page) {
            ++c.byStatus[s.status];
            for (auto it = s.visitDates.cbegin(); it != s.visitDates.cend(); ++it)
                ++c.visitsDone[it.key()];
            // Due and overdue matter while a subject is in the study; a visit done out of
            // its window stays a fact afterwards.
            const bool active = s.status == QLatin1String("enrolled");
            if (!s.week0Date)
                continue;
            for (const VisitDef &v : p.visits) {
                if (!v.week)
                    continue;
                const std::optional<QDate> done =
                    s.visitDates.contains(v.code) ? std::optional<QDate>(s.visitDates.value(v.code))
                                                  : std::nullopt;
                const rules::VisitState state = rules::visitState(p, v.code, *s.week0Date, done, today);
                if (active || state == rules::VisitState::OutOfWindow)
                    ++c.visitStates[state];
            }
        }
        if (page.size() < kPage)
            break;
    }
}

void countRecords(const StudyStore &store, const Protocol &p, Counts &c)
{
    // Reading needs a session; the CLI reads as a monitor (read-only role) since whoever
    // runs it can read the file anyway.
    const Session reader{0, Cli::programName(), Role::Monitor};
    for (QString after;;) {
        const QList<SubjectSummary> page = store.subjectsAfter(after, kPage);
        if (!page.isEmpty())
            after = page.constLast().code;
        for (const SubjectSummary &s : page) {
            const std::optional<Casebook> book = store.loadCasebook(reader, s.id);
            if (!book)
                continue;
            c.pasi += int(book->pasi.size());
            c.infusions += int(book->infusions.size());
            for (const Infusion &inf : book->infusions) {
                const std::optional<int> w = inf.weightTenths();
                if (w && inf.actualCells) {
                    const std::optional<rules::DoseCheck> d = rules::checkDose(p, *w, *inf.actualCells);
                    if (d && !d->withinTolerance)
                        ++c.deviations;
                }
            }
            c.adverseEvents += int(book->adverseEvents.size());
            for (const AdverseEvent &ae : book->adverseEvents)
                ++c.aeGrades[ae.ctcaeGrade];
        }
        if (page.size() < kPage)
            break;
    }
}

QString joined(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1String(", "));
}

int runSummary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints what the study holds: subjects per status, visits due and overdue "
                "today, PASI assessments, infusions and adverse events. Reads only."));
    Cli::addLocationOptions(parser);
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand,
                          Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();

    Database database;
    if (!Cli::openIntact(database, *where, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;
    const Protocol &p = Protocol::builtIn();
    const StudyStore store(database, p);
    const QDate today = store.clock()().date();
    const int total = store.subjectCount();
    Counts c;
    countSubjects(store, p, today, c);

    out << Cli::tr("Study %1, %2%3").arg(p.registryId, *path,
                                       database.isDemo() ? Cli::tr(" (DEMO)") : QString())
        << '\n';
    out << Cli::tr("Subjects: %1 (%2)").arg(total).arg(joined(c.byStatus)) << '\n';
    // Per site, every site of the study (one that has no subject yet with 0).
    const SiteStore siteStore(database);
    const QMap<QString, int> perSite = siteStore.subjectCounts(Session{}, nullptr).value_or(QMap<QString, int>());
    QStringList sites;
    for (const Site &site : siteStore.sites())
        sites << QStringLiteral("%1 %2").arg(site.code).arg(perSite.value(site.code));
    out << Cli::tr("Subjects per site: %1").arg(sites.join(QLatin1String(", "))) << '\n';
    QStringList done;
    for (const QString &code : p.visitCodes())
        done << QStringLiteral("%1 %2").arg(code).arg(c.visitsDone.value(code));
    out << Cli::tr("Visits done: %1").arg(done.join(QLatin1String(", "))) << '\n';
    out << Cli::tr("Visits on %1: due %2, overdue %3 (enrolled subjects); done out of window %4")
               .arg(today.toString(Qt::ISODate))
               .arg(c.visitStates.value(rules::VisitState::Due))
               .arg(c.visitStates.value(rules::VisitState::Overdue))
               .arg(c.visitStates.value(rules::VisitState::OutOfWindow))
        << '\n';
    if (total <= kCasebookLimit) {
        countRecords(store, p, c);
        out << Cli::tr("PASI assessments: %1").arg(c.pasi) << '\n';
        out << Cli::tr("Infusions: %1 (dose outside tolerance: %2)").arg(c.infusions).arg(c.deviations)
            << '\n';
        out << Cli::tr("Adverse events: %1 (%2)").arg(c.adverseEvents).arg(joined(c.aeGrades))
            << '\n';
    } else {
        out << Cli::tr("Record counts skipped above %1 subjects.").arg(kCasebookLimit) << '\n';
    }
    const QList<UserAccount> accounts = UserStore(database).users();
    QStringList names;
    for (const UserAccount &a : accounts)
        names << QStringLiteral("%1 (%2)").arg(a.userName, roleCode(a.role));
    out << Cli::tr("Users: %1").arg(names.join(QLatin1String(", "))) << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("summary",
                     QT_TRANSLATE_NOOP("Cli", "Print subjects per status, visits due and "
                                              "overdue, infusions and adverse events."),
                     runSummary);

}  // namespace trialcrf::cli
