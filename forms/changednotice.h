// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace trialcrf {

/// The notice above a CRF page that someone else saved the page meanwhile: who (user name
/// and role), when, and what that means for what is typed here. Never takes the keyboard
/// focus.
///
/// Reloaded: the page had no unsaved entries and shows the saved data now.
/// Conflict: the page has entries that are not saved; they stay until the person clicks
/// "Show saved data" (discardRequested()), because saving them is refused as stale. That
/// button is the notice's, shown while it is, but the page puts it in its footer beside Save,
/// where the page's actions are; the notice's text stays short so the page keeps its room.
class ChangedNotice : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Reloaded, Conflict };

    explicit ChangedNotice(QWidget *parent = nullptr);

    /// `roleCode` may be empty (unknown), `atUtc` invalid (not known).
    void showChange(Kind kind, const QString &userName, const QString &roleCode,
                    const QDateTime &atUtc);
    Kind kind() const { return m_kind; }
    /// The notice as shown, in the current language.
    QString text() const;
    QPushButton *discardButton() const { return m_discard; }
    /// Shows or hides the button with the notice.
    void setVisible(bool visible) override;
    /// As tall as the text is at the notice's width.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// "Show saved data": the person gives up what is typed here.
    void discardRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_discard = nullptr;
    Kind m_kind = Kind::Reloaded;
    QString m_userName;
    QString m_roleCode;
    QDateTime m_atUtc;
};

}  // namespace trialcrf
