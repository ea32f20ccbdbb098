// SPDX-License-Identifier: Apache-2.0
#include "subjectlistview.h"

#include "itemmodels/itemlabels.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/subjectlistmodel.h"
#include "labels/codelabels.h"
#include "statecolordelegate.h"
#include "records/subject.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace trialcrf {

SubjectListView::SubjectListView(const StudyStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new SubjectListModel(store, this))
{
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_searchLabel->setBuddy(m_search);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_status);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("subjectTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StateColorDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("subjectListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setHidden(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    retranslate();
    connect(m_search, &QLineEdit::textChanged, this, &SubjectListView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SubjectListView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->subjectIdAt(current.row());
                // A reset (new search) keeps the casebook on screen: only a real row counts.
                if (id != 0 && id != m_current) {
                    m_current = id;
                    Q_EMIT currentSubjectChanged(id);
                }
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->subjectIdAt(index.row()))
            Q_EMIT subjectActivated(id);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SubjectListView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubjectListView::updateEmptyState);
    fetchFirstPage();
}

qint64 SubjectListView::currentSubjectId() const
{
    return m_model->subjectIdAt(m_table->currentIndex().row());
}

bool SubjectListView::selectSubject(qint64 subjectId)
{
    const int row = m_model->rowOfSubject(subjectId);
    if (row < 0)
        return false;
    m_current = subjectId;  // set first: selecting it again is no change to announce
    const QModelIndex index = m_model->index(row, SubjectListModel::Code);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool SubjectListView::showSubject(qint64 subjectId, const QString &code)
{
    if (m_model->rowOfSubject(subjectId) < 0) {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(0);
        m_search->setText(code);  // applies the filter
        applyFilter();
    }
    return selectSubject(subjectId);
}

void SubjectListView::reload()
{
    const qint64 current = m_current;
    m_model->reload();
    fetchFirstPage();
    if (current)
        selectSubject(current);
}

void SubjectListView::refreshLive()
{
    const int fetched = m_model->rowCount();
    const int column = qMax(0, m_table->currentIndex().column());
    const int top = m_table->verticalScrollBar()->value();
    const int left = m_table->horizontalScrollBar()->value();
    m_table->setUpdatesEnabled(false);  // one repaint, after the rows are back
    m_model->reload();
    while (m_model->rowCount() < qMax(fetched, 1) && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOfSubject(m_current);
    if (row >= 0) {
        // m_current is unchanged: the row coming back is no change of subject to announce.
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, column),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(top);
    m_table->horizontalScrollBar()->setValue(left);
    m_table->setUpdatesEnabled(true);
}

void SubjectListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QSize SubjectListView::sizeHint() const
{
    // Frame, vertical scroll bar, and a little slack for the style's margins.
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 8;
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += m_table->horizontalHeader()->sectionSize(column);
    return QSize(qMax(width, QWidget::sizeHint().width()), QWidget::sizeHint().height());
}

void SubjectListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SubjectListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        // Typing in the list searches: a nurse types the code without reaching for the mouse.
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const QString text = key->text();
        if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->insert(text);
            return true;
        }
        if (plain && key->key() == Qt::Key_Backspace) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->backspace();
            return true;
        }
    } else if (watched == m_search) {
        const bool toList = key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                            || key->key() == Qt::Key_Enter;
        if (toList && m_model->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, SubjectListModel::Code));
            m_table->setFocus(Qt::OtherFocusReason);
            if (key->key() != Qt::Key_Down)
                Q_EMIT subjectActivated(currentSubjectId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubjectListView::retranslate()
{
    m_searchLabel->setText(tr("Code:"));
    m_search->setPlaceholderText(tr("Type a subject code"));
    m_search->setToolTip(tr("Shows the subjects whose code starts with this text"));
    m_statusLabel->setText(tr("Status:"));
    fillStatusFilter();
    m_model->retranslate();
    fitColumns();
    updateEmptyState();
}

void SubjectListView::fillStatusFilter()
{
    const QSignalBlocker blocker(m_status);
    const QString current = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : Subject::statusCodes())
        m_status->addItem(CodeLabels::subjectStatus(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
}

void SubjectListView::applyFilter()
{
    const QString prefix = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (prefix == m_model->codePrefix() && status == m_model->statusFilter())
        return;
    m_model->setFilter(prefix, status);
    fetchFirstPage();
    if (m_model->rowOfSubject(m_current) >= 0)
        selectSubject(m_current);
}

void SubjectListView::fetchFirstPage()
{
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    fitColumns();
    updateEmptyState();  // an empty first page inserts no rows and signals nothing
}

void SubjectListView::fitColumns()
{
    // The rows on screen may not hold the longest label yet (the list is lazy): make room for
    // the longest each column can show. Measured with font metrics on a few strings, not row
    // by row through the delegate, so start-up stays quick.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QStringList texts = m_model->widestTexts(column);
        if (column == SubjectListModel::Code || column == SubjectListModel::Initials) {
            QString longest;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QString text = m_model->index(row, column).data().toString();
                if (text.size() > longest.size())
                    longest = text;
            }
            texts << longest;
        }
        int width = header->sectionSizeHint(column);
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text) + padding);
        header->resizeSection(column, width);
    }
}

void SubjectListView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    if (empty) {
        const bool filtered = !m_model->codePrefix().isEmpty()
                              || !m_model->statusFilter().isEmpty();
        m_empty->setText(filtered ? tr("No subject matches this search.")
                                  : tr("No subjects yet. Choose File ▸ New subject… to "
                                       "register the first one."));
    }
    m_empty->setVisible(empty);
}

}  // namespace trialcrf
