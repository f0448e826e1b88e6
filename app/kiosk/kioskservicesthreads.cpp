// KioskServices: the sync thread, the health monitor and what QML is given. The parts are
// made in kioskservices.cpp.
#include "kioskservices.h"

#include "backendchoice.h"
#include "health/healthmonitor.h"
#include "health/outboxlisting.h"
#include "staff/stafftoken.h"
#include "storage/staffaudit.h"
#include "storage/paymentstore.h"
#include "sync/paymentservice.h"
#include "sync/syncservice.h"
#include "ui/accessibilitycontroller.h"
#include "ui/assistcontroller.h"
#include "ui/cartmodel.h"
#include "ui/categorylistmodel.h"
#include "ui/connectivity.h"
#include "ui/diagnosticscontroller.h"
#include "ui/feedbackcontroller.h"
#include "ui/itemeditor.h"
#include "ui/comboeditor.h"
#include "ui/kiosksession.h"
#include "ui/liveconfig.h"
#include "ui/loyaltycontroller.h"
#include "ui/promocontroller.h"
#include "ui/menuitemlistmodel.h"
#include "ui/paymentcontroller.h"
#include "ui/storeprofile.h"
#include "ui/suggestioncontroller.h"
#include "ui/ticketstatus.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace kiosk {

void KioskServices::createSync()
{
    SyncSettings settings = m_config.kiosk.sync;
    const bool backendMenu = m_config.kiosk.menuSource == KioskConfig::MenuSource::Backend;
    if (!backendMenu)
        settings.menuPollIntervalMs = 0; // menu.json is what customers see: no need to fetch
    m_sync = std::make_unique<SyncService>(settings, m_databasePath, backendPortFactory(settings));
    SyncService *sync = m_sync.get();
    m_loyalty->setSync(sync);
    m_promo->setSync(sync);
    m_diagnostics->setSync(sync);
    const auto wake = [sync] { sync->wake(); };
    m_feedback->setWakeSync(wake);
    m_assist->setWakeSync(wake);
    connect(sync, &SyncService::onlineChanged, m_connectivity.get(), &Connectivity::setOnline);
    connect(sync, &SyncService::menuRejected, this, [](const QString &messages) {
        qCWarning(lcServices).noquote() << "backend menu rejected, keeping the last good one:\n" << messages;
    });
    m_menuFromBackend = false;
    if (!backendMenu)
        return;
    connect(sync, &SyncService::menuUpdated, this, [this](const Menu &menu) {
        m_menuFromBackend = true;
        applyMenu(menu);
    });
    // The menu customers see from the first frame on: the backend's last good one, read here
    // without the thread, which fetches a newer one once startBackground() starts it.
    sync->loadCachedMenu(m_database.get());
    m_menuFromBackend = sync->cachedMenu().has_value();
    if (m_menuFromBackend)
        applyMenu(*sync->cachedMenu());
}

void KioskServices::startSync()
{
    m_sync->start(m_database.get());
    m_connectivity->startWatching(); // the offline notice, should the backend not answer
}

// Always started, whatever payment.mode says: attempts a previous run left open must be settled
// even after a store went back to the counter. Idle, it is a sleeping thread.
void KioskServices::createPayments()
{
    m_payments = std::make_unique<PaymentService>(m_config.kiosk.sync, m_config.kiosk.payment, m_databasePath,
                                                  backendPortFactory(m_config.kiosk.sync));
    SyncService *sync = m_sync.get();
    // A recovery queues cancels of held orders nobody paid for: the outbox carries them.
    connect(m_payments.get(), &PaymentService::recoveryFinished, sync, [sync](int dropped) {
        if (dropped > 0)
            sync->wake();
    });
    // What the worker records reaches the payment page.
    connect(m_payments.get(), &PaymentService::attemptChanged, m_payment.get(), &PaymentController::onAttemptChanged);
    connect(m_payments.get(), &PaymentService::orderPaid, m_payment.get(), &PaymentController::onOrderPaid);
    // Staff: the diagnostics Payments page re-reads on each change the worker records, and its
    // "check now" reads every open attempt at once.
    PaymentDiagnostics *staff = m_diagnostics->payments();
    connect(m_payments.get(), &PaymentService::attemptChanged, staff, &PaymentDiagnostics::paymentsChanged);
    connect(m_payments.get(), &PaymentService::orderPaid, staff, &PaymentDiagnostics::paymentsChanged);
    staff->setCheckNowAction([payments = QPointer<PaymentService>(m_payments.get())] {
        if (payments)
            payments->checkNow();
    });
}

