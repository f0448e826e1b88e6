#pragma once

// Header only, so that kiosk_testsupport does not link kiosk_health: for tests that do.
#include "health/eventloopmonitor.h"
#include "health/notifier.h"

#include <QList>
#include <mutex>

namespace kiosk::test {

// Records what would have gone to systemd, with the monotonic time of each message.
class FakeNotifier : public Notifier
{
public:
    struct Message
    {
        qint64 atMs;
        QByteArray state;
    };

    explicit FakeNotifier(std::chrono::microseconds interval) : m_interval(interval) {}

    std::chrono::microseconds watchdogInterval() const override { return m_interval; }
    bool notify(const QByteArray &state) override
    {
        std::lock_guard lock(m_mutex);
        m_messages.append({EventLoopMonitor::nowMs(), state});
        return true;
    }

    QList<Message> messages() const
    {
        std::lock_guard lock(m_mutex);
        return m_messages;
    }
    // When each WATCHDOG=1 went out.
    QList<qint64> pings() const
    {
        QList<qint64> times;
        for (const Message &m : messages()) {
            if (m.state == "WATCHDOG=1")
                times.append(m.atMs);
        }
        return times;
    }
    bool sent(const QByteArray &state) const
    {
        for (const Message &m : messages()) {
            if (m.state == state)
                return true;
        }
        return false;
    }

private:
    std::chrono::microseconds m_interval;
    mutable std::mutex m_mutex;
    QList<Message> m_messages;
};

} // namespace kiosk::test
