#include "health/watchdognotifier.h"

#include "health/eventloopmonitor.h"

#include <QLoggingCategory>

namespace kiosk {

Q_LOGGING_CATEGORY(lcWatchdog, "kiosk.health.watchdog")

WatchdogNotifier::WatchdogNotifier(std::unique_ptr<Notifier> notifier, const EventLoopMonitor *loop,
                                   QObject *parent)
    : QObject(parent), m_notifier(std::move(notifier)), m_loop(loop)
{
    const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(m_notifier->watchdogInterval());
    m_intervalMs = int(std::max<qint64>(0, interval.count() / 2));
    if (interval.count() > 0 && m_intervalMs == 0)
        m_intervalMs = 1;
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WatchdogNotifier::ping);
}

void WatchdogNotifier::start()
{
    if (!isEnabled() || m_timer.isActive())
        return;
    m_stallsSeen = m_loop->stallCount();
    m_timer.start(m_intervalMs);
    ping();
}

void WatchdogNotifier::notifyReady()
{
    m_notifier->notify("READY=1");
}

void WatchdogNotifier::setStatus(const QString &text)
{
    m_notifier->notify("STATUS=" + text.simplified().toUtf8());
}

void WatchdogNotifier::ping()
{
    // Each stall the watcher counted since the last ping costs this ping; so does a
    // heartbeat that is late right now.
    const quint64 stalls = m_loop->stallCount();
    const qint64 latency = m_loop->currentLatencyMs();
    const bool stalled = stalls != m_stallsSeen || latency >= m_loop->stallThresholdMs();
    m_stallsSeen = stalls;
    if (stalled) {
        ++m_skipped;
        qCWarning(lcWatchdog, "watchdog ping skipped: the GUI event loop stalled since the last one");
        emit pingSkipped(std::max(latency, m_loop->worstLatencyMs(m_intervalMs * 2)));
        return;
    }
    m_notifier->notify("WATCHDOG=1");
    ++m_pings;
    emit pinged();
}

} // namespace kiosk
