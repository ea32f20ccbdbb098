// SPDX-License-Identifier: Apache-2.0
#include "deviationlogdialog.h"

#include "itemmodels/deviationtablemodel.h"
#include "labels/codelabels.h"
#include "rules/deviations.h"
#include "statecolordelegate.h"
#include "storage/studystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace trialcrf {

/// Subject prefix, kind, missing reason and resolved rows.
class DeviationLogDialog::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString subjectPrefix, kind;
    bool missingOnly = false, showResolved = true;
    void update() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const DeviationTableModel *>(sourceModel());
        const Deviation &d = m->deviationAt(row);
        if (!subjectPrefix.isEmpty()
            && !d.subjectCode.startsWith(subjectPrefix, Qt::CaseInsensitive))
            return false;
        if (!kind.isEmpty() && d.kind != kind)
            return false;
        if (missingOnly && !d.reasonMissing())
            return false;
        return showResolved || !d.resolved;
    }
};

DeviationLogDialog::DeviationLogDialog(StudyStore &store, const Session &session,
                                       QWidget *parent)
    : QDialog(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("deviationLog"));
    m_model = new DeviationTableModel(this);
    m_filter = new Filter(this);
    m_filter->setSourceModel(m_model);

    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("deviationSubjectFilter"));
    m_subject->setClearButtonEnabled(true);
    m_subjectLabel->setBuddy(m_subject);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("deviationKindFilter"));
    m_kindLabel->setBuddy(m_kind);
    m_kind->addItem(QString(), QString());
    for (const QString &k : rules::deviationKinds())
        m_kind->addItem(QString(), k);
    m_missingOnly = new QCheckBox(this);
    m_missingOnly->setObjectName(QStringLiteral("deviationMissingOnly"));
    m_showResolved = new QCheckBox(this);
    m_showResolved->setChecked(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deviationLogView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new StateColorDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_status = new QLabel(this);
    m_reasonButton = new QPushButton(this);
    m_reasonButton->setObjectName(QStringLiteral("deviationReasonButton"));
    m_openButton = new QPushButton(this);
    m_closeButton = new QPushButton(this);
    m_reasonButton->setAutoDefault(false);
    m_openButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_subjectLabel);
    filters->addWidget(m_subject);
    filters->addSpacing(12);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind, 1);
    filters->addSpacing(12);
    filters->addWidget(m_missingOnly);
    filters->addWidget(m_showResolved);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reasonButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    const auto refilter = [this] {
        m_filter->subjectPrefix = m_subject->text().trimmed();
        m_filter->kind = m_kind->currentData().toString();
        m_filter->missingOnly = m_missingOnly->isChecked();
        m_filter->showResolved = m_showResolved->isChecked();
        m_filter->update();
        updateStatus();
        updateButtons();
    };
    connect(m_subject, &QLineEdit::textChanged, this, refilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_missingOnly, &QCheckBox::toggled, this, refilter);
    connect(m_showResolved, &QCheckBox::toggled, this, refilter);
    connect(m_view, &QTableView::activated, this, &DeviationLogDialog::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviationLogDialog::updateButtons);
    connect(m_reasonButton, &QPushButton::clicked, this, &DeviationLogDialog::askReason);
    connect(m_openButton, &QPushButton::clicked, this, &DeviationLogDialog::openCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    retranslate();
    refresh();
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 30);
}

DeviationLogDialog::~DeviationLogDialog() = default;

void DeviationLogDialog::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void DeviationLogDialog::refresh()
{
    QList<Deviation> rows;
    m_store.forEachDeviation(m_session, [&](const Deviation &d) {
        rows << d;
        return true;
    });
    const int current = m_view->currentIndex().row();
    m_model->setDeviations(rows);
    m_view->resizeColumnsToContents();
    if (current >= 0 && current < m_filter->rowCount())
        m_view->setCurrentIndex(m_filter->index(current, 0));
    updateStatus();
    updateButtons();
}

int DeviationLogDialog::sourceRow(int viewRow) const
{
    return m_filter->mapToSource(m_filter->index(viewRow, 0)).row();
}

bool DeviationLogDialog::mayGiveReason(const Deviation &d) const
{
    return m_session.may(d.sourceTable == QLatin1String("pasi_assessments") ? Action::EditPasi
                                                                           : Action::EditInfusion);
}

void DeviationLogDialog::updateStatus()
{
    m_status->setText(tr("Protocol deviations shown: %n", "", m_filter->rowCount()) + QLatin1String("; ")
                      + tr("open without a reason: %n", "", m_model->reasonMissingCount()));
}

void DeviationLogDialog::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool any = row >= 0;
    m_openButton->setEnabled(any);
    m_reasonButton->setEnabled(any && mayGiveReason(m_model->deviationAt(sourceRow(row))));
}

void DeviationLogDialog::openCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    Q_EMIT openSubjectRequested(m_model->deviationAt(sourceRow(row)).subjectCode);
}

void DeviationLogDialog::askReason()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const Deviation &d = m_model->deviationAt(sourceRow(row));
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reason for the protocol deviation"),
        tr("%1, %2: %3").arg(d.subjectCode, CodeLabels::visit(d.visit),
                             CodeLabels::deviationKind(d.kind)),
        QLineEdit::Normal, d.reason, &ok);
    if (ok)
        giveReason(row, reason);
}

bool DeviationLogDialog::giveReason(int row, const QString &reason)
{
    if (row < 0 || row >= m_filter->rowCount())
        return false;
    Deviation d = m_model->deviationAt(sourceRow(row));
    const SaveResult r = m_store.setDeviationReason(m_session, d, reason);
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Reason not saved"), r.message);
        refresh();
        return false;
    }
    refresh();
    Q_EMIT deviationChanged();
    return true;
}

void DeviationLogDialog::retranslate()
{
    setWindowTitle(tr("Protocol deviations"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subject->setPlaceholderText(tr("Code, or its beginning"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, CodeLabels::deviationKind(m_kind->itemData(i).toString()));
    m_missingOnly->setText(tr("Only &reason missing"));
    m_showResolved->setText(tr("Show r&esolved"));
    m_reasonButton->setText(tr("&Give reason…"));
    m_openButton->setText(tr("&Open subject"));
    m_closeButton->setText(tr("Close"));
    m_model->retranslate();
    m_view->resizeColumnsToContents();
    updateStatus();
}

void DeviationLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
