// SPDX-License-Identifier: Apache-2.0
#include "casebookview.h"

#include "adverseeventform.h"
#include "adverseeventlist.h"
#include "consentform.h"
#include "eligibilityform.h"
#include "formhost.h"
#include "infusionform.h"
#include "itemmodels/deviationtablemodel.h"
#include "itemmodels/visittimelinemodel.h"
#include "palette.h"
#include "pasiform.h"
#include "statecolordelegate.h"
#include "storage/studystore.h"
#include "subjectform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialcrf {

namespace {

/// Adverse events always in sight at once, however little height the window has.
constexpr int kMinimumAdverseEventRows = 3;

void setupTable(QAbstractItemView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
}

}  // namespace

CasebookView::CasebookView(StudyStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_timeline(new VisitTimelineModel(store.protocol(), this))
{
    // One page shown at a time. Not a QStackedWidget: that is as tall as its tallest page
    // (also for height-for-width), so a short page (consent) got the overview's height and its
    // status line and Save ended up out of sight below. A hidden page takes no room here.
    m_pages = new QWidget(this);
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("casebookPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_overview = buildOverview();
    m_host = new FormHost(this);
    for (QWidget *page : {static_cast<QWidget *>(m_placeholder), m_overview,
                          static_cast<QWidget *>(m_host)})
        pages->addWidget(page);
    showPage(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createAlert());
    layout->addWidget(m_pages);

    connect(m_host, &FormHost::closed, this, [this] {
        showPage(m_casebook ? m_overview : static_cast<QWidget *>(m_placeholder));
        m_timelineView->setFocus(Qt::OtherFocusReason);
        updateDraft();
        Q_EMIT pageOpenChanged(false);
    });
    retranslate();
}

QWidget *CasebookView::buildOverview()
{
    auto *page = new QWidget(this);
    // Plain text in two labels (no rich text to lay out on every switch).
    m_code = new QLabel(page);
    m_code->setObjectName(QStringLiteral("casebookCode"));
    m_code->setTextFormat(Qt::PlainText);
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.3);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("casebookDetails"));
    m_details->setTextFormat(Qt::PlainText);
    QFont detailsFont = m_details->font();
    detailsFont.setPointSizeF(detailsFont.pointSizeF() * 1.15);
    m_details->setFont(detailsFont);
    m_signed = new QLabel(page);
    m_signed->setObjectName(QStringLiteral("casebookSigned"));
    m_signed->setTextFormat(Qt::PlainText);
    m_signed->setWordWrap(true);
    m_signed->hide();
    m_incomplete = new QLabel(page);
    m_incomplete->setObjectName(QStringLiteral("casebookIncomplete"));
    m_incomplete->setTextFormat(Qt::PlainText);
    m_incomplete->setWordWrap(true);
    m_incomplete->setStyleSheet(
        Palette::bannerStyle(4, Palette::stateBackground(QStringLiteral("incomplete"))));
    m_incomplete->hide();
    m_subjectButton = new QPushButton(page);
    m_consentButton = new QPushButton(page);
    m_eligibilityButton = new QPushButton(page);

    m_timelineLabel = new QLabel(page);
    m_timelineView = new QTableView(page);
    m_timelineView->setObjectName(QStringLiteral("visitTimeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new StateColorDelegate(m_timelineView));
    setupTable(m_timelineView);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timelineView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Every visit always in sight, however the docks below share the height.
    m_timelineView->setMinimumHeight(
        m_timelineView->horizontalHeader()->sizeHint().height()
        + int(m_store.protocol().visits.size()) * m_timelineView->verticalHeader()->defaultSectionSize()
        + 2 * m_timelineView->frameWidth());
    m_timelineLabel->setBuddy(m_timelineView);
    m_infusionButton = new QPushButton(page);
    m_pasiButton = new QPushButton(page);

    m_aeLabel = new QLabel(page);
    m_adverseEvents = new AdverseEventList(page);
    m_adverseEvents->setObjectName(QStringLiteral("adverseEvents"));
    m_aeLabel->setBuddy(m_adverseEvents->table());
    // Rows as tall as the timeline's, and always room for a few of them (not one row squeezed
    // under the docks): the docks give way first.
    QTableWidget *aeTable = m_adverseEvents->table();
    aeTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    aeTable->verticalHeader()->setDefaultSectionSize(
        m_timelineView->verticalHeader()->defaultSectionSize());
    aeTable->setMinimumHeight(aeTable->horizontalHeader()->sizeHint().height()
                              + kMinimumAdverseEventRows * aeTable->verticalHeader()->defaultSectionSize()
                              + 2 * aeTable->frameWidth());

    m_deviationsLabel = new QLabel(page);
    m_deviations = new DeviationTableModel(this);
    m_deviationsView = new QTableView(page);
    m_deviationsView->setObjectName(QStringLiteral("casebookDeviations"));
    m_deviationsView->setModel(m_deviations);
    m_deviationsView->setItemDelegate(new StateColorDelegate(m_deviationsView));
    setupTable(m_deviationsView);
    m_deviationsView->verticalHeader()->hide();
    m_deviationsView->horizontalHeader()->setStretchLastSection(true);
    m_deviationsView->setColumnHidden(DeviationTableModel::Subject, true);
    m_deviationsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_deviationsView->verticalHeader()->setDefaultSectionSize(
        m_timelineView->verticalHeader()->defaultSectionSize());
    m_deviationsLabel->setBuddy(m_deviationsView);

    auto *header = new QHBoxLayout;
    header->addWidget(m_code);
    header->addSpacing(12);
    header->addWidget(m_details, 1);
    auto *subjectPages = new QHBoxLayout;
    subjectPages->addWidget(m_subjectButton);
    subjectPages->addWidget(m_consentButton);
    subjectPages->addWidget(m_eligibilityButton);
    subjectPages->addStretch(1);
    auto *visitPages = new QHBoxLayout;
    visitPages->addWidget(m_infusionButton);
    visitPages->addWidget(m_pasiButton);
    visitPages->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_signed);
    layout->addWidget(m_incomplete);
    layout->addLayout(subjectPages);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timelineView);
    layout->addLayout(visitPages);
    layout->addWidget(m_aeLabel);
    layout->addWidget(m_adverseEvents, 1);
    layout->addWidget(m_deviationsLabel);
    layout->addWidget(m_deviationsView, 1);

    connect(m_subjectButton, &QPushButton::clicked, this, [this] { openPage(Page::Subject); });
    connect(m_consentButton, &QPushButton::clicked, this, [this] { openPage(Page::Consent); });
    connect(m_eligibilityButton, &QPushButton::clicked, this,
            [this] { openPage(Page::Eligibility); });
    connect(m_infusionButton, &QPushButton::clicked, this, [this] {
        openPage(Page::Infusion, m_timeline->visitCodeAt(m_timelineView->currentIndex().row()));
    });
    connect(m_pasiButton, &QPushButton::clicked, this, [this] {
        openPage(Page::Pasi, m_timeline->visitCodeAt(m_timelineView->currentIndex().row()));
    });
    connect(m_adverseEvents, &AdverseEventList::newRequested, this,
            [this] { openPage(Page::AdverseEvent, {}, 0); });
    connect(m_adverseEvents, &AdverseEventList::openRequested, this,
            [this](int aeNumber) { openPage(Page::AdverseEvent, {}, aeNumber); });
    connect(m_timelineView, &QTableView::activated, this, &CasebookView::openSelectedVisit);
    connect(m_deviationsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Deviation &d = m_deviations->deviationAt(index.row());
        openPage(d.sourceTable == QLatin1String("pasi_assessments") ? Page::Pasi : Page::Infusion,
                 d.visit);
    });
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasebookView::updateVisitButtons);
    return page;
}

