// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

namespace trialcrf {

/// Makes Enter move to the next field in tab order, as on a paper form, instead of
/// triggering a dialog's default button. A barcode scanner that types the lot number and
/// sends Enter therefore lands on the next field. Multi-line text and buttons keep Enter.
/// Also tells its owner when a field loses focus, so errors of a visited field can be shown.
class EnterKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit EnterKeyFilter(QObject *parent = nullptr);

    /// Installs the filter on the field (and nothing else).
    void watch(QWidget *field);
    /// Gives focus to the next enabled field after `field` in tab order.
    static void moveOn(QWidget *field);

Q_SIGNALS:
    void fieldLeft(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace trialcrf
