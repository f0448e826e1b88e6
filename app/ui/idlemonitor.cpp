#include "ui/idlemonitor.h"

#include "ui/assign.h"

#include <QCoreApplication>
#include <QEvent>

namespace kiosk {

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(60000);
    m_tickTimer.setInterval(250);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleMonitor::startWarning);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleMonitor::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    setWarning(false);
    m_tickTimer.stop();
    if (m_active)
        m_idleTimer.start();
    else
        m_idleTimer.stop();
    emit activeChanged();
}

int IdleMonitor::secondsLeft() const
{
    if (!m_warning)
        return 0;
    const qint64 leftMs = m_warningMs - m_warningClock.elapsed();
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void IdleMonitor::setIdleTimeoutMs(int ms)
{
    if (ms <= 0 || ms == m_idleTimeoutMs)
        return;
    m_idleTimeoutMs = ms;
    applyTimeout();
}

void IdleMonitor::setExtendedTime(bool extended)
{
    if (extended == m_extendedTime)
        return;
    m_extendedTime = extended;
    applyTimeout();
}

void IdleMonitor::applyTimeout()
{
    m_idleTimer.setInterval(m_extendedTime ? 2 * m_idleTimeoutMs : m_idleTimeoutMs);
    if (m_active && !m_warning)
        m_idleTimer.start();
    emit timingChanged();
}

void IdleMonitor::setWarningMs(int ms)
{
    if (ms <= 0 || ms == m_warningMs)
        return;
    m_warningMs = ms;
    emit timingChanged();
}

void IdleMonitor::poke()
{
    if (m_active && !m_warning)
        m_idleTimer.start();
}

void IdleMonitor::stillHere()
{
    if (!m_warning)
        return;
    setWarning(false);
    m_tickTimer.stop();
    if (m_active)
        m_idleTimer.start();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::startWarning()
{
    if (!m_active)
        return;
    m_warningClock.start();
    m_lastSecondsLeft = -1;
    setWarning(true);
    m_tickTimer.start();
    tick();
}

void IdleMonitor::tick()
{
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        emit secondsLeftChanged();
    }
    if (m_warningClock.elapsed() >= m_warningMs) {
        m_tickTimer.stop();
        setWarning(false);
        emit expired();
    }
}

void IdleMonitor::setWarning(bool warning)
{
    if (!assignIfChanged(m_warning, warning))
        return;
    emit warningChanged();
    emit secondsLeftChanged();
}

} // namespace kiosk