QSize CasebookView::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 80, QWidget::sizeHint().height());
}

void CasebookView::setSession(const Session &session)
{
    m_session = session;
    m_adverseEvents->setSession(session);
    updateVisitButtons();
    if (m_host->form())
        m_host->form()->setSession(session);
}

bool CasebookView::showSubject(qint64 subjectId)
{
    if (m_casebook && m_casebook->subject.id == subjectId && subjectId != 0)
        return true;
    if (!m_host->closeForm())
        return false;
    m_casebook.reset();
    if (subjectId != 0)
        m_casebook = m_store.loadCasebook(m_session, subjectId);
    showCasebook();
    return true;
}

qint64 CasebookView::subjectId() const
{
    return m_casebook ? m_casebook->subject.id : 0;
}

QString CasebookView::selectedVisit() const
{
    const QModelIndex current = m_timelineView->currentIndex();
    return current.isValid() ? m_timeline->visitCodeAt(current.row()) : QString();
}

void CasebookView::showPage(QWidget *page)
{
    for (QWidget *p : {static_cast<QWidget *>(m_placeholder), m_overview,
                       static_cast<QWidget *>(m_host)})
        p->setVisible(p == page);
}

void CasebookView::reload()
{
    if (!m_casebook)
        return;
    const int row = m_timelineView->currentIndex().row();
    m_casebook = m_store.loadCasebook(m_session, m_casebook->subject.id);
    showCasebook();
    if (row >= 0)
        m_timelineView->setCurrentIndex(m_timeline->index(row, 0));
}

void CasebookView::showCasebook()
{
    if (!m_casebook) {
        m_timeline->clear();
        m_adverseEvents->setCasebook(Casebook{});
        m_deviations->setDeviations({});
        if (!m_host->form())
            showPage(m_placeholder);
        updateVisitButtons();
        Q_EMIT casebookLoaded();
        return;
    }
    m_timeline->setCasebook(*m_casebook, m_store.clock()().toLocalTime().date());
    fillHeader();
    m_adverseEvents->setCasebook(*m_casebook);
    m_deviations->setDeviations(m_casebook->deviations);
    m_deviationsView->resizeColumnsToContents();
    if (!m_host->form())
        showPage(m_overview);
    updateVisitButtons();
    Q_EMIT casebookLoaded();
}

