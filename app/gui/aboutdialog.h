// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace trialcrf {

class StudyStore;

/// Help → About: the app's version, the protocol it enforces (registry id, sponsor's id and
/// the protocol file's fingerprint), the open database's schema version, and the licences of
/// trialcrf, Qt (its own About Qt box), SQLite and libsodium.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const StudyStore &store, QWidget *parent = nullptr);

    /// The text shown, as plain text (for tests).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const StudyStore &m_store;
    QLabel *m_text = nullptr;
    QPushButton *m_aboutQt = nullptr;
    QPushButton *m_close = nullptr;
};

}  // namespace trialcrf
