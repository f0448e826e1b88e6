#pragma once

#include "health/notifier.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace kiosk {

class EventLoopMonitor;

// Tells systemd the kiosk is up (READY=1), what it is doing (STATUS=...), and that it is
// alive (WATCHDOG=1). The pings go out from the GUI thread's own timer, at half the period
// systemd asked for, so a frozen screen stops them by itself; a loop that runs but stalled
// for the event-loop monitor's threshold since the last ping skips one too, so a screen that
// keeps freezing is restarted as well. Without a systemd watchdog it never pings.
class WatchdogNotifier : public QObject
{
    Q_OBJECT

public:
    WatchdogNotifier(std::unique_ptr<Notifier> notifier, const EventLoopMonitor *loop,
                     QObject *parent = nullptr);

    void start();                     // begins the pings if systemd asked for a watchdog
    bool isEnabled() const { return m_intervalMs > 0; }
    int pingIntervalMs() const { return m_intervalMs; }
    int pings() const { return m_pings; }
    int skippedPings() const { return m_skipped; }

public slots:
    void notifyReady();               // the first frame is on screen
    void setStatus(const QString &text);

signals:
    void pinged();
    void pingSkipped(qint64 stallMs);

private:
    void ping();

    std::unique_ptr<Notifier> m_notifier;
    const EventLoopMonitor *m_loop;
    QTimer m_timer;
    int m_intervalMs = 0;
    int m_pings = 0;
    int m_skipped = 0;
    quint64 m_stallsSeen = 0;
};

} // namespace kiosk
