// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

namespace trialcrf {

/// Watches the whole application's input (keys, mouse, wheel, touch) and says idle() when none
/// came for the timeout: QSettings "security/idleMinutes", 10 by default (21 CFR Part 11
/// §11.300: a session left alone must not stay open to whoever passes by). The timeout is
/// injectable for tests; 0 minutes in the settings turns the lock off.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    static QString settingsKey() { return QStringLiteral("security/idleMinutes"); }
    static int defaultMinutes() { return 10; }
    /// The minutes from the settings (defaultMinutes() when unset or not a number ≥ 0).
    static int configuredMinutes();

    /// Overrides the timeout (tests); 0 turns the lock off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    /// Counting runs only while active (not while the screen is already locked).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Starts counting again from now, as input does.
    void restart();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
    bool m_active = true;
};

}  // namespace trialcrf
