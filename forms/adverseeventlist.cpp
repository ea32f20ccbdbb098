// SPDX-License-Identifier: Apache-2.0
#include "adverseeventlist.h"

#include "labels/codelabels.h"
#include "records/aeoutcome.h"
#include "displayformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialcrf {

namespace {
enum Column { NumberCol, TermCol, OnsetCol, EndCol, GradeCol, SeriousCol, RelatednessCol,
              OutcomeCol, Columns };
}

AdverseEventList::AdverseEventList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("adverseEventTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newAdverseEventButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openAdverseEventButton"));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, &AdverseEventList::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const int n = selectedNumber())
            emit openRequested(n);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const int n = selectedNumber())
            emit openRequested(n);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdverseEventList::updateButtons);
    retranslate();
}

void AdverseEventList::setCasebook(const Casebook &casebook)
{
    m_casebook = casebook;
    populate();
}

void AdverseEventList::setSession(const Session &session)
{
    m_session = session;
    updateButtons();
}

int AdverseEventList::selectedNumber() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *number = m_table->item(items.first()->row(), NumberCol);
    return number ? number->data(Qt::UserRole).toInt() : 0;
}

void AdverseEventList::populate()
{
    const int selected = selectedNumber();
    m_table->setRowCount(int(m_casebook.adverseEvents.size()));
    int row = 0;
    for (const AdverseEvent &ae : std::as_const(m_casebook.adverseEvents)) {
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *number = set(NumberCol, QString::number(ae.aeNumber));
        number->setData(Qt::UserRole, ae.aeNumber);
        set(TermCol, ae.term);
        set(OnsetCol, DisplayFormat::date(ae.onsetDate));
        // No end date: ongoing, unless the outcome says it ended (the date is then missing).
        set(EndCol, ae.endDate                               ? DisplayFormat::date(ae.endDate)
                    : aeoutcome::ended(ae.outcome) ? CodeLabels::notRecorded()
                                                             : tr("ongoing"));
        set(GradeCol, CodeLabels::aeGrade(ae.ctcaeGrade));
        set(SeriousCol, ae.serious ? CodeLabels::yesNo(*ae.serious ? QStringLiteral("yes")
                                                                    : QStringLiteral("no"))
                                   : DisplayFormat::dash());
        set(RelatednessCol, ae.relatedness.isEmpty() ? tr("not judged yet")
                                                     : CodeLabels::relatedness(ae.relatedness));
        set(OutcomeCol, CodeLabels::outcome(ae.outcome));
        if (ae.aeNumber == selected)
            m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void AdverseEventList::updateButtons()
{
    m_newButton->setEnabled(m_session.may(Action::EditAdverseEvent) && !m_casebook.locked
                            && m_casebook.subject.id != 0);
    m_openButton->setEnabled(selectedNumber() != 0);
}

void AdverseEventList::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Term"), tr("Onset"), tr("End"),
                                        tr("CTCAE grade"), tr("Serious"), tr("Relationship"),
                                        tr("Outcome")});
    m_newButton->setText(tr("Ne&w adverse event…"));
    m_openButton->setText(tr("&Open"));
}

void AdverseEventList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        populate();
    }
    QWidget::changeEvent(event);
}

}  // namespace trialcrf
