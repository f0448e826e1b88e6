#include "health/healthmonitor.h"

#include "health/eventloopmonitor.h"
#include "health/healthevaluator.h"
#include "health/healthmetrics.h"
#include "health/healthprobe.h"
#include "health/healthserver.h"
#include "health/systemdnotifier.h"
#include "health/watchdognotifier.h"
#include "kioskversion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiosk {

HealthMonitor::HealthMonitor(HealthSettings settings, QString databasePath, QObject *parent)
    : HealthMonitor(std::move(settings), std::move(databasePath), std::make_unique<SystemdNotifier>(), parent)
{
}

HealthMonitor::HealthMonitor(HealthSettings settings, QString databasePath,
                             std::unique_ptr<Notifier> notifier, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_databasePath(std::move(databasePath)),
      m_syncDurations(syncDurationBuckets()),
      m_eventLoop(std::make_unique<EventLoopMonitor>(m_settings.heartbeatMs, m_settings.eventLoopFailMs,
                                                     std::max(m_settings.eventLoopWindowMs, 60000))),
      m_watchdog(std::make_unique<WatchdogNotifier>(std::move(notifier), m_eventLoop.get())),
      m_server(new HealthServer(this)),
      m_probe(new HealthProbe(m_databasePath, m_settings.sampleIntervalMs, m_settings.integrityIntervalMs))
{
    m_probeThread.setObjectName(u"health-probe"_s);
    m_probe->moveToThread(&m_probeThread);
    connect(&m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &HealthProbe::sampled, this, &HealthMonitor::onSampled);
    m_refreshTimer.setInterval(m_settings.refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HealthMonitor::refresh);
}

HealthMonitor::~HealthMonitor()
{
    m_refreshTimer.stop();
    m_eventLoop->stop();
    m_probeThread.quit();
    m_probeThread.wait();
    if (!m_started)
        delete m_probe; // its thread never ran, so nothing else will
}

bool HealthMonitor::start(QString *error)
{
    if (m_started)
        return true;
    m_started = true;
    m_inputs.startedAt = QDateTime::currentDateTimeUtc();
    m_eventLoop->start();
    m_watchdog->start();
    m_probeThread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_probe, &HealthProbe::start, Qt::QueuedConnection);
    refresh();
    m_refreshTimer.start();
    QString listenError;
    if (!m_server->listen(quint16(m_settings.listenPort), &listenError)) {
        if (error)
            *error = listenError;
        return false;
    }
    return true;
}

quint16 HealthMonitor::httpPort() const
{
    return m_server->port();
}

void HealthMonitor::setSyncRequestHandler(std::function<void()> handler)
{
    m_server->setSyncRequestHandler(std::move(handler));
}

void HealthMonitor::setOutboxListHandler(OutboxListHandler handler)
{
    m_server->setOutboxListHandler(std::move(handler));
}

void HealthMonitor::setOutboxRetryHandler(OutboxRetryHandler handler)
{
    m_server->setOutboxRetryHandler(std::move(handler));
}

void HealthMonitor::setStaffToken(std::optional<StaffToken> token)
{
    m_server->setStaffToken(std::move(token));
}

void HealthMonitor::setStaffAuditHandler(StaffAuditHandler handler)
{
    m_server->setStaffAuditHandler(std::move(handler));
}

void HealthMonitor::setConfigReloadHandler(std::function<void()> handler)
{
    m_server->setConfigReloadHandler(std::move(handler));
}

void HealthMonitor::setPrinterTestHandler(PrinterTestHandler handler)
{
    m_server->setPrinterTestHandler(std::move(handler));
}

void HealthMonitor::setReprintHandler(ReprintHandler handler)
{
    m_server->setReprintHandler(std::move(handler));
}

void HealthMonitor::setPauseListHandler(PauseListHandler handler)
{
    m_server->setPauseListHandler(std::move(handler));
}

void HealthMonitor::setPauseHandler(PauseHandler handler)
{
    m_server->setPauseHandler(std::move(handler));
}

void HealthMonitor::reportBackendProbe(bool ok, qint64 latencyMs, const QString &error)
{
    m_inputs.backend = HealthInputs::BackendProbe{ok, latencyMs, error, QDateTime::currentDateTimeUtc()};
}

void HealthMonitor::reportSyncSuccess(const QDateTime &at)
{
    if (!m_inputs.lastSyncSuccess.isValid() || at > m_inputs.lastSyncSuccess)
        m_inputs.lastSyncSuccess = at;
}

void HealthMonitor::observeSyncRequest(double seconds)
{
    m_syncDurations.observe(seconds);
}

