// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <functional>

namespace trialcrf {

/// A choice among stored codes, each shown by its translated label (relabelled on a language
/// change). An optional first entry "—" stands for "not recorded" (the empty code).
/// Keyboard: digit N picks the N-th code, Delete picks "not recorded".
class CodeComboBox : public QComboBox
{
    Q_OBJECT

public:
    using Labeler = std::function<QString(const QString &)>;

    explicit CodeComboBox(QWidget *parent = nullptr);

    void setCodes(const QStringList &codes, Labeler labeler, bool allowNotRecorded = true);
    QStringList codes() const { return m_codes; }
    QString code() const;
    /// Selects the code; an unknown code (data from elsewhere) is added so it is never lost.
    void setCode(const QString &code);

Q_SIGNALS:
    void codeChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    QStringList m_codes;
    Labeler m_labeler;
    bool m_allowNotRecorded = true;
};

}  // namespace trialcrf
