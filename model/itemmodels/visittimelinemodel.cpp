// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/visittimelinemodel.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"


#include "itemmodels/itemlabels.h"
#include "itemmodels/itemroles.h"

namespace trialcrf {

VisitTimelineModel::VisitTimelineModel(const Protocol &protocol, QObject *parent)
    : QAbstractTableModel(parent), m_protocol(protocol)
{
}

void VisitTimelineModel::setCasebook(const Casebook &casebook, QDate today)
{
    beginResetModel();
    m_rows.clear();
    const Subject &subject = casebook.subject;
    const bool expected = subject.status == QLatin1String("screening")
                          || subject.status == QLatin1String("enrolled")
                          || subject.status == QLatin1String("completed");
    const QList<rules::IncompletePage> incomplete = rules::incompletePages(m_protocol, casebook);
    for (const VisitDef &v : m_protocol.visits) {
        Row row;
        for (const rules::IncompletePage &page : incomplete) {
            if (page.visit != v.code)
                continue;
            (page.page == rules::Page::infusion ? row.infusionMissing : row.pasiMissing) =
                page.fields;
        }
        row.visit = v;
        const Infusion *infusion = casebook.infusion(v.code);
        const PasiAssessment *pasi = casebook.pasiAt(v.code);
        row.infusionRecorded = infusion != nullptr;
        row.pasiRecorded = pasi != nullptr;
        // Done on the infusion day, else the PASI day (the same rule as the subject list).
        if (infusion && infusion->infusionDate)
            row.done = infusion->infusionDate;
        else if (pasi && pasi->assessmentDate)
            row.done = pasi->assessmentDate;
        else if (!v.week)  // screening is under way once its consent or eligibility is saved
            row.done = screeningStarted(casebook);
        if (subject.week0Date) {
            row.target = rules::visitTargetDate(m_protocol, v.code, *subject.week0Date);
            row.window = rules::visitWindow(m_protocol, v.code, *subject.week0Date);
        }
        if (row.done || (expected && subject.week0Date)) {
            const QDate week0 = subject.week0Date.value_or(QDate());
            row.state = rules::visitState(m_protocol, v.code, week0, row.done, today);
            row.dueToday = row.state == rules::VisitState::Due
                           && (row.target ? *row.target == today
                                          : row.window && row.window->last == today);
        }
        for (int column = 0; column < ColumnCount; ++column)
            row.texts << display(row, column);
        m_rows.append(row);
    }
    endResetModel();
}

std::optional<QDate> VisitTimelineModel::screeningStarted(const Casebook &casebook)
{
    if (casebook.eligibility && casebook.eligibility->assessedDate)
        return casebook.eligibility->assessedDate;
    if (casebook.consent && casebook.consent->consentDate)
        return casebook.consent->consentDate;
    return std::nullopt;
}

void VisitTimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void VisitTimelineModel::retranslate()
{
    for (Row &row : m_rows) {
        for (int column = 0; column < ColumnCount; ++column)
            row.texts[column] = display(row, column);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

std::optional<rules::VisitState> VisitTimelineModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : std::nullopt;
}

QString VisitTimelineModel::visitCodeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).visit.code : QString();
}

int VisitTimelineModel::rowOfVisit(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).visit.code == code)
            return i;
    }
    return -1;
}

int VisitTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.texts.at(index.column());
    case ItemRoles::VisitCode:
        return row.visit.code;
    case ItemRoles::StateCode:
        if (index.column() == Recorded &&
            !(row.infusionMissing.isEmpty() && row.pasiMissing.isEmpty()))
            return QStringLiteral("incomplete");
        return index.column() == State && row.state ? rules::visitStateCode(*row.state)
                                                    : QString();
    case Qt::ToolTipRole: {
        if (index.column() != Recorded)
            return {};
        QStringList lines;
        for (const auto &[page, missing] :
             {std::pair{tr("Infusion"), row.infusionMissing}, std::pair{tr("PASI"), row.pasiMissing}}) {
            if (missing.isEmpty())
                continue;
            QStringList labels;
            for (const QString &f : missing)
                labels << FieldLabels::column(f);
            lines << tr("%1 incomplete (missing: %2)").arg(page, CodeLabels::list(labels));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case MissingItemsRole: {
        QStringList items;
        for (const QString &f : row.infusionMissing)
            items << rules::Page::infusion + QLatin1Char(':') + f;
        for (const QString &f : row.pasiMissing)
            items << rules::Page::pasi + QLatin1Char(':') + f;
        return items;
    }
    case HasInfusionRole:
        return row.visit.infusion;
    case HasPasiRole:
        return row.visit.pasi;
    case ItemRoles::RawValue: {
        // The ISO dates behind the locale-formatted ones.
        const std::optional<QDate> &date = index.column() == TargetDate ? row.target
                                           : index.column() == DoneOn   ? row.done
                                                                        : std::optional<QDate>();
        return date ? date->toString(Qt::ISODate) : QString();
    }
    default:
        return {};
    }
}

QStringList VisitTimelineModel::widestTexts(int column) const
{
    const QDate late(2000, 12, 28);
    switch (column) {
    case Visit: {
        QStringList labels;
        for (const VisitDef &v : m_protocol.visits)
            labels << CodeLabels::visit(v.code);
        return labels;
    }
    case TargetDate:
    case DoneOn:
        return {ItemLabels::date(late)};
    case Window:
        return {tr("%1 – %2").arg(ItemLabels::date(late), ItemLabels::date(late))};
    case State: {
        QStringList labels;
        for (const rules::VisitState s :
             {rules::VisitState::NotYetDue, rules::VisitState::Due, rules::VisitState::Overdue,
              rules::VisitState::Done, rules::VisitState::OutOfWindow})
            labels << ItemLabels::visitState(s, false) << ItemLabels::visitState(s, true);
        return labels;
    }
    case Recorded: {
        Row both;
        both.infusionRecorded = both.pasiRecorded = true;
        return {display(both, Recorded)};
    }
    }
    return {};
}

QString VisitTimelineModel::display(const Row &row, int column) const
{
    switch (column) {
    case Visit:
        return CodeLabels::visit(row.visit.code);
    case TargetDate:
        return ItemLabels::date(row.target);
    case Window:
        return row.window ? tr("%1 – %2").arg(ItemLabels::date(row.window->first),
                                             ItemLabels::date(row.window->last))
                          : ItemLabels::none();
    case DoneOn:
        return ItemLabels::date(row.done);
    case State:
        return row.state ? ItemLabels::visitState(*row.state, row.dueToday) : ItemLabels::none();
    case Recorded: {
        // An incomplete page says so, and what it lacks, in words (the cell is coloured too).
        const auto page = [](const QString &name, const QStringList &missing) {
            if (missing.isEmpty())
                return name;
            // A few named, the rest counted: the row stays one line (the tooltip lists all).
            constexpr qsizetype kNamed = 3;
            QStringList labels;
            for (qsizetype i = 0; i < missing.size() && i < kNamed; ++i)
                labels << FieldLabels::column(missing.at(i));
            if (missing.size() > kNamed)
                labels << tr("%n more", nullptr, int(missing.size() - kNamed));
            return tr("%1 incomplete (missing: %2)").arg(name, CodeLabels::list(labels));
        };
        QStringList pages;
        if (row.infusionRecorded)
            pages << page(tr("Infusion"), row.infusionMissing);
        if (row.pasiRecorded)
            pages << page(tr("PASI"), row.pasiMissing);
        return pages.isEmpty() ? ItemLabels::none() : pages.join(tr(", "));
    }
    }
    return QString();
}

QVariant VisitTimelineModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Visit:
        return tr("Visit");
    case TargetDate:
        return tr("Target date");
    case Window:
        return tr("Visit window");
    case DoneOn:
        return tr("Done on");
    case State:
        return tr("State");
    case Recorded:
        return tr("Recorded");
    }
    return {};
}

}  // namespace trialcrf
