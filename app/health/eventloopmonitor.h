#pragma once

#include <QObject>
#include <QTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace kiosk {

// Watches the GUI thread's event loop from another thread. A heartbeat timer on the GUI
// thread stamps the time; a watcher thread looks at the stamp every few tens of milliseconds,
// so a blocked GUI thread, which cannot run its own timers, is still seen (and logged) while
// it is blocked. Latency is how late the heartbeat is: the time since the last beat beyond
// the heartbeat's period.
class EventLoopMonitor : public QObject
{
    Q_OBJECT

public:
    // `stallThresholdMs`: a delay this long counts as a stall (stallCount(), a log line).
    // `historyMs`: how far back worstLatencyMs() can look.
    EventLoopMonitor(int heartbeatMs, int stallThresholdMs, int historyMs, QObject *parent = nullptr);
    ~EventLoopMonitor() override;

    // On the GUI thread: starts the heartbeat and the watcher thread.
    void start();
    void stop();
    bool isRunning() const { return m_watcher.joinable(); }

    // Any thread.
    qint64 currentStallMs() const;    // now minus the last heartbeat
    qint64 currentLatencyMs() const;  // currentStallMs() beyond the heartbeat period
    qint64 worstLatencyMs(qint64 windowMs) const; // as the watcher saw it, the last windowMs
    quint64 stallCount() const { return m_stalls.load(); } // stalls of at least the threshold
    int heartbeatMs() const { return m_heartbeatMs; }
    int stallThresholdMs() const { return m_stallThresholdMs; }

    static qint64 nowMs(); // a monotonic clock, the one all of the above use

private:
    void beat();
    void watch();
    void record(qint64 atMs, qint64 latencyMs);

    const int m_heartbeatMs;
    const int m_stallThresholdMs;
    const int m_tickMs;
    QTimer m_heartbeat;
    std::atomic<qint64> m_lastBeatMs{0};
    std::atomic<quint64> m_stalls{0};

    std::thread m_watcher;
    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_stopping = false;

    struct Sample
    {
        qint64 atMs = 0;
        qint64 latencyMs = 0;
    };
    mutable std::mutex m_historyMutex;
    std::vector<Sample> m_history; // a ring, one sample per watcher tick
    size_t m_next = 0;
};

} // namespace kiosk
