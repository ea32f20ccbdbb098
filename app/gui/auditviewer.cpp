// SPDX-License-Identifier: Apache-2.0
#include "auditviewer.h"

#include "exchange/auditcsv.h"
#include "itemmodels/audittablemodel.h"
#include "labels/codelabels.h"
#include "storage/audittrail.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace trialcrf {

AuditViewer::AuditViewer(const Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("auditViewer"));
    m_model = new AuditTableModel(this);

    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("auditSubject"));
    m_subject->setClearButtonEnabled(true);
    m_subjectLabel->setBuddy(m_subject);
    m_userLabel = new QLabel(this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_userLabel->setBuddy(m_user);
    m_tableLabel = new QLabel(this);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_tableLabel->setBuddy(m_table);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setEnabled(false);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_moreButton = new QPushButton(this);
    m_moreButton->setObjectName(QStringLiteral("auditMore"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AuditViewer::reject);

    auto *filters = new QGridLayout;
    filters->addWidget(m_subjectLabel, 0, 0);
    filters->addWidget(m_subject, 0, 1);
    filters->addWidget(m_userLabel, 0, 2);
    filters->addWidget(m_user, 0, 3);
    filters->addWidget(m_tableLabel, 0, 4);
    filters->addWidget(m_table, 0, 5);
    filters->addWidget(m_fromCheck, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toCheck, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_moreButton);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_buttons);

    const auto again = [this] {
        m_limit = pageSize();
        refresh();
    };
    connect(m_subject, &QLineEdit::editingFinished, this, again);
    connect(m_user, &QComboBox::currentIndexChanged, this, again);
    connect(m_table, &QComboBox::currentIndexChanged, this, again);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, again);
    connect(m_toCheck, &QCheckBox::toggled, this, again);
    connect(m_from, &QDateEdit::dateChanged, this, again);
    connect(m_to, &QDateEdit::dateChanged, this, again);
    connect(m_moreButton, &QPushButton::clicked, this, &AuditViewer::showMore);
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::exportClicked);

    fillChoices();
    retranslate();
    refresh();
    // Wide enough for every column up to the reason for change (a user must not have to
    // scroll to see why something changed), but never larger than the screen, with its frame.
    int tableWidth = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        tableWidth += m_view->columnWidth(c);
    const QMargins margins = layout->contentsMargins();
    const int width = std::max(fontMetrics().averageCharWidth() * 170,
                               tableWidth + margins.left() + margins.right());
    resize(QSize(width, fontMetrics().height() * 36)
               .boundedTo(screen()->availableGeometry().size() * 0.9));
}

void AuditViewer::fillChoices()
{
    const AuditTrail trail(m_db);
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockTable(m_table);
    m_user->clear();
    m_user->addItem(QString(), QString());
    for (const QString &name : trail.userNames(m_session).value_or(QStringList()))
        m_user->addItem(name, name);
    m_table->clear();
    m_table->addItem(QString(), QString());
    for (const QString &name : trail.tableNames(m_session).value_or(QStringList()))
        m_table->addItem(CodeLabels::auditTable(name), name);
}

void AuditViewer::setSubjectFilter(const QString &subjectCode)
{
    m_subject->setText(subjectCode);
    m_limit = pageSize();
    refresh();
}

AuditFilter AuditViewer::filter() const
{
    AuditFilter f;
    f.subjectCode = m_subject->text().trimmed();
    f.userName = m_user->currentData().toString();
    f.tableName = m_table->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditViewer::refresh()
{
    AuditFilter f = filter();
    f.newestFirst = true;
    f.limit = m_limit + 1;  // one more tells whether older rows remain
    m_error.clear();
    const std::optional<QList<AuditEntry>> rows = AuditTrail(m_db).entries(m_session, f, &m_error);
    QList<AuditEntry> shown = rows.value_or(QList<AuditEntry>());
    m_more = shown.size() > m_limit;
    if (m_more)
        shown.removeLast();
    m_model->setEntries(shown);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), fontMetrics().averageCharWidth() * 40));
    retranslate();
}

void AuditViewer::showMore()
{
    m_limit += pageSize();
    refresh();
}

bool AuditViewer::exportCsv(const QString &path, QString *error) const
{
    return AuditCsv::writeSelection(m_db, m_session, filter(), path, error);
}

void AuditViewer::exportClicked()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_subject->text().trimmed().isEmpty()
                             ? QStringLiteral("audit.csv")
                             : QStringLiteral("audit-%1.csv").arg(m_subject->text().trimmed());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      QDir(folder).filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the audit trail"),
                             tr("The audit trail could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
}

void AuditViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

void AuditViewer::retranslate()
{
    setWindowTitle(tr("Audit trail"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subject->setPlaceholderText(tr("any"));
    m_userLabel->setText(tr("&User:"));
    m_user->setItemText(0, tr("any"));
    m_tableLabel->setText(tr("&Table:"));
    m_table->setItemText(0, tr("any"));
    for (int i = 1; i < m_table->count(); ++i)
        m_table->setItemText(i, CodeLabels::auditTable(m_table->itemData(i).toString()));
    m_fromCheck->setText(tr("&From (UTC):"));
    m_toCheck->setText(tr("T&o (UTC):"));
    m_moreButton->setText(tr("Show &older rows"));
    m_moreButton->setEnabled(m_more);
    m_export->setText(tr("&Export to CSV…"));
    if (!m_error.isEmpty())
        m_status->setText(tr("The audit trail could not be read: %1").arg(m_error));
    else if (m_more)
        m_status->setText(tr("The latest %n row(s) matching the filter; older ones follow with "
                             "\"Show older rows\".",
                             nullptr, int(m_model->rowCount())));
    else
        m_status->setText(tr("%n row(s) match the filter.", nullptr, int(m_model->rowCount())));
}

}  // namespace trialcrf
