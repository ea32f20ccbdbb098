// SPDX-License-Identifier: Apache-2.0
#include "fieldmonitor.h"

#include "crfform.h"
#include "labels/monitoringlabels.h"
#include "palette.h"
#include "querythreaddialog.h"
#include "storage/studystore.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <utility>

namespace trialcrf {

namespace {

constexpr int kMarker = 18;

/// The latest query of a field (not closed first), or null.
const Query *latest(const QList<Query> &queries, const QString &key)
{
    const Query *found = nullptr;
    for (const Query &q : queries) {
        if (q.ref.field != key)
            continue;
        if (!found || q.isOpen() || !found->isOpen())
            found = &q;
    }
    return found;
}

}  // namespace

FieldMonitor::FieldMonitor(CrfForm *form, StudyStore &store, const Session &session)
    : QObject(form), m_form(form), m_store(store), m_session(session), m_queries(store)
{
    for (const QString &key : form->fieldKeys()) {
        if (QWidget *input = form->fieldInput(key)) {
            input->installEventFilter(this);
            // A disabled input's right-click reaches its parent.
            if (input->parentWidget())
                input->parentWidget()->installEventFilter(this);
        }
    }
    m_pageMarker = new QPushButton(form);
    m_pageMarker->setObjectName(QStringLiteral("pageQueryMarker"));
    m_pageMarker->setAutoDefault(false);
    m_pageMarker->hide();
    connect(m_pageMarker, &QPushButton::clicked, this, [this] { openField(QString()); });
    form->addFooterWidget(m_pageMarker);
    form->setReasonPreset([this](const QList<FieldChange> &changes) { return reasonFor(changes); });
    connect(form, &CrfForm::saved, this, [this] {
        // After save() has returned: the thread is a dialog of its own.
        if (!m_answeredBySave.isEmpty())
            QTimer::singleShot(0, this, &FieldMonitor::answerSavedChanges);
    });
    refresh();
}

QString FieldMonitor::reasonFor(const QList<FieldChange> &changes)
{
    m_answeredBySave.clear();
    if (!m_form || !m_session.may(Action::AnswerQuery))
        return {};
    for (const Query &q : std::as_const(m_pageQueries)) {
        if (q.state != QueryStore::stateOpen() && q.state != QueryStore::stateAnswered())
            continue;
        QString column;
        if (const auto f = monitoredfields::field(m_store.protocol(), m_form->casebook(), q.ref))
            column = f->column;
        for (const FieldChange &c : changes) {
            if (q.ref.isPage() || c.column == column) {
                m_answeredBySave << q.id;
                break;
            }
        }
    }
    return m_answeredBySave.isEmpty() ? QString() : QStringLiteral("data_clarification");
}

void FieldMonitor::answerSavedChanges()
{
    const QList<qint64> ids = std::exchange(m_answeredBySave, {});
    refresh();
    for (qint64 id : ids) {
        const auto q = std::find_if(m_pageQueries.cbegin(), m_pageQueries.cend(),
                                    [id](const Query &query) { return query.id == id; });
        if (q == m_pageQueries.cend() || !m_form)
            continue;
        const FieldRef ref = q->ref;
        QueryThreadDialog dialog(m_queries, m_session, ref, id, m_form);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT queriesChanged();
    }
    refresh();
}

void FieldMonitor::refresh()
{
    if (!m_form)
        return;
    const FieldRef page = m_form->pageRef();
    m_pageQueries.clear();
    if (const auto all = m_queries.subjectQueries(m_session, page.subjectId)) {
        for (const Query &q : *all) {
            if (q.ref.samePage(page))
                m_pageQueries << q;
        }
    }
    m_marks.clear();
    if (const auto marks = SdvStore(m_store).marks(m_form->casebook())) {
        for (const SdvMark &m : *marks) {
            if (m.ref.samePage(page))
                m_marks << m;
        }
    }
    for (const QString &key : m_form->fieldKeys()) {
        const Query *q = latest(m_pageQueries, key);
        if (q && q->isOpen())
            marker(m_queryMarkers, key);
        else if (QToolButton *b = m_queryMarkers.take(key))
            b->deleteLater();
        if (SdvStore::markOf(m_marks, FieldRef{page.subjectId, page.table, page.recordKey, key}))
            marker(m_sdvMarkers, key);
        else if (QToolButton *b = m_sdvMarkers.take(key))
            b->deleteLater();
        if (QWidget *input = m_form->fieldInput(key))
            place(input);
    }
    const Query *pageQuery = latest(m_pageQueries, QString());
    m_pageMarker->setVisible(pageQuery && pageQuery->isOpen());
    retranslate();
}

QToolButton *FieldMonitor::marker(QHash<QString, QToolButton *> &markers, const QString &key)
{
    if (QToolButton *b = markers.value(key))
        return b;
    QWidget *input = m_form->fieldInput(key);
    // A sibling of the input, not its child: a read-only page disables its inputs, and the
    // marker must still be clicked and reached by Tab.
    auto *b = new QToolButton(input->parentWidget());
    b->setCursor(Qt::PointingHandCursor);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    b->setFixedSize(kMarker, kMarker);
    b->show();
    if (&markers == &m_queryMarkers) {
        b->setObjectName(QStringLiteral("queryMarker_") + key);
        connect(b, &QToolButton::clicked, this, [this, key] { openField(key); });
    } else {
        b->setObjectName(QStringLiteral("sdvMarker_") + key);
    }
    markers.insert(key, b);
    return b;
}

void FieldMonitor::place(QWidget *input)
{
    const QString key = m_form->fieldKeyAt(input);
    const QRect at = input->geometry();
    int right = at.right() - 1;
    int used = 0;
    for (QToolButton *b : {m_queryMarkers.value(key), m_sdvMarkers.value(key)}) {
        if (!b)
            continue;
        right -= kMarker;
        b->move(right, at.top() + qMax(0, (at.height() - kMarker) / 2));
        b->raise();
        used += kMarker;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->setTextMargins(0, 0, used, 0);
}

void FieldMonitor::retranslate()
{
    const FieldRef page = m_form->pageRef();
    if (const Query *q = latest(m_pageQueries, QString())) {
        m_pageMarker->setText(tr("Query on this page: %1").arg(MonitoringLabels::queryState(q->state)));
        m_pageMarker->setStyleSheet(Palette::textStyle(
            q->state == QueryStore::stateAnswered() ? Palette::notice() : Palette::error(), true));
        m_pageMarker->setToolTip(q->messages.isEmpty() ? QString() : q->messages.last().text);
    }
    for (auto it = m_queryMarkers.cbegin(); it != m_queryMarkers.cend(); ++it) {
        const Query *q = latest(m_pageQueries, it.key());
        if (!q)
            continue;
        const bool answered = q->state == QueryStore::stateAnswered();
        it.value()->setText(answered ? QStringLiteral("!") : QStringLiteral("?"));
        it.value()->setStyleSheet(Palette::textStyle(answered ? Palette::notice() : Palette::error(),
                                                     true));
        const QString tip = tr("Query %1: %2 (click or Space to open the thread)")
                                .arg(MonitoringLabels::queryState(q->state),
                                     q->messages.isEmpty() ? QString() : q->messages.last().text);
        it.value()->setToolTip(tip);
        it.value()->setAccessibleName(tr("Query %1").arg(MonitoringLabels::queryState(q->state)));
    }
    for (auto it = m_sdvMarkers.cbegin(); it != m_sdvMarkers.cend(); ++it) {
        const SdvMark *m =
            SdvStore::markOf(m_marks, FieldRef{page.subjectId, page.table, page.recordKey, it.key()});
        if (!m)
            continue;
        const bool broken = m->status == SdvMark::Status::Broken;
        it.value()->setText(broken ? QStringLiteral("≠") : QStringLiteral("✓"));
        it.value()->setStyleSheet(Palette::textStyle(broken ? Palette::error() : Palette::ok(), true));
        const QString tip = broken ? tr("Changed since verified by %1 on %2")
                                   : tr("Verified against the source by %1 on %2");
        it.value()->setToolTip(tip.arg(m->byUser, QLocale().toString(m->atUtc.toLocalTime(),
                                                                     QLocale::ShortFormat)));
        it.value()->setAccessibleName(broken ? tr("Changed since verified") : tr("Verified"));
    }
}

bool FieldMonitor::queryFocusedField()
{
    if (!m_form)
        return false;
    QString key = m_form->fieldKeyAt(QApplication::focusWidget());
    if (key.isEmpty()) {
        // A read-only page (a monitor's) has no field to focus: choose one by its label.
        const FieldRef page = m_form->pageRef();
        QStringList labels{tr("The whole page")}, keys{QString()};
        for (const QString &k : m_form->fieldKeys()) {
            if (!monitoredfields::isField(m_store.protocol(), page.table, k))
                continue;
            keys << k;
            labels << MonitoringLabels::field(FieldRef{page.subjectId, page.table, page.recordKey, k});
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_form, tr("Query on a field"),
                                                     tr("&Field:"), labels, 1, false, &ok);
        if (!ok || !labels.contains(chosen))
            return false;
        key = keys.at(labels.indexOf(chosen));
    }
    openField(key);
    return true;
}

void FieldMonitor::openField(const QString &key)
{
    FieldRef ref = m_form->pageRef();
    ref.field = key;
    const Query *q = latest(m_pageQueries, key);
    if (!q && !m_session.may(Action::RaiseQuery))
        return;
    QueryThreadDialog dialog(m_queries, m_session, ref, q ? q->id : 0, m_form);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT queriesChanged();
    }
}

void FieldMonitor::contextMenu(QWidget *input, const QPoint &globalPos)
{
    const QString key = m_form->fieldKeyAt(input);
    auto *edit = qobject_cast<QLineEdit *>(input);
    QMenu *menu = edit ? edit->createStandardContextMenu() : new QMenu(input);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!menu->isEmpty())
        menu->addSeparator();
    const Query *q = latest(m_pageQueries, key);
    QAction *query = menu->addAction(q ? tr("Open the query…") : tr("Raise a query…"));
    query->setEnabled(q || m_session.may(Action::RaiseQuery));
    connect(query, &QAction::triggered, this, [this, key] { openField(key); });
    if (m_session.may(Action::VerifySource)) {
        FieldRef ref = m_form->pageRef();
        ref.field = key;
        const SdvMark *mark = SdvStore::markOf(m_marks, ref);
        QAction *verify = menu->addAction(mark && mark->status == SdvMark::Status::Valid
                                              ? tr("Take back the verification")
                                              : tr("Mark verified against the source"));
        const bool unmark = mark && mark->status == SdvMark::Status::Valid;
        connect(verify, &QAction::triggered, this, [this, ref, unmark] {
            SdvStore sdv(m_store);
            if (unmark)
                sdv.unmark(m_session, ref);
            else
                sdv.mark(m_session, ref);
            refresh();
            Q_EMIT queriesChanged();
        });
    }
    menu->popup(globalPos);
}

bool FieldMonitor::eventFilter(QObject *watched, QEvent *event)
{
    auto *input = qobject_cast<QWidget *>(watched);
    if (input && m_form) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::Show:
            if (!m_form->fieldKeyAt(input).isEmpty())
                place(input);
            break;
        case QEvent::ContextMenu: {
            const auto *e = static_cast<QContextMenuEvent *>(event);
            QWidget *target = m_form->fieldKeyAt(input).isEmpty() ? input->childAt(e->pos())
                                                                   : input;
            if (!target || m_form->fieldKeyAt(target).isEmpty())
                break;
            contextMenu(target, e->globalPos());
            return true;
        }
        case QEvent::LanguageChange:
            retranslate();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace trialcrf
