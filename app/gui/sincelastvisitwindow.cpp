// SPDX-License-Identifier: Apache-2.0
#include "sincelastvisitwindow.h"

#include "labels/changereason.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "labels/monitoringlabels.h"
#include "storage/studystore.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trialcrf {

namespace {

QString visitName(const QString &visit)
{
    return visit.isEmpty() ? QCoreApplication::translate("SinceLastVisitWindow", "Adverse events")
                           : CodeLabels::visit(visit);
}

}  // namespace

SinceLastVisitWindow::SinceLastVisitWindow(StudyStore &store, const Session &session,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("sinceLastVisitWindow"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(5);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setMinimumSize(900, 380);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant ref = item->data(0, Qt::UserRole);
        if (ref.isValid())
            Q_EMIT openRequested(ref.value<FieldRef>());
    });
    retranslate();
}

void SinceLastVisitWindow::refresh()
{
    m_tree->clear();
    QString error;
    const std::optional<SinceLastVisit> report = sincelastvisit::read(m_store, m_session, &error);
    if (!report) {
        m_summary->setText(tr("Cannot be shown: %1").arg(error));
        return;
    }
    QHash<QString, QTreeWidgetItem *> groups;
    const auto group = [&](const QString &subject, const QString &visit) {
        QTreeWidgetItem *&top = groups[subject];
        if (!top) {
            top = new QTreeWidgetItem(m_tree, {subject});
            top->setExpanded(true);
        }
        QTreeWidgetItem *&item = groups[subject + QLatin1Char('|') + visit];
        if (!item) {
            item = new QTreeWidgetItem(top, {visitName(visit)});
            item->setExpanded(true);
        }
        return item;
    };
    const auto add = [&](QTreeWidgetItem *parent, const FieldRef &ref, const QStringList &cells) {
        auto *item = new QTreeWidgetItem(parent, cells);
        item->setData(0, Qt::UserRole, QVariant::fromValue(ref));
    };
    const QLocale locale;
    for (const ChangedValue &c : report->changes) {
        const QString what = c.action == QLatin1String("insert") ? tr("Created") : tr("Changed");
        const QString value = c.action == QLatin1String("insert")
                                  ? QString()
                                  : tr("%1 → %2").arg(FieldLabels::value(c.field, c.oldValue),
                                                      FieldLabels::value(c.field, c.newValue));
        add(group(c.subjectCode, c.visit), c.ref,
            {what, MonitoringLabels::place(c.ref), value,
             tr("%1, %2").arg(c.userName, locale.toString(c.atUtc.toLocalTime(), QLocale::ShortFormat)),
             ChangeReason::display(c.reason)});
    }
    for (const SdvMark &m : report->brokenMarks)
        add(group(m.subjectCode, monitoredfields::visitOf(m_store.protocol(), m.ref)), m.ref,
            {tr("Changed since verified"), MonitoringLabels::place(m.ref), QString(),
             tr("verified by %1").arg(m.byUser), QString()});
    for (const Signature &s : report->brokenSignatures)
        add(group(s.subjectCode, s.visit), FieldRef{s.subjectId, QStringLiteral("subjects"), {}, {}},
            {tr("Signature broken"), CodeLabels::signatureScope(s.scope), QString(),
             tr("signed by %1").arg(s.printedName), QString()});
    m_summary->setText(
        (report->previousLogin.isValid()
             ? tr("Since your previous session (%1):")
                   .arg(locale.toString(report->previousLogin.toLocalTime(), QLocale::ShortFormat))
             : tr("Your first session: everything recorded so far."))
        + QLatin1Char(' ')
        + tr("%n value(s) created or changed, ", nullptr, int(report->changes.size()))
        + tr("%n verification(s) broken, ", nullptr, int(report->brokenMarks.size()))
        + tr("%n signature(s) broken. Enter opens the field.", nullptr,
             int(report->brokenSignatures.size())));
    for (int c = 0; c < m_tree->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void SinceLastVisitWindow::retranslate()
{
    setWindowTitle(tr("Since my last visit"));
    m_tree->setHeaderLabels({tr("What"), tr("Field"), tr("Old → new"), tr("Who, when"),
                             tr("Reason")});
    refresh();
}

void SinceLastVisitWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
