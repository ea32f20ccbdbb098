// SPDX-License-Identifier: Apache-2.0
#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace trialcrf {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            Q_EMIT idle();
    });
    setTimeout(configuredMinutes() * 60 * 1000);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

int IdleLock::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(settingsKey(), defaultMinutes()).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultMinutes();
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeout = qMax(0, milliseconds);
    restart();
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    restart();
}

void IdleLock::restart()
{
    if (m_active && m_timeout > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Each input event reaches the filter once per object it propagates through: a
        // timer restart is cheap, so no need to tell them apart.
        if (m_active && m_timeout > 0)
            m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace trialcrf
