// SPDX-License-Identifier: Apache-2.0
#include "vitalsignseditor.h"

#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "fieldwidgets.h"
#include "fielderrorlabel.h"
#include "numberedit.h"
#include "optionaltimeedit.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace trialcrf {

namespace {
enum Column {
    PhaseCol, MinuteCol, TimeCol, TempCol, PulseCol, RespCol, SysCol, DiaCol, Spo2Col, Columns
};
/// A generous upper limit for the minute of a reading during an infusion (a whole day).
constexpr int kMaxMinute = 24 * 60;

NumberEdit *numberField(int decimals, const QString &name, QWidget *parent)
{
    auto *edit = new NumberEdit(parent);
    edit->setObjectName(name);
    edit->setDecimals(decimals);
    // Wide enough for "100.0" and a little more in any font; these fields never hold text.
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00000.0")) + 20);
    return edit;
}
}  // namespace

bool VitalSignsEditor::Row::isBlank() const
{
    return time->isEmpty() && temperature->isEmpty() && pulse->isEmpty()
           && respiration->isEmpty() && systolic->isEmpty() && diastolic->isEmpty()
           && spo2->isEmpty();
}

QList<QWidget *> VitalSignsEditor::Row::inputs() const
{
    QList<QWidget *> list;
    if (minute)
        list << minute;
    list << time << temperature << pulse << respiration << systolic << diastolic << spo2;
    return list;
}

QList<std::pair<QString, QWidget *>> VitalSignsEditor::Row::fields() const
{
    QList<std::pair<QString, QWidget *>> list;
    if (minute)
        list.append({QStringLiteral("minute"), minute});
    list.append({QStringLiteral("time"), time});
    list.append({QStringLiteral("temperature_c"), temperature});
    list.append({QStringLiteral("pulse_bpm"), pulse});
    list.append({QStringLiteral("respiration_min"), respiration});
    list.append({QStringLiteral("systolic_mmhg"), systolic});
    list.append({QStringLiteral("diastolic_mmhg"), diastolic});
    list.append({QStringLiteral("spo2_pct"), spo2});
    return list;
}

namespace {

/// A row's inputs as fieldwidgets takes them.
QMultiHash<QString, QWidget *> inputsOf(const VitalSignsEditor::Row &row)
{
    QMultiHash<QString, QWidget *> inputs;
    for (const auto &[key, input] : row.fields())
        inputs.insert(key, input);
    return inputs;
}

}  // namespace

VitalSignsEditor::VitalSignsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    for (int c = 0; c < Columns; ++c) {
        auto *header = new QLabel(this);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_headers << header;
    }
    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addVitalsButton"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeVitalsButton"));
    m_removeButton->setAutoDefault(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &VitalSignsEditor::addDuringReading);
    connect(m_removeButton, &QPushButton::clicked, this,
            &VitalSignsEditor::removeLastDuringReading);
    retranslate();
}

VitalSignsEditor::~VitalSignsEditor() = default;

void VitalSignsEditor::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    relayout();
}

void VitalSignsEditor::setInterval(int minutes)
{
    m_interval = qMax(1, minutes);
    for (Row &r : m_rows) {
        if (r.minute) {
            r.minute->setSingleStep(m_interval);
            r.minute->setMinimum(m_interval);
        }
    }
}

VitalSignsEditor::Row VitalSignsEditor::makeRow(const QString &phase, std::optional<int> minute)
{
    Row r;
    r.id = m_nextId++;
    r.phase = phase;
    const QString prefix = QStringLiteral("vitals_%1_").arg(rowKey(r.id));
    r.phaseLabel = new QLabel(this);
    if (phase == QLatin1String("during")) {
        r.minute = new QSpinBox(this);
        r.minute->setObjectName(prefix + QLatin1String("minute"));
        r.minute->setRange(m_interval, kMaxMinute);
        r.minute->setSingleStep(m_interval);
        r.minute->setValue(minute.value_or(m_interval));
        r.minute->setSuffix(tr(" min"));
    }
    r.time = new OptionalTimeEdit(this);
    r.time->setObjectName(prefix + QLatin1String("time"));
    r.temperature = numberField(1, prefix + QLatin1String("temperature"), this);
    r.pulse = numberField(0, prefix + QLatin1String("pulse"), this);
    r.respiration = numberField(0, prefix + QLatin1String("respiration"), this);
    r.systolic = numberField(0, prefix + QLatin1String("systolic"), this);
    r.diastolic = numberField(0, prefix + QLatin1String("diastolic"), this);
    r.spo2 = numberField(0, prefix + QLatin1String("spo2"), this);
    r.errors = new FieldErrorLabel(this);
    return r;
}

void VitalSignsEditor::fillRow(Row &row, const VitalSigns &v)
{
    fieldwidgets::load(fields::vitalSigns(), v, inputsOf(row));
}

void VitalSignsEditor::addRow(Row row, int index)
{
    m_rows.insert(index, row);
    relayout();
    retranslate();
    emit rowAdded(row.id);
}

void VitalSignsEditor::dropRow(const Row &row)
{
    emit rowRemoving(row.id);
    row.phaseLabel->deleteLater();
    row.errors->deleteLater();
    for (QWidget *w : row.inputs()) {
        w->hide();
        w->deleteLater();
    }
    row.phaseLabel->hide();
    row.errors->hide();
}

void VitalSignsEditor::removeRow(int index)
{
    dropRow(m_rows.at(index));
    m_rows.removeAt(index);
    relayout();
    retranslate();
}

