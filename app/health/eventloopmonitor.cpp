#include "health/eventloopmonitor.h"

#include <QLoggingCategory>
#include <algorithm>
#include <chrono>

namespace kiosk {

Q_LOGGING_CATEGORY(lcEventLoop, "kiosk.health.eventloop")

EventLoopMonitor::EventLoopMonitor(int heartbeatMs, int stallThresholdMs, int historyMs, QObject *parent)
    : QObject(parent),
      m_heartbeatMs(heartbeatMs),
      m_stallThresholdMs(stallThresholdMs),
      // Fine enough to see a stall well before it reaches the threshold.
      m_tickMs(std::clamp(heartbeatMs / 2, 10, 50)),
      m_history(size_t(std::max(historyMs, 1000) / m_tickMs + 1))
{
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(m_heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &EventLoopMonitor::beat);
}

EventLoopMonitor::~EventLoopMonitor()
{
    stop();
}

qint64 EventLoopMonitor::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void EventLoopMonitor::start()
{
    if (isRunning())
        return;
    m_lastBeatMs = nowMs();
    m_stopping = false;
    m_heartbeat.start();
    m_watcher = std::thread([this] { watch(); });
}

void EventLoopMonitor::stop()
{
    m_heartbeat.stop();
    if (!m_watcher.joinable())
        return;
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopCondition.notify_all();
    m_watcher.join();
}

void EventLoopMonitor::beat()
{
    m_lastBeatMs = nowMs();
}

qint64 EventLoopMonitor::currentStallMs() const
{
    return std::max<qint64>(0, nowMs() - m_lastBeatMs.load());
}

qint64 EventLoopMonitor::currentLatencyMs() const
{
    return std::max<qint64>(0, currentStallMs() - m_heartbeatMs);
}

void EventLoopMonitor::record(qint64 atMs, qint64 latencyMs)
{
    std::lock_guard lock(m_historyMutex);
    m_history[m_next] = {atMs, latencyMs};
    m_next = (m_next + 1) % m_history.size();
}

qint64 EventLoopMonitor::worstLatencyMs(qint64 windowMs) const
{
    const qint64 since = nowMs() - windowMs;
    qint64 worst = 0;
    std::lock_guard lock(m_historyMutex);
    for (const Sample &sample : m_history) {
        if (sample.atMs >= since)
            worst = std::max(worst, sample.latencyMs);
    }
    return worst;
}

// The watcher thread. It touches only atomics, its own ring (under a mutex) and the log.
void EventLoopMonitor::watch()
{
    qint64 stalledBeat = -1; // the beat the current stall started after; -1 when none
    qint64 stallLatency = 0;
    std::unique_lock lock(m_stopMutex);
    while (!m_stopCondition.wait_for(lock, std::chrono::milliseconds(m_tickMs), [this] { return m_stopping; })) {
        const qint64 now = nowMs();
        const qint64 lastBeat = m_lastBeatMs.load();
        const qint64 latency = std::max<qint64>(0, now - lastBeat - m_heartbeatMs);
        record(now, latency);
        if (stalledBeat >= 0 && lastBeat != stalledBeat) {
            qCInfo(lcEventLoop, "GUI event loop running again after a %lld ms stall", qint64(stallLatency));
            stalledBeat = -1;
        }
        if (latency >= m_stallThresholdMs) {
            if (stalledBeat != lastBeat) {
                stalledBeat = lastBeat;
                ++m_stalls;
                qCWarning(lcEventLoop, "GUI event loop blocked for %lld ms", qint64(latency));
            }
            stallLatency = latency;
        }
    }
}

} // namespace kiosk
