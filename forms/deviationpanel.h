// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QHash>
#include <QMap>
#include <QSet>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace trialcrf {

/// The soft checks of a page as they are typed: each protocol deviation the data shows
/// (rules::detectDeviations) with its label and a field for its reason. Saving is never
/// refused for them: a deviation saved without a reason is listed as "reason missing" in the
/// deviation log, where the reason can be given later. Hidden while there is none.
class DeviationPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit DeviationPanel(QWidget *parent = nullptr);

    /// The kinds to show, in order. Kinds in `reasonElsewhere` get no field here (the dose's
    /// reason has its own field on the infusion page). Typed reasons survive a kind that goes
    /// and comes back.
    void setKinds(const QStringList &kinds, const QSet<QString> &reasonElsewhere = {});
    QStringList kinds() const { return m_kinds; }
    /// Reasons of the kinds shown (trimmed; empty ones left out).
    QMap<QString, QString> reasons() const;
    /// Loads saved reasons (open a page); clears the rest.
    void setReasons(const QMap<QString, QString> &reasons);
    void setEditable(bool editable);
    /// The reason field of a kind (nullptr when not shown), for tests and tab order.
    QLineEdit *reasonEdit(const QString &kind) const;
    /// Puts the reason fields shown into the tab order right after `before`, in the order
    /// shown (the panel's fields are made after the page's, so Tab would reach them last);
    /// returns the last of them, or `before` when none is shown.
    QWidget *placeInTabOrder(QWidget *before);
    /// The reason fields shown, in order.
    QList<QLineEdit *> reasonEdits() const;
    /// "1 protocol deviation will be recorded (1 without a reason)."; empty when none.
    QString summary() const;

signals:
    void reasonEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
    };
    Row &row(const QString &kind);
    void relayout();
    void retranslate();

    QGridLayout *m_grid = nullptr;
    QLabel *m_note = nullptr;
    QStringList m_kinds;
    QSet<QString> m_elsewhere;
    QHash<QString, Row> m_rows;
    bool m_editable = true;
};

}  // namespace trialcrf
