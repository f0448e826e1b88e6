#pragma once

#include "config/healthsettings.h"
#include "health/healthcheck.h"
#include "health/healthinputs.h"
#include "health/healthserver.h"
#include "storage/retentionpurge.h"
#include "health/histogram.h"
#include "health/outboxlisting.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

namespace kiosk {

class EventLoopMonitor;
class HealthProbe;
class HealthServer;
class Notifier;
class WatchdogNotifier;

// The kiosk's health, in one object on the GUI thread. It owns the event-loop monitor and its
// watcher thread, the probe thread (outbox, SQLite integrity, disk, memory), the systemd
// watchdog and the loopback listener, and re-evaluates the checks every refresh interval, so
// /healthz and /metrics only hand out the last result. Whatever it cannot see for itself (the
// backend, sync, the config) the kiosk reports through the slots below.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    // `databasePath`: the kiosk's SQLite file, opened read-only here; its folder is the data
    // directory whose free space is checked. `notifier`: systemd's unless a test brings one.
    HealthMonitor(HealthSettings settings, QString databasePath, QObject *parent = nullptr);
    HealthMonitor(HealthSettings settings, QString databasePath, std::unique_ptr<Notifier> notifier,
                  QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Starts everything. False (with `error`) when the listener cannot bind; the checks and
    // the watchdog run regardless, and the kiosk should log it and keep selling.
    bool start(QString *error = nullptr);
    // The full quick_check at start waits for notifyReady() (the first frame), or `fallbackMs`
    // when no frame comes; without this call it runs at once. Call before start().
    void deferFirstIntegrityCheck(int fallbackMs);
    // The probe reads the clock's synchronisation through `reader` (tests: a fake answer).
    // Call before start().
    void setClockReader(ClockSyncReader reader);

    quint16 httpPort() const;                 // the port bound (useful with listen_port 0)
    const HealthSettings &settings() const { return m_settings; }
    const HealthReport &report() const { return m_report; }
    QByteArray healthJson() const { return m_healthJson; }
    QByteArray metricsText() const { return m_metrics; }
    const EventLoopMonitor &eventLoop() const { return *m_eventLoop; }
    const WatchdogNotifier &watchdog() const { return *m_watchdog; }

    // The kiosk's side of the listener's staff endpoints (see HealthServer), called on this
    // (the GUI) thread; each endpoint answers 503 until its handler is set.
    // POST /sync: the kiosk's "sync now".
    void setSyncRequestHandler(std::function<void()> handler);
    // GET /outbox and POST /outbox/<seq>/retry; outboxListHandler(db) and
    // outboxRetryHandler(db, ...) make them on the kiosk's GUI-thread connection.
    void setOutboxListHandler(OutboxListHandler handler);
    void setOutboxRetryHandler(OutboxRetryHandler handler);
    // The staff endpoints' credential (503 without one) and their audit (HealthServer).
    void setStaffToken(std::optional<StaffToken> token);
    void setStaffAuditHandler(StaffAuditHandler handler);
    // POST /config/reload: it should queue the reload and report the outcome
    // through reportConfigLoaded() or reportConfigRejected().
    void setConfigReloadHandler(std::function<void()> handler);
    // POST /printer/test and POST /printer/reprint/<number> (printerlisting.h): each should only
    // queue the ticket on the print service and answer at once.
    void setPrinterTestHandler(PrinterTestHandler handler);
    void setReprintHandler(ReprintHandler handler);
    // GET /menu/pauses, POST /menu/items/<id>/pause and /resume (pauselisting.h).
    void setPauseListHandler(PauseListHandler handler);
    void setPauseHandler(PauseHandler handler);

public slots:
    // From the sync thread's health probe: reachable or not, and how long it took.
    void reportBackendProbe(bool ok, qint64 latencyMs, const QString &error);
    void reportSyncSuccess(const QDateTime &at);
    void observeSyncRequest(double seconds);   // one backend request's duration
    void reportConfigLoaded(const QString &version);
    void reportConfigRejected(const QString &message); // keeps the last good version
    // The database was found damaged at start and rebuilt: sqlite:integrity warns with `note`.
    void reportStorageRecovery(const QString &note);
    // The diagnostics PIN: none set, or lockouts piling up, make staff:pin warn.
    void reportStaffPin(bool set, int lockoutsInLastDay);
    // Card payment on (`timeoutS`: payment.timeout_s) or off (nullopt, "counter" mode): the
    // payments:unsettled and payments:notTaken checks are there only while it is on.
    void reportPaymentTimeout(std::optional<int> timeoutS);
    // The print service's status, its given-up tickets and counters (PrintService::status(),
    // failedTickets(), the printed and given-up counts): the printer:state check, /metrics and
    // GET /printer. A NotConfigured status (printer.kind "none") removes all three.
    void reportPrinter(const kiosk::PrinterStatus &status, const QList<kiosk::FailedTicket> &failedTickets,
                       qint64 printed, qint64 givenUp);
    // A retention pass finished: kiosk_retention_deleted_total counts what it removed.
    void reportRetention(const kiosk::RetentionCounts &removed);
    // The suggestion counts (SuggestionController) as they are now: /metrics shows them at once.
    void reportUpsell(const kiosk::UpsellCounts &counts);
    void notifyReady();                         // the first frame is up: READY=1, full quick_check

    void refresh();                             // re-evaluates the checks now
    void sampleNow();                           // asks the probe thread for a fresh sample

signals:
    void reportUpdated();                       // after every evaluation
    void statusChanged(kiosk::HealthStatus status);
    void probeSampled();                        // a probe sample arrived (tests wait on it)

private:
    void onSampled(const ProbeSample &sample);
    QString version() const;

    HealthSettings m_settings;
    QString m_databasePath;
    HealthInputs m_inputs;
    Histogram m_syncDurations;
    HealthReport m_report;
    QByteArray m_healthJson;
    QByteArray m_metrics;
    bool m_started = false;

    std::unique_ptr<EventLoopMonitor> m_eventLoop;
    std::unique_ptr<WatchdogNotifier> m_watchdog;
    HealthServer *m_server;
    QThread m_probeThread;
    HealthProbe *m_probe;                       // lives on m_probeThread
    QTimer m_refreshTimer;
};

} // namespace kiosk