void CasebookView::fitTimelineColumns()
{
    // Sized once per language from the widest text each column can hold, not per casebook.
    QHeaderView *header = m_timelineView->horizontalHeader();
    const QFontMetrics metrics(m_timelineView->font());
    const int padding = 2 * m_timelineView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
    for (int column = 0; column < VisitTimelineModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : m_timeline->widestTexts(column))
            width = qMax(width, metrics.horizontalAdvance(text) + padding);
        header->resizeSection(column, width);
    }
}

void CasebookView::updateVisitButtons()
{
    const bool shown = m_casebook.has_value();
    const QModelIndex current = m_timelineView->currentIndex();
    m_subjectButton->setEnabled(shown);
    m_consentButton->setEnabled(shown);
    m_eligibilityButton->setEnabled(shown);
    m_infusionButton->setEnabled(
        shown && current.isValid()
        && current.data(VisitTimelineModel::HasInfusionRole).toBool());
    m_pasiButton->setEnabled(shown && current.isValid()
                             && current.data(VisitTimelineModel::HasPasiRole).toBool());
}

void CasebookView::openSelectedVisit()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.isValid())
        return;
    const QString visit = m_timeline->visitCodeAt(current.row());
    // Enter opens the visit's main page: the infusion where one is given, else PASI.
    if (current.data(VisitTimelineModel::HasInfusionRole).toBool())
        openPage(Page::Infusion, visit);
    else if (current.data(VisitTimelineModel::HasPasiRole).toBool())
        openPage(Page::Pasi, visit);
}

bool CasebookView::openPage(Page page, const QString &visit, int aeNumber)
{
    if (!m_casebook || !m_host->closeForm())
        return false;
    CrfForm *form = createForm(page);
    form->setSession(m_session);
    m_host->setForm(form);
    form->open(*m_casebook, visit, aeNumber);
    connect(form, &CrfForm::saved, this, [this](qint64 subjectId) {
        reload();
        Q_EMIT subjectSaved(subjectId);
    });
    connect(form, &CrfForm::draftChanged, this, &CasebookView::updateDraft);
    connect(form, &CrfForm::dirtyChanged, this, &CasebookView::updateDraft);
    connectChair(form);
    showPage(m_host);
    Q_EMIT pageOpenChanged(true);
    return true;
}

void CasebookView::updateDraft()
{
    CrfForm *form = m_host->form();
    std::optional<Casebook> draft;
    if (form && form->isDirty())
        draft = form->draftCasebook();
    if (!draft && !m_draft)
        return;  // nothing typed before or now: the views show saved data already
    m_draft = std::move(draft);
    m_draftVisit = m_draft ? form->visit() : QString();
    Q_EMIT draftChanged();
}

bool CasebookView::hasOpenPage() const
{
    return m_host->form() != nullptr;
}

bool CasebookView::isPageDirty() const
{
    return m_host->isDirty();
}

CrfForm *CasebookView::openForm() const
{
    return m_host->form();
}

bool CasebookView::savePage()
{
    return m_host->save();
}

bool CasebookView::closePage()
{
    return m_host->closeForm();
}

void CasebookView::focusTimeline()
{
    if (!m_casebook || hasOpenPage())
        return;
    int row = 0;
    for (int r = 0; r < m_timeline->rowCount(); ++r) {
        const std::optional<rules::VisitState> state = m_timeline->stateAt(r);
        if (state && *state != rules::VisitState::Done
            && *state != rules::VisitState::OutOfWindow) {
            row = r;
            break;
        }
    }
    m_timelineView->setCurrentIndex(m_timeline->index(row, VisitTimelineModel::Visit));
    m_timelineView->setFocus(Qt::OtherFocusReason);
}

CrfForm *CasebookView::createForm(Page page)
{
    switch (page) {
    case Page::Subject:
        return new SubjectForm(m_store);
    case Page::Consent:
        return new ConsentForm(m_store);
    case Page::Eligibility:
        return new EligibilityForm(m_store);
    case Page::Infusion:
        return new InfusionForm(m_store);
    case Page::Pasi:
        return new PasiForm(m_store);
    case Page::AdverseEvent:
        break;
    }
    return new AdverseEventForm(m_store);
}

void CasebookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasebookView::retranslate()
{
    m_placeholder->setText(tr("Choose a subject in the list to see the casebook."));
    m_subjectButton->setText(tr("Su&bject details"));
    m_consentButton->setText(tr("&Consent"));
    m_eligibilityButton->setText(tr("El&igibility"));
    m_timelineLabel->setText(tr("Visit sched&ule"));
    m_infusionButton->setText(tr("I&nfusion"));
    m_infusionButton->setToolTip(tr("Record the infusion of the selected visit"));
    m_pasiButton->setText(tr("P&ASI"));
    m_pasiButton->setToolTip(tr("Record the PASI assessment of the selected visit"));
    m_aeLabel->setText(tr("Adverse &events"));
    m_deviationsLabel->setText(tr("Protocol &deviations"));
    m_deviations->retranslate();
    m_timeline->retranslate();
    fillHeader();
    fitTimelineColumns();
}

}  // namespace trialcrf