void HealthMonitor::reportConfigLoaded(const QString &version)
{
    m_inputs.config = HealthInputs::ConfigState{version, {}, QDateTime::currentDateTimeUtc()};
}

void HealthMonitor::reportConfigRejected(const QString &message)
{
    const QString good = m_inputs.config ? m_inputs.config->goodVersion : QString();
    m_inputs.config = HealthInputs::ConfigState{good, message, QDateTime::currentDateTimeUtc()};
}

void HealthMonitor::reportStorageRecovery(const QString &note)
{
    m_inputs.storageRecovery = note;
}

void HealthMonitor::reportStaffPin(bool set, int lockoutsInLastDay)
{
    m_inputs.staffPin = HealthInputs::StaffPin{set, lockoutsInLastDay};
}

void HealthMonitor::reportPaymentTimeout(std::optional<int> timeoutS)
{
    m_inputs.paymentTimeoutS = timeoutS;
}

void HealthMonitor::reportPrinter(const PrinterStatus &status, const QList<FailedTicket> &failedTickets,
                                  qint64 printed, qint64 givenUp)
{
    if (status.state == PrinterStatus::State::NotConfigured)
        m_inputs.printer.reset();
    else
        m_inputs.printer = PrinterHealth{status, failedTickets, printed, givenUp};
    // Staff asking right after a change see it; /healthz follows at the next refresh.
    m_server->setPrinter(m_inputs.printer);
}

void HealthMonitor::reportRetention(const RetentionCounts &removed)
{
    m_inputs.retentionDeleted[u"orders"_s] += removed.orders;
    m_inputs.retentionDeleted[u"comments"_s] += removed.comments;
    m_inputs.retentionDeleted[u"feedback_entries"_s] += removed.feedbackEntries;
    m_inputs.retentionDeleted[u"audit"_s] += removed.audit;
    m_inputs.retentionDeleted[u"enrolment_entries"_s] += removed.enrolmentEntries;
}

void HealthMonitor::reportUpsell(const UpsellCounts &counts)
{
    m_inputs.upsell = counts;
    if (m_report.checks.isEmpty())
        return; // the first refresh publishes them with everything else
    // Counters only, no check depends on them: the metrics text again, not a whole refresh.
    m_metrics = renderMetrics(m_report, m_inputs, m_syncDurations, version());
    m_server->publish(m_healthJson, m_report.status == HealthStatus::Fail, m_metrics);
}

void HealthMonitor::notifyReady()
{
    m_watchdog->notifyReady();
    QMetaObject::invokeMethod(m_probe, &HealthProbe::runFirstCheck, Qt::QueuedConnection);
}

void HealthMonitor::setClockReader(ClockSyncReader reader)
{
    m_probe->setClockReader(std::move(reader));
}

void HealthMonitor::deferFirstIntegrityCheck(int fallbackMs)
{
    m_probe->setFirstCheckDelay(fallbackMs); // the probe's thread is not running yet
}

void HealthMonitor::sampleNow()
{
    QMetaObject::invokeMethod(m_probe, &HealthProbe::sampleNow, Qt::QueuedConnection);
}

void HealthMonitor::onSampled(const ProbeSample &sample)
{
    m_inputs.probe = sample;
    refresh();
    emit probeSampled();
}

QString HealthMonitor::version() const
{
    const QString app = QCoreApplication::applicationVersion();
    return app.isEmpty() ? QStringLiteral(KIOSK_VERSION) : app;
}

void HealthMonitor::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_inputs.eventLoopLatencyMs = std::max(m_eventLoop->worstLatencyMs(m_settings.eventLoopWindowMs),
                                           m_eventLoop->currentLatencyMs());
    const HealthStatus before = m_report.status;
    const bool first = m_report.checks.isEmpty();
    m_report = evaluateHealth(m_inputs, m_settings, now);
    m_healthJson = m_report.toJson(version(), m_settings.serviceId);
    m_metrics = renderMetrics(m_report, m_inputs, m_syncDurations, version());
    m_server->publish(m_healthJson, m_report.status == HealthStatus::Fail, m_metrics);
    emit reportUpdated();
    if (first || m_report.status != before) {
        QStringList notPassing;
        for (const HealthCheck &check : std::as_const(m_report.checks)) {
            if (check.status != HealthStatus::Pass)
                notPassing.append(check.key());
        }
        m_watchdog->setStatus(notPassing.isEmpty()
                                  ? u"health: pass"_s
                                  : u"health: %1 (%2)"_s.arg(healthStatusName(m_report.status),
                                                             notPassing.join(u", "_s)));
        emit statusChanged(m_report.status);
    }
}

} // namespace kiosk
