// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/subjectlistmodel.h"

#include "itemmodels/itemlabels.h"
#include "itemmodels/itemroles.h"
#include "labels/codelabels.h"
#include "labels/monitoringlabels.h"
#include "storage/sdvstore.h"
#include "records/lifecycle.h"
#include "records/subject.h"

#include <QLocale>

namespace trialcrf {

namespace {

/// Statuses whose visits are still expected: only these have a next visit or can be overdue.
bool isActive(const QString &status)
{
    return status == QLatin1String("screening") || status == QLatin1String("enrolled");
}

}  // namespace

SubjectListModel::SubjectListModel(const StudyStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void SubjectListModel::setFilter(const QString &codePrefix, const QString &status)
{
    beginResetModel();
    m_codePrefix = codePrefix;
    m_status = status;
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
}

void SubjectListModel::reload()
{
    setFilter(m_codePrefix, m_status);
}

void SubjectListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void SubjectListModel::setToday(QDate today)
{
    m_today = today;
    for (Row &row : m_rows)
        row = makeRow(std::move(row.summary));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QDate SubjectListModel::today() const
{
    return m_today.isValid() ? m_today : m_store.clock()().toLocalTime().date();
}

void SubjectListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QStringList SubjectListModel::widestTexts(int column) const
{
    switch (column) {
    case Status: {
        QStringList labels;
        for (const QString &code : Subject::statusCodes())
            labels << CodeLabels::subjectStatus(code);
        return labels;
    }
    case NextVisit:
        return {CodeLabels::visit(m_store.protocol().visits.last().code)};
    case NextVisitDate:
        return {ItemLabels::date(QDate(2000, 12, 28))};
    case Overdue:
    case OutOfWindow: {
        Row flagged;
        flagged.overdue = flagged.outOfWindow = true;
        flagged.overdueVisits = {m_store.protocol().visits.last().code,
                                 m_store.protocol().visits.first().code};
        return {display(flagged, column).toString()};
    }
    case Signed:
        return {ItemLabels::signedState(QStringLiteral("approved")),
                ItemLabels::signedState(QStringLiteral("reviewed")),
                ItemLabels::signedState(QStringLiteral("changed_since_signed"))};
    case OpenQueries:
        return {QStringLiteral("99")};
    case Sdv: {
        Row wide;
        wide.sdvVerified = wide.sdvTotal = 999;
        wide.sdvBroken = 9;
        return {display(wide, column).toString()};
    }
    case Site:
        return {QStringLiteral("01")};
    }
    return {};
}

int SubjectListModel::rowOfSubject(qint64 subjectId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == subjectId)
            return i;
    }
    return -1;
}

qint64 SubjectListModel::subjectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

const SubjectSummary *SubjectListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).summary : nullptr;
}

int SubjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Overdue && !row.overdueVisits.isEmpty()) {
            QStringList labels;
            for (const QString &code : row.overdueVisits)
                labels << CodeLabels::visit(code);
            return tr("Overdue: %1").arg(QLocale().createSeparatedList(labels));
        }
        if (index.column() == Sdv && row.sdvTotal > 0)
            return MonitoringLabels::progress(row.sdvVerified, row.sdvTotal, row.sdvBroken);
        if (index.column() == Signed && !row.summary.signedMeaning.isEmpty())
            return tr("%1 by %2 on %3")
                .arg(CodeLabels::signatureMeaning(row.summary.signedMeaning),
                     row.summary.signedBy,
                     QLocale().toString(row.summary.signedAtUtc.toLocalTime(),
                                        QLocale::ShortFormat));
        return {};
    case ItemRoles::SubjectId:
        return row.summary.id;
    case ItemRoles::VisitCode:
        return row.nextVisit;
    case ItemRoles::StateCode:
        if (index.column() == Overdue && row.overdue)
            return rules::visitStateCode(rules::VisitState::Overdue);
        if (index.column() == OutOfWindow && row.outOfWindow)
            return rules::visitStateCode(rules::VisitState::OutOfWindow);
        if ((index.column() == NextVisit || index.column() == NextVisitDate)
            && !row.nextVisit.isEmpty())
            return rules::visitStateCode(row.nextState);
        if (index.column() == Signed && !row.summary.signedMeaning.isEmpty())
            return ItemLabels::signedStateCode(row.summary.signedMeaning,
                                               row.summary.changedSinceSigned);
        return QString();
    case ItemRoles::RawValue:
        switch (index.column()) {
        case Code:
            return row.summary.code;
        case Initials:
            return row.summary.initials;
        case Status:
            return row.summary.status;
        case NextVisit:
            return row.nextVisit;
        case NextVisitDate:
            return row.nextVisitDate ? row.nextVisitDate->toString(Qt::ISODate) : QString();
        case Overdue:
            return row.overdue;
        case OutOfWindow:
            return row.outOfWindow;
        case Signed:
            return ItemLabels::signedStateCode(row.summary.signedMeaning,
                                               row.summary.changedSinceSigned);
        case OpenQueries:
            return row.summary.openQueries;
        case Sdv:
            return row.sdvVerified;
        case Site:
            return row.summary.siteCode;
        }
        return {};
    default:
        return {};
    }
}

