// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/infusion.h"

#include <QList>
#include <utility>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace trialcrf {

class FieldErrorLabel;
class NumberEdit;
class OptionalTimeEdit;

/// The vital signs of one infusion as a table of fields: one row before, one row for each
/// reading during the infusion (every interval minutes: 15, 30, 45 … rows added as needed),
/// one row after. Rows left blank are not recorded. Each row has its own error line.
class VitalSignsEditor : public QWidget
{
    Q_OBJECT

public:
    struct Row {
        int id = 0;  ///< stable while the row exists; keys its fields ("row3")
        QString phase;
        QLabel *phaseLabel = nullptr;
        QSpinBox *minute = nullptr;  ///< during rows only
        OptionalTimeEdit *time = nullptr;
        NumberEdit *temperature = nullptr, *pulse = nullptr, *respiration = nullptr,
                   *systolic = nullptr, *diastolic = nullptr, *spo2 = nullptr;
        FieldErrorLabel *errors = nullptr;
        bool isBlank() const;
        QList<QWidget *> inputs() const;
        /// The row's inputs by the key of their field in the vital signs' table, in reading
        /// order (the minute only on a row during the infusion).
        QList<std::pair<QString, QWidget *>> fields() const;
    };

    explicit VitalSignsEditor(QWidget *parent = nullptr);
    ~VitalSignsEditor() override;

    /// Minutes between readings during the infusion (the protocol's interval).
    void setInterval(int minutes);
    /// Shows these readings: before first, during by minute, after last; an empty before row,
    /// during row and after row are there to fill in when the list has none.
    void setVitals(const QList<VitalSigns> &vitals);
    /// The rows that are not blank, in table order; `rowKeys` gets "row<id>" of each.
    QList<VitalSigns> vitals(QStringList *rowKeys = nullptr) const;
    const QList<Row> &rows() const { return m_rows; }
    static QString rowKey(int id) { return QStringLiteral("row%1").arg(id); }
    /// Enables the add and remove buttons (the fields are enabled by the form).
    void setEditable(bool editable);
    /// The fields and buttons in reading order, for the form's tab order.
    QList<QWidget *> focusOrder() const;
    /// How often the grid was laid out since construction (setVitals() lays it out once).
    int layoutPasses() const { return m_layoutPasses; }

Q_SIGNALS:
    void rowAdded(int id);
    void rowRemoving(int id);
    /// The user added or removed a row.
    void rowsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    Row makeRow(const QString &phase, std::optional<int> minute);
    void fillRow(Row &row, const VitalSigns &v);
    void addRow(Row row, int index);
    void removeRow(int index);
    /// Tells the form and hides and deletes the row's widgets (the grid is not touched).
    void dropRow(const Row &row);
    void addDuringReading();
    void removeLastDuringReading();
    void relayout();
    void retranslate();
    int nextDuringMinute() const;

    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QList<Row> m_rows;
    int m_nextId = 1;
    int m_interval = 15;
    bool m_editable = true;
    int m_layoutPasses = 0;
};

}  // namespace trialcrf
