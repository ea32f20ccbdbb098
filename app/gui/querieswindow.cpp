// SPDX-License-Identifier: Apache-2.0
#include "querieswindow.h"

#include "labels/codelabels.h"
#include "labels/monitoringlabels.h"
#include "storage/studystore.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTreeWidget>

namespace trialcrf {

QueriesWindow::QueriesWindow(StudyStore &store, const Session &session, QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("queriesWindow"));
    auto *grid = new QGridLayout(this);
    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_state = new QComboBox(this);
    m_subject = new QLineEdit(this);
    m_visit = new QComboBox(this);
    m_act = new QComboBox(this);
    m_age = new QSpinBox(this);
    m_age->setRange(0, 3650);
    m_stateLabel = label(m_state);
    m_subjectLabel = label(m_subject);
    m_visitLabel = label(m_visit);
    m_actLabel = label(m_act);
    m_ageLabel = label(m_age);
    int column = 0;
    for (auto [l, w] : {std::pair<QLabel *, QWidget *>{m_stateLabel, m_state},
                        {m_subjectLabel, m_subject}, {m_visitLabel, m_visit},
                        {m_actLabel, m_act}, {m_ageLabel, m_age}}) {
        grid->addWidget(l, 0, column);
        grid->addWidget(w, 1, column++);
    }
    for (int i = 0; i < 4; ++i)
        m_state->addItem(QString());
    m_visit->addItem(QString());
    for (const QString &v : store.protocol().visitCodes())
        m_visit->addItem(QString(), v);
    for (int i = 0; i < 3; ++i)
        m_act->addItem(QString());
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(8);
    m_list->setAllColumnsShowFocus(true);
    m_list->setMinimumSize(900, 320);
    m_count = new QLabel(this);
    grid->addWidget(m_list, 2, 0, 1, column);
    grid->addWidget(m_count, 3, 0, 1, column);

    connect(m_state, &QComboBox::currentIndexChanged, this, &QueriesWindow::refresh);
    connect(m_visit, &QComboBox::currentIndexChanged, this, &QueriesWindow::refresh);
    connect(m_act, &QComboBox::currentIndexChanged, this, &QueriesWindow::refresh);
    connect(m_age, &QSpinBox::valueChanged, this, &QueriesWindow::refresh);
    connect(m_subject, &QLineEdit::textChanged, this, &QueriesWindow::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = m_list->indexOfTopLevelItem(item);
        if (i >= 0 && i < m_shown.size())
            Q_EMIT openRequested(m_shown.at(i).ref, m_shown.at(i).id);
    });
    retranslate();
}

void QueriesWindow::refresh()
{
    static const QStringList states{QString(), QueryStore::stateOpen(),
                                    QueryStore::stateAnswered(), QueryStore::stateClosed()};
    static const QStringList actors{QString(), QStringLiteral("site"), QStringLiteral("monitor")};
    QueryFilter f;
    f.state = states.value(m_state->currentIndex());
    f.visit = m_visit->currentData().toString();
    f.mustAct = actors.value(m_act->currentIndex());
    f.minAgeDays = m_age->value();
    const QString code = m_subject->text().trimmed();
    m_shown.clear();
    m_list->clear();
    const QDateTime now = m_store.clock()().toUTC();
    const QList<Query> found = QueryStore(m_store).queries(m_session, f).value_or(QList<Query>());
    for (const Query &q : found) {
        if (!code.isEmpty() && !q.subjectCode.startsWith(code, Qt::CaseInsensitive))
            continue;
        const std::optional<Query> thread = QueryStore(m_store).thread(m_session, q.id);
        const QString last = thread && !thread->messages.isEmpty() ? thread->messages.last().text
                                                                   : QString();
        m_shown << q;
        new QTreeWidgetItem(m_list, {q.subjectCode,
                                     q.visit.isEmpty() ? QString() : CodeLabels::visit(q.visit),
                                     MonitoringLabels::place(q.ref),
                                     MonitoringLabels::queryState(q.state),
                                     MonitoringLabels::mustAct(q.mustAct()), q.raisedBy,
                                     QString::number(q.raisedAt.daysTo(now)), last});
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_count->setText(tr("%n query(ies) shown. Enter opens the field.", nullptr, int(m_shown.size())));
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void QueriesWindow::retranslate()
{
    setWindowTitle(tr("Queries"));
    m_stateLabel->setText(tr("&State:"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_visitLabel->setText(tr("&Visit:"));
    m_actLabel->setText(tr("&Who must act:"));
    m_ageLabel->setText(tr("&At least days old:"));
    m_state->setItemText(0, tr("Any state"));
    m_state->setItemText(1, MonitoringLabels::queryState(QueryStore::stateOpen()));
    m_state->setItemText(2, MonitoringLabels::queryState(QueryStore::stateAnswered()));
    m_state->setItemText(3, MonitoringLabels::queryState(QueryStore::stateClosed()));
    m_visit->setItemText(0, tr("Any visit"));
    for (int i = 1; i < m_visit->count(); ++i)
        m_visit->setItemText(i, CodeLabels::visit(m_visit->itemData(i).toString()));
    m_act->setItemText(0, tr("Anyone"));
    m_act->setItemText(1, MonitoringLabels::mustAct(QStringLiteral("site")));
    m_act->setItemText(2, MonitoringLabels::mustAct(QStringLiteral("monitor")));
    m_list->setHeaderLabels({tr("Subject"), tr("Visit"), tr("Field"), tr("State"),
                             tr("Who must act"), tr("Raised by"), tr("Days"),
                             tr("Last message")});
    refresh();
}

void QueriesWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