void VitalSignsEditor::setVitals(const QList<VitalSigns> &vitals)
{
    // Every row is built first and the grid laid out once: an infusion with many sets opens
    // in one pass, not one per row.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        dropRow(m_rows.at(i));
    m_rows.clear();

    QList<VitalSigns> before, during, after;
    for (const VitalSigns &v : vitals) {
        if (v.phase == QLatin1String("before"))
            before << v;
        else if (v.phase == QLatin1String("after"))
            after << v;
        else
            during << v;
    }
    std::stable_sort(during.begin(), during.end(), [](const VitalSigns &a, const VitalSigns &b) {
        return a.minute.value_or(0) < b.minute.value_or(0);
    });
    auto place = [this](const QList<VitalSigns> &list, const QString &phase) {
        if (list.isEmpty()) {
            VitalSigns blank;
            blank.phase = phase;
            if (phase == QLatin1String("during"))
                blank.minute = m_interval;
            m_rows << makeRow(phase, blank.minute);
            return;
        }
        for (const VitalSigns &v : list) {
            Row row = makeRow(phase, v.minute);
            fillRow(row, v);
            m_rows << row;
        }
    };
    place(before, QStringLiteral("before"));
    place(during, QStringLiteral("during"));
    place(after, QStringLiteral("after"));
    relayout();
    retranslate();
    for (const Row &r : std::as_const(m_rows))
        emit rowAdded(r.id);
}

QList<VitalSigns> VitalSignsEditor::vitals(QStringList *rowKeys) const
{
    QList<VitalSigns> list;
    if (rowKeys)
        rowKeys->clear();
    for (const Row &r : m_rows) {
        if (r.isBlank())
            continue;
        VitalSigns v;
        v.phase = r.phase;
        fieldwidgets::collect(fields::vitalSigns(), &v, inputsOf(r));
        list << v;
        if (rowKeys)
            *rowKeys << rowKey(r.id);
    }
    return list;
}

int VitalSignsEditor::nextDuringMinute() const
{
    int last = 0;
    for (const Row &r : m_rows) {
        if (r.minute)
            last = qMax(last, r.minute->value());
    }
    return last + m_interval;
}

void VitalSignsEditor::addDuringReading()
{
    // Before the "after" row, i.e. after the last row that is not "after".
    int index = int(m_rows.size());
    while (index > 0 && m_rows.at(index - 1).phase == QLatin1String("after"))
        --index;
    Row row = makeRow(QStringLiteral("during"), nextDuringMinute());
    addRow(row, index);
    row.time->setFocus(Qt::OtherFocusReason);
    emit rowsChanged();
}

void VitalSignsEditor::removeLastDuringReading()
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).phase == QLatin1String("during")) {
            removeRow(i);
            emit rowsChanged();
            return;
        }
    }
}

void VitalSignsEditor::relayout()
{
    ++m_layoutPasses;
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int c = 0; c < Columns; ++c)
        m_grid->addWidget(m_headers.at(c), 0, c);
    int gridRow = 1;
    for (const Row &r : std::as_const(m_rows)) {
        m_grid->addWidget(r.phaseLabel, gridRow, PhaseCol);
        if (r.minute)
            m_grid->addWidget(r.minute, gridRow, MinuteCol);
        m_grid->addWidget(r.time, gridRow, TimeCol);
        m_grid->addWidget(r.temperature, gridRow, TempCol);
        m_grid->addWidget(r.pulse, gridRow, PulseCol);
        m_grid->addWidget(r.respiration, gridRow, RespCol);
        m_grid->addWidget(r.systolic, gridRow, SysCol);
        m_grid->addWidget(r.diastolic, gridRow, DiaCol);
        m_grid->addWidget(r.spo2, gridRow, Spo2Col);
        m_grid->addWidget(r.errors, gridRow + 1, 0, 1, Columns);
        // Shown now, not when the layout gets round to it: Enter and Tab skip hidden fields.
        r.phaseLabel->show();
        for (QWidget *w : r.inputs())
            w->show();
        gridRow += 2;
    }
    m_grid->setColumnStretch(Columns, 1);
    bool anyDuring = false;
    for (const Row &r : std::as_const(m_rows))
        anyDuring = anyDuring || r.phase == QLatin1String("during");
    m_addButton->setEnabled(m_editable);
    m_removeButton->setEnabled(anyDuring && m_editable);
}

QList<QWidget *> VitalSignsEditor::focusOrder() const
{
    QList<QWidget *> order;
    for (const Row &r : m_rows)
        order << r.inputs();
    order << m_addButton << m_removeButton;
    return order;
}

void VitalSignsEditor::retranslate()
{
    const QStringList headers{tr("Reading"),           tr("Minute"),
                              tr("Time"),              tr("Temperature (°C)"),
                              tr("Pulse (/min)"),      tr("Respiration (/min)"),
                              tr("Systolic (mmHg)"),   tr("Diastolic (mmHg)"),
                              tr("SpO2 (%)")};
    for (int c = 0; c < Columns; ++c)
        m_headers.at(c)->setText(headers.at(c));
    for (const Row &r : std::as_const(m_rows)) {
        r.phaseLabel->setText(CodeLabels::vitalPhase(r.phase));
        if (r.minute)
            r.minute->setSuffix(tr(" min"));
        r.time->setToolTip(tr("Time of the reading, hh:mm"));
    }
    m_addButton->setText(tr("Add a reading d&uring the infusion"));
    m_removeButton->setText(tr("Re&move the last reading during the infusion"));
}

void VitalSignsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace trialcrf
