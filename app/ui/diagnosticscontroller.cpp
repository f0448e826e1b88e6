#include "ui/diagnosticscontroller.h"

#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "kioskversion.h"
#include "storage/auditedchange.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/paymentstore.h"
#include "storage/staffaudit.h"
#include "sync/syncservice.h"
#include "ui/assign.h"
#include "ui/devicefigures.h"
#include "ui/recenterrorlog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcDiagnostics, "kiosk.diagnostics")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr int ListLimit = 100; // per state: more than a screen can usefully show

} // namespace

DiagnosticsController::DiagnosticsController(Database &db, StaffAudit &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_clock(&PinGate::monotonicNowMs),
      m_gateClock(&PinGate::utcNowMs), m_lockoutStore(db), m_payments(db),
      m_printer(db)
{
    processStartUtc(); // the uptime counts from the first use, early in start-up
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(DefaultIdleExitMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { leave(u"idle"_s); });
    m_lockTicker.setInterval(1000);
    connect(&m_lockTicker, &QTimer::timeout, this, [this] {
        if (!isLockedOut())
            m_lockTicker.stop();
        emit gateChanged();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

DiagnosticsController::~DiagnosticsController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void DiagnosticsController::setDevice(const Device &device)
{
    m_device = device;
    emit deviceChanged();
}

void DiagnosticsController::setStorageRecoveryNote(const QString &note)
{
    m_storageRecoveryNote = note;
    emit deviceChanged();
}

void DiagnosticsController::setSync(SyncService *sync)
{
    if (sync == m_sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncService::networkTestFinished, this, &DiagnosticsController::onNetworkTestFinished);
    connect(sync, &SyncService::menuProblemsChanged, this, [this](const QStringList &problems) {
        m_menuProblems = problems;
        emit menuProblemsChanged();
    });
    connect(sync, &SyncService::outboxChanged, this, [this] {
        if (m_unlocked)
            refreshOutbox();
    });
}

void DiagnosticsController::setHealthMonitor(HealthMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &HealthMonitor::reportUpdated, this, &DiagnosticsController::updateHealth);
    updateHealth();
}

void DiagnosticsController::setErrorLog(RecentErrorLog *log)
{
    m_errorLog = log;
    refreshErrors();
}

qint64 DiagnosticsController::now() const
{
    return m_clock();
}

void DiagnosticsController::setIdleExitMs(int ms)
{
    if (ms <= 0 || ms == m_idleTimer.interval())
        return;
    m_idleTimer.setInterval(ms);
    if (m_active)
        m_idleTimer.start();
    emit idleExitMsChanged();
}

bool DiagnosticsController::noteEntryTap()
{
    const qint64 t = now();
    m_entryTaps.append(t);
    m_entryTaps.removeIf([t](qint64 tap) { return t - tap > EntryWindowMs; });
    if (m_entryTaps.size() < EntryTaps)
        return false;
    m_entryTaps.clear();
    begin();
    return true;
}

void DiagnosticsController::begin()
{
    m_idleTimer.start();
    refreshPin(); // a PIN set with kioskctl since the last time counts at once
    if (m_active)
        return;
    m_active = true;
    qCInfo(lcDiagnostics) << "PIN page opened";
    emit activeChanged();
    emit gateChanged();
    if (isLockedOut())
        m_lockTicker.start();
}

void DiagnosticsController::exit()
{
    leave(u"staff"_s);
}

void DiagnosticsController::leave(const QString &why)
{
    if (!m_active)
        return;
    m_idleTimer.stop();
    if (m_unlocked)
        audit(u"exit"_s, why);
    else
        qCInfo(lcDiagnostics) << "PIN page closed:" << why;
    setUnlocked(false);
    m_active = false;
    emit activeChanged();
    emit exited();
}

void DiagnosticsController::setUnlocked(bool unlocked)
{
    m_payments.setWatching(unlocked);
    m_printer.setUnlocked(unlocked);
    m_menu.setUnlocked(unlocked);
    if (assignIfChanged(m_unlocked, unlocked))
        emit unlockedChanged();
}

bool DiagnosticsController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            m_idleTimer.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DiagnosticsController::refresh()
{
    refreshOutbox();
    refreshErrors();
    refreshDevice();
}

void DiagnosticsController::refreshOutbox()
{
    Outbox outbox(m_db);
    // Failed first: they are the ones waiting for staff.
    QList<OutboxEntry> entries = outbox.list(OutboxEntry::State::Failed, ListLimit);
    entries.append(outbox.list(OutboxEntry::State::Pending, ListLimit));
    m_outbox.setEntries(entries);
    m_adjustments.setRows(OrderAdjustments(m_db).recent(ListLimit));
}

void DiagnosticsController::refreshErrors()
{
    RecentErrorLog *log = m_errorLog ? m_errorLog : RecentErrorLog::installed();
    m_errors.setMessages(log ? log->messages() : QList<LoggedMessage>());
}

void DiagnosticsController::refreshDevice()
{
    // statvfs and procfs: microseconds, no disk I/O.
    const QStorageInfo storage(dataDir());
    m_diskFreeMiB = storage.isValid() ? storage.bytesAvailable() / MiB : -1;
    const qint64 rss = HealthProbe::residentBytes(); // procfs: no disk I/O
    m_residentMiB = rss < 0 ? -1 : rss / MiB;
    emit deviceChanged();
}

void DiagnosticsController::updateHealth()
{
    const QList<HealthCheck> checks = m_monitor ? m_monitor->report().checks : QList<HealthCheck>();
    m_health.setChecks(checks);
    const HealthCheckListModel::Status status = m_monitor && !checks.isEmpty()
        ? HealthCheckListModel::statusOf(m_monitor->report().status)
        : HealthCheckListModel::Status::Unknown;
    if (status != m_healthStatus) {
        m_healthStatus = status;
        emit healthChanged();
    }
}

bool DiagnosticsController::retry(qint64 seq)
{
    if (!m_unlocked)
        return false;
    const bool ok = auditedOutboxChange(u"outbox_retry"_s, seq, [this, seq] { return Outbox(m_db).retry(seq); });
    if (ok && m_sync)
        m_sync->wake();
    refreshOutbox();
    return ok;
}

bool DiagnosticsController::discard(qint64 seq)
{
    if (!m_unlocked)
        return false;
    const bool ok = auditedOutboxChange(u"outbox_discard"_s, seq, [this, seq] {
        return Outbox(m_db).discard(seq, QDateTime::currentDateTimeUtc());
    });
    refreshOutbox();
    return ok;
}

void DiagnosticsController::syncNow()
{
    if (!m_unlocked)
        return;
    audit(u"sync_now"_s);
    if (m_sync)
        m_sync->wake();
}

void DiagnosticsController::checkPaymentsNow()
{
    if (!m_unlocked)
        return;
    audit(u"payment_check_now"_s, u"%1 open"_s.arg(m_payments.openAttempts()->rowCount()));
    m_payments.checkNow();
}

bool DiagnosticsController::numberHandedOver(const QString &orderId)
{
    if (!m_unlocked)
        return false;
    const auto mark = [this, &orderId] {
        return PaymentStore(m_db).markNumberShown(orderId, QDateTime::currentDateTimeUtc()) && m_db.changes() == 1;
    };
    const std::optional<bool> changed = auditedChange(m_db, u"payment_number_handed_over"_s, mark, [&orderId](bool ok) {
        return u"order %1%2"_s.arg(orderId, ok ? QString() : u" refused: not waiting for its number"_s);
    });
    if (!changed)
        qCWarning(lcDiagnostics).noquote() << "staff action not done, it could not be audited:"
                                           << "payment_number_handed_over" << m_db.lastError();
    m_payments.refresh();
    return changed.value_or(false);
}

bool DiagnosticsController::refundedAtPointOfSale(const QString &orderId)
{
    if (!m_unlocked)
        return false;
    const auto mark = [this, &orderId] {
        return PaymentStore(m_db).markRefunded(orderId, QDateTime::currentDateTimeUtc()) && m_db.changes() == 1;
    };
    const std::optional<bool> changed = auditedChange(m_db, u"payment_refunded"_s, mark, [&orderId](bool ok) {
        return u"order %1%2"_s.arg(orderId, ok ? QString() : u" refused: not waiting for a refund"_s);
    });
    if (!changed)
        qCWarning(lcDiagnostics).noquote() << "staff action not done, it could not be audited:"
                                           << "payment_refunded" << m_db.lastError();
    m_payments.refresh();
    return changed.value_or(false);
}

void DiagnosticsController::reloadConfig()
{
    if (!m_unlocked)
        return;
    audit(u"config_reload"_s);
    // The live config applies it between customers and reports the outcome in its
    // properties, which the Config page shows.
    if (m_reload)
        m_reload();
}

void DiagnosticsController::runNetworkTest()
{
    if (!m_unlocked || m_networkTestRunning)
        return;
    audit(u"network_test"_s);
    m_networkTestRunning = true;
    emit networkTestChanged();
    if (m_sync)
        m_sync->runNetworkTest();
    else
        onNetworkTestFinished(0, 0, u"sync is not running"_s);
}

void DiagnosticsController::onNetworkTestFinished(int status, qint64 latencyMs, const QString &error)
{
    m_networkTestRunning = false;
    m_networkTestStatus = status;
    m_networkTestLatencyMs = latencyMs;
    m_networkTestError = error;
    m_networkTestAt = QDateTime::currentDateTime();
    emit networkTestChanged();
}

QString DiagnosticsController::networkTestTimeText() const
{
    return m_networkTestAt.isValid() ? m_networkTestAt.toString(u"HH:mm:ss") : QString();
}

QString DiagnosticsController::appVersion() const
{
    const QString app = QCoreApplication::applicationVersion();
    return app.isEmpty() ? QStringLiteral(KIOSK_VERSION) : app;
}

QString DiagnosticsController::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

int DiagnosticsController::uptimeSeconds() const
{
    return int(processStartUtc().secsTo(QDateTime::currentDateTimeUtc()));
}

// The change and its audit row in one transaction (auditedChange()): both or neither.
bool DiagnosticsController::auditedOutboxChange(const QString &action, qint64 seq, const std::function<bool()> &change)
{
    const std::optional<bool> changed = auditedChange(m_db, action, change, [seq](bool ok) {
        return u"seq %1%2"_s.arg(seq).arg(ok ? QString() : u" refused: not a failed entry"_s);
    });
    if (!changed)
        qCWarning(lcDiagnostics).noquote() << "staff action not done, it could not be audited:" << action
                                           << m_db.lastError();
    return changed.value_or(false);
}

void DiagnosticsController::audit(const QString &action, const QString &detail)
{
    qCInfo(lcDiagnostics).noquote() << "staff:" << action << detail;
    if (!m_audit.record(action, detail, QDateTime::currentDateTimeUtc()))
        qCWarning(lcDiagnostics).noquote() << "staff action not audited:" << action << m_audit.lastError();
}

} // namespace kiosk
