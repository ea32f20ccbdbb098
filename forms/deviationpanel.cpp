// SPDX-License-Identifier: Apache-2.0
#include "deviationpanel.h"

#include "labels/codelabels.h"
#include "palette.h"
#include "rules/deviations.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trialcrf {

namespace {
const QString kWarnStyle = Palette::textStyle(Palette::error(), true);
constexpr int kReasonMaxLength = 500;
}  // namespace

DeviationPanel::DeviationPanel(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("deviationPanel"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(Palette::textStyle(Palette::note()));
    layout->addWidget(m_note);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    retranslate();
    setVisible(false);
}

DeviationPanel::Row &DeviationPanel::row(const QString &kind)
{
    auto it = m_rows.find(kind);
    if (it != m_rows.end())
        return *it;
    Row r;
    r.label = new QLabel(this);
    r.label->setStyleSheet(kWarnStyle);
    r.label->setWordWrap(true);
    r.edit = new QLineEdit(this);
    r.edit->setObjectName(QStringLiteral("deviationReason_") + kind);
    r.edit->setMaxLength(kReasonMaxLength);
    r.label->setBuddy(r.edit);
    connect(r.edit, &QLineEdit::textEdited, this, &DeviationPanel::reasonEdited);
    return *m_rows.insert(kind, r);
}

void DeviationPanel::setKinds(const QStringList &kinds, const QSet<QString> &reasonElsewhere)
{
    if (kinds == m_kinds && reasonElsewhere == m_elsewhere)
        return;
    m_kinds = kinds;
    m_elsewhere = reasonElsewhere;
    relayout();
}

void DeviationPanel::relayout()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        m_grid->removeWidget(it->label);
        m_grid->removeWidget(it->edit);
        it->label->hide();
        it->edit->hide();
    }
    int line = 0;
    for (const QString &kind : std::as_const(m_kinds)) {
        Row &r = row(kind);
        m_grid->addWidget(r.label, line, 0);
        r.label->show();
        if (!m_elsewhere.contains(kind)) {
            m_grid->addWidget(r.edit, line, 1);
            r.edit->show();
            r.edit->setEnabled(m_editable);
        }
        ++line;
    }
    retranslate();
    setVisible(!m_kinds.isEmpty());
}

QMap<QString, QString> DeviationPanel::reasons() const
{
    QMap<QString, QString> out;
    for (const QString &kind : m_kinds) {
        if (m_elsewhere.contains(kind))
            continue;
        const auto it = m_rows.constFind(kind);
        if (it == m_rows.constEnd())
            continue;
        const QString text = it->edit->text().trimmed();
        if (!text.isEmpty())
            out.insert(kind, text);
    }
    return out;
}

void DeviationPanel::setReasons(const QMap<QString, QString> &reasons)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        it->edit->setText(reasons.value(it.key()));
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        row(it.key()).edit->setText(it.value());
    relayout();
}

void DeviationPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &r : std::as_const(m_rows))
        r.edit->setEnabled(editable);
}

QLineEdit *DeviationPanel::reasonEdit(const QString &kind) const
{
    if (!m_kinds.contains(kind) || m_elsewhere.contains(kind))
        return nullptr;
    const auto it = m_rows.constFind(kind);
    return it == m_rows.constEnd() ? nullptr : it->edit;
}

QWidget *DeviationPanel::placeInTabOrder(QWidget *before)
{
    QWidget *previous = before;
    for (QLineEdit *edit : reasonEdits()) {
        QWidget::setTabOrder(previous, edit);
        previous = edit;
    }
    return previous;
}

QList<QLineEdit *> DeviationPanel::reasonEdits() const
{
    QList<QLineEdit *> edits;
    for (const QString &kind : m_kinds) {
        if (QLineEdit *edit = reasonEdit(kind))
            edits << edit;
    }
    return edits;
}

QString DeviationPanel::summary() const
{
    if (m_kinds.isEmpty())
        return {};
    int missing = 0;
    const QMap<QString, QString> given = reasons();
    for (const QString &kind : m_kinds) {
        if (!m_elsewhere.contains(kind) && !given.contains(kind))
            ++missing;
    }
    const QString recorded = tr("Protocol deviations to record: %n.", "", int(m_kinds.size()));
    if (missing == 0)
        return recorded;
    return recorded + QLatin1Char(' ')
        + tr("Without a reason: %n (it can be given later in the deviation log).", "", missing);
}

void DeviationPanel::retranslate()
{
    setTitle(tr("Protocol deviations"));
    m_note->setText(tr("What the protocol does not want but happened is saved as it happened "
                       "and flagged as a protocol deviation. Give the reason now, or later in "
                       "the deviation log."));
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        QString text = CodeLabels::deviationKind(it.key());
        if (m_elsewhere.contains(it.key()))
            text += QStringLiteral(" — ") + tr("the reason goes in its field above");
        it->label->setText(text);
        it->edit->setPlaceholderText(tr("Reason for this deviation"));
    }
}

void DeviationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

}  // namespace trialcrf
