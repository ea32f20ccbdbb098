// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QApplication>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace trialcrf::guitest {

/// Types on each modal dialog as it comes, one step per dialog: it waits until the active
/// modal widget inherits the class the next step names and is a new one (not the one it last
/// acted on), makes it active, then runs the step on it.
class ModalTypist : public QObject {
public:
    using Step = std::function<void(QWidget *)>;
    ModalTypist()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    /// `className` as QObject::inherits() takes it ("QMessageBox", "trialcrf::LoginDialog").
    void expect(const char *className, Step step) { m_steps.append({className, std::move(step)}); }
    bool finished() const { return m_steps.isEmpty(); }

private:
    void poll()
    {
        if (m_steps.isEmpty() || m_busy)
            return;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_last
            || !modal->inherits(m_steps.first().first))
            return;
        m_busy = true;
        m_last = modal;
        QApplication::setActiveWindow(modal);
        if (!QTest::qWaitForWindowActive(modal))
            qWarning("the dialog did not become active");
        const Step step = m_steps.takeFirst().second;
        step(modal);
        m_busy = false;
    }

    QList<QPair<const char *, Step>> m_steps;
    QPointer<QWidget> m_last;
    QTimer m_timer;
    bool m_busy = false;
};

}  // namespace trialcrf::guitest