QVariant SubjectListModel::display(const Row &row, int column) const
{
    switch (column) {
    case Code:
        return row.summary.code;
    case Initials:
        return row.summary.initials;
    case Status:
        return CodeLabels::subjectStatus(row.summary.status);
    case NextVisit:
        return row.nextVisit.isEmpty() ? ItemLabels::none() : CodeLabels::visit(row.nextVisit);
    case NextVisitDate:
        return ItemLabels::date(row.nextVisitDate);
    case Overdue:
        return overdueText(row);
    case OutOfWindow:
        return row.outOfWindow ? tr("Out of window") : QString();
    case Signed:
        // Unsigned rows stay empty, so the signed ones stand out.
        return row.summary.signedMeaning.isEmpty()
                   ? QString()
                   : ItemLabels::signedState(ItemLabels::signedStateCode(
                         row.summary.signedMeaning, row.summary.changedSinceSigned));
    case OpenQueries:
        return row.summary.openQueries > 0 ? QString::number(row.summary.openQueries) : QString();
    case Sdv:
        // Nothing verified yet stays empty, so the monitored casebooks stand out.
        if (row.sdvVerified == 0 && row.sdvBroken == 0)
            return QString();
        // "≠2": two marks changed since verified (the tooltip says it in words).
        return row.sdvBroken > 0 ? tr("%1 / %2 ≠%3")
                                       .arg(row.sdvVerified)
                                       .arg(row.sdvTotal)
                                       .arg(row.sdvBroken)
                                 : tr("%1 / %2").arg(row.sdvVerified).arg(row.sdvTotal);
    case Site:
        return row.summary.siteCode;  // a code of the study's data, like the subject's
    }
    return {};
}

QString SubjectListModel::overdueText(const Row &row)
{
    // The nurse needs to know which visit is missing, not only that one is: the first overdue
    // visit by name, and how many more there are.
    if (!row.overdue)
        return QString();
    if (row.overdueVisits.isEmpty())
        return ItemLabels::visitState(rules::VisitState::Overdue);
    const QString first = CodeLabels::visit(row.overdueVisits.first());
    return row.overdueVisits.size() == 1 ? first
                                         : tr("%1 +%2").arg(first).arg(row.overdueVisits.size() - 1);
}

QVariant SubjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == OpenQueries)
            return tr("Queries not closed");
        if (section == Sdv)
            return tr("Fields verified against the source / fields recorded");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // tr() each time: the header follows a language switch without a reload.
    switch (section) {
    case Code:
        return tr("Subject code");
    case Initials:
        return tr("Initials");
    case Status:
        return tr("Status");
    case NextVisit:
        return tr("Next visit");
    case NextVisitDate:
        return tr("Scheduled date");
    case Overdue:
        return tr("Overdue");
    case OutOfWindow:
        return tr("Window");
    case Signed:
        return tr("Signed");
    case OpenQueries:
        return tr("Queries");
    case Sdv:
        return tr("Verified");
    case Site:
        return tr("Site");
    }
    return {};
}

bool SubjectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SubjectListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const int limit = m_rows.isEmpty() ? qMin(firstPageSize, m_pageSize) : m_pageSize;
    // Keyset: the page after the last code fetched.
    const QString after = m_rows.isEmpty() ? QString() : m_rows.constLast().summary.code;
    m_error.clear();
    const SubjectFilter filter{m_codePrefix, m_status,
                               m_session ? m_session->siteCodes : std::optional<QStringList>()};
    const QList<SubjectSummary> page =
        m_store.subjectList().pageAfter(after, limit, filter, &m_error).value_or(QList<SubjectSummary>());
    m_atEnd = page.size() < limit;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.reserve(first + page.size());
    for (const SubjectSummary &s : page)
        m_rows.append(makeRow(s));
    endInsertRows();
}

SubjectListModel::Row SubjectListModel::makeRow(SubjectSummary summary) const
{
    Row row;
    static_cast<Schedule &>(row) = schedule(m_store.protocol(), summary, today());
    row.summary = std::move(summary);
    row.sdvVerified = row.summary.sdvMarks;
    row.sdvTotal = row.summary.sdvFields;
    if (row.summary.sdvMarks > 0 && m_session) {
        if (const auto book = m_store.loadCasebook(*m_session, row.summary.id)) {
            if (const auto marks = SdvStore(m_store).marks(*book)) {
                const SdvProgress p = SdvStore::subjectProgress(m_store.protocol(), *book, *marks);
                row.sdvVerified = p.verified;
                row.sdvBroken = p.broken;
                row.sdvTotal = p.total;
            }
        }
    }
    return row;
}

SubjectListModel::Schedule SubjectListModel::schedule(const Protocol &p,
                                                      const SubjectSummary &s, QDate today)
{
    Schedule result;
    const bool active = isActive(s.status);
    if (!s.week0Date) {
        // No week 0 planned yet: only screening can be expected, without a date.
        const QString screening = lifecycle::screeningVisit(p);
        if (active && !screening.isEmpty() && !s.visitDates.contains(screening))
            result.nextVisit = screening;
        return result;
    }
    for (const VisitDef &v : p.visits) {
        const auto done = s.visitDates.constFind(v.code);
        const std::optional<QDate> actual =
            done != s.visitDates.constEnd() ? std::optional<QDate>(*done) : std::nullopt;
        const rules::VisitState state = rules::visitState(p, v.code, *s.week0Date, actual, today);
        if (state == rules::VisitState::OutOfWindow)
            result.outOfWindow = true;
        if (!active)
            continue;
        if (state == rules::VisitState::Overdue) {
            result.overdue = true;
            result.overdueVisits.append(v.code);
        }
        if (result.nextVisit.isEmpty()
            && (state == rules::VisitState::Due || state == rules::VisitState::NotYetDue)) {
            result.nextVisit = v.code;
            result.nextState = state;
            // Screening has no target day: its deadline is the end of its window.
            const auto window = rules::visitWindow(p, v.code, *s.week0Date);
            result.nextVisitDate = v.week ? rules::visitTargetDate(p, v.code, *s.week0Date)
                                          : (window ? std::optional<QDate>(window->last)
                                                    : std::nullopt);
        }
    }
    return result;
}

}  // namespace trialcrf