void KioskServices::startHealth()
{
    if (m_healthListener == HealthListener::Off)
        return;
    HealthSettings settings = m_config.kiosk.health;
    if (m_healthListener == HealthListener::AnyFreePort)
        settings.listenPort = 0;
    m_health = std::make_unique<HealthMonitor>(settings, m_databasePath);
    HealthMonitor *health = m_health.get();
    // The whole-file quick_check after the first frame (main's onFirstFrame), not beside it:
    // the kiosk starts health only after it, tests before any frame.
    health->deferFirstIntegrityCheck(3000);
    SyncService *sync = m_sync.get();
    connect(sync, &SyncService::healthChecked, health, [health, sync](bool ok, qint64 ms, const QString &reason) {
        health->reportBackendProbe(ok, ms, ok ? QString() : reason.isEmpty() ? QStringLiteral("backend unreachable") : reason);
        if (ok) {
            health->observeSyncRequest(double(ms) / 1000.0);
            // With nothing left to send, the kiosk is fully in sync right now.
            if (sync->pendingCount() == 0)
                health->reportSyncSuccess(QDateTime::currentDateTimeUtc());
        }
    });
    connect(sync, &SyncService::orderDelivered, health,
            [health] { health->reportSyncSuccess(QDateTime::currentDateTimeUtc()); });
    // The listener's staff endpoints act on the GUI thread's connection, for whoever holds the
    // token in the data directory (made at the first start), and leave a staff_audit row each.
    QString tokenError, tokenWarning;
    std::optional<StaffToken> token =
        StaffToken::ensure(QFileInfo(m_databasePath).absolutePath(), &tokenError, &tokenWarning);
    if (!token)
        qCWarning(lcServices).noquote() << "staff endpoints off:" << tokenError;
    if (!tokenWarning.isEmpty())
        qCWarning(lcServices).noquote() << tokenWarning;
    health->setStaffToken(std::move(token));
    health->setStaffAuditHandler([this](const QString &action, const QString &detail) { auditStaff(action, detail); });
    health->setSyncRequestHandler([sync] { sync->wake(); });
    health->setOutboxListHandler(outboxListHandler(*m_database));
    health->setOutboxRetryHandler(outboxRetryHandler(*m_database, [sync](qint64) { sync->wake(); }));
    // The config check follows live reload; POST /config/reload asks it to reload. A database
    // rebuilt at start keeps sqlite:integrity at warn until a restart.
    const auto report = [this, health] {
        health->reportConfigLoaded(m_liveConfig->version());
        if (!m_liveConfig->lastRejection().isEmpty())
            health->reportConfigRejected(m_liveConfig->lastRejection());
        health->refresh();
    };
    report();
    connect(m_liveConfig.get(), &LiveConfig::stateChanged, health, report);
    health->setConfigReloadHandler([this] { m_liveConfig->reload(); });
    health->reportStorageRecovery(m_storageRecoveryNote);
    // staff:pin follows the PIN gate, which reads a PIN set with kioskctl when the data folder
    // changes (KioskServices::start).
    const auto reportPin = [this, health] {
        health->reportStaffPin(m_diagnostics->isPinSet(), m_diagnostics->lockoutsInLastDay());
    };
    reportPin();
    connect(m_diagnostics.get(), &DiagnosticsController::gateChanged, health, reportPin);
    showPaymentsToStaff(); // payments:unsettled and payments:notTaken, when card payment is on
    handlePrinterRequests(*health); // printer:state, GET /printer, test print and reprint
    handlePauseRequests(*health);   // GET /menu/pauses, pause and resume
    m_diagnostics->setHealthMonitor(health);
    // The counts live on the GUI thread; the listener serves the copy the monitor keeps.
    health->reportUpsell(m_suggestions->counts());
    connect(m_suggestions.get(), &SuggestionController::countsChanged, health, &HealthMonitor::reportUpsell);
    if (QString error; !health->start(&error))
        qCWarning(lcServices) << "health listener not available:" << error;
}

QVariantMap KioskServices::qmlProperties() const
{
    return {
        {QStringLiteral("session"), QVariant::fromValue(m_session.get())},
        {QStringLiteral("store"), QVariant::fromValue(m_store.get())},
        {QStringLiteral("connectivity"), QVariant::fromValue(m_connectivity.get())},
        {QStringLiteral("categories"), QVariant::fromValue(m_categories.get())},
        {QStringLiteral("items"), QVariant::fromValue(m_items.get())},
        {QStringLiteral("editor"), QVariant::fromValue(m_editor.get())},
        {QStringLiteral("comboEditor"), QVariant::fromValue(m_comboEditor.get())},
        {QStringLiteral("cart"), QVariant::fromValue(m_cart.get())},
        {QStringLiteral("loyalty"), QVariant::fromValue(m_loyalty.get())},
        {QStringLiteral("promo"), QVariant::fromValue(m_promo.get())},
        {QStringLiteral("feedback"), QVariant::fromValue(m_feedback.get())},
        {QStringLiteral("assist"), QVariant::fromValue(m_assist.get())},
        {QStringLiteral("accessibility"), QVariant::fromValue(m_accessibility.get())},
        {QStringLiteral("diagnostics"), QVariant::fromValue(m_diagnostics.get())},
        {QStringLiteral("liveConfig"), QVariant::fromValue(m_liveConfig.get())},
        {QStringLiteral("payment"), QVariant::fromValue(m_payment.get())},
        {QStringLiteral("ticketStatus"), QVariant::fromValue(m_ticketStatus.get())},
        {QStringLiteral("suggestions"), QVariant::fromValue(m_suggestions.get())},
    };
}

} // namespace kiosk
