// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <optional>

namespace trialcrf {

/// Yes / No / not recorded. Keyboard in either language: Y or 1 for yes, N or 0 for no,
/// Delete for not recorded; the arrow keys step through the three.
class YesNoBox : public QComboBox
{
    Q_OBJECT

public:
    explicit YesNoBox(QWidget *parent = nullptr);

    std::optional<bool> value() const;
    void setValue(const std::optional<bool> &value);

Q_SIGNALS:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

}  // namespace trialcrf
