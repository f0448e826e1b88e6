#include "kioskservices.h"

#include "ticketprinting.h"

#include "config/backendtoken.h"
#include "health/healthmonitor.h"
#include "storage/database.h"
#include "storage/itempauses.h"
#include "storage/orderstore.h"
#include "storage/paymentstore.h"
#include "storage/recovery.h"
#include "staff/staffpinfile.h"
#include "storage/retentionservice.h"
#include "storage/staffaudit.h"
#include "sync/paymentservice.h"
#include "sync/syncservice.h"
#include "ui/accessibilitycontroller.h"
#include "ui/assistcontroller.h"
#include "ui/cartmodel.h"
#include "ui/categorylistmodel.h"
#include "ui/checkout.h"
#include "ui/connectivity.h"
#include "ui/diagnosticscontroller.h"
#include "ui/feedbackcontroller.h"
#include "ui/itemeditor.h"
#include "ui/comboeditor.h"
#include "ui/kiosksession.h"
#include "ui/liveconfig.h"
#include "ui/loyaltycontroller.h"
#include "ui/promocontroller.h"
#include "ui/recenterrorlog.h"
#include "ui/menuitemlistmodel.h"
#include "ui/menuschedule.h"
#include "ui/pagetranslator.h"
#include "ui/paymentcontroller.h"
#include "ui/ticketstatus.h"
#include "ui/storeprofile.h"
#include "ui/suggestioncontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServices, "kiosk.session")

namespace kiosk {

KioskServices::KioskServices(QObject *parent) : QObject(parent) {}

KioskServices::~KioskServices()
{
    stop();
}

bool KioskServices::start(const Options &options, QString *error)
{
    stop();
    ConfigErrors errors;
    std::optional<LoadedConfig> config = loadConfigDir(options.configDir, &errors);
    if (!config) {
        *error = formatErrors(errors);
        return false;
    }
    m_config = std::move(*config);
    if (*error = demoTokenRefusal(m_config.kiosk.backend); !error->isEmpty())
        return false;
    for (const QString &warning : tokenFileWarnings(m_config.kiosk.backend.tokenFile))
        qCWarning(lcServices).noquote() << warning;
    m_nowUtc = options.nowUtc;
    if (!openStorage(options.dataDir, error))
        return false;
    createParts(options.nowUtc);
    createTickets(options.printTiming);
    connectVisit();
    connectPayment();
    connectTickets();
    applyConfig(m_config);
    createSync();
    createPayments();
    m_diagnostics->setErrorLog(options.errorLog ? options.errorLog : RecentErrorLog::installed());
    m_healthListener = options.health;
    qCInfo(lcServices) << "loaded" << options.configDir << "with" << m_config.menu.items().size() << "items";
    if (!options.deferBackground)
        startBackground();
    return true;
}

// Sync before health, which listens to its signals, and health before retention, which reports
// to it; config watching last: it gives the version health reports.
void KioskServices::startBackground()
{
    if (!isRunning() || m_backgroundStarted)
        return;
    m_backgroundStarted = true;
    QElapsedTimer elapsed;
    elapsed.start();
    startSync();
    // Attempts a previous run left open are settled from here; until then the payment page,
    // which no one can reach before the first frame, knows of none.
    m_payments->start(m_database.get());
    startHealth();
    startRetention();
    applyPrinter(); // the printer thread
    m_liveConfig->watch(m_config);
    qCInfo(lcServices) << "background parts started in" << elapsed.elapsed() << "ms";
    emit backgroundStarted();
}

void KioskServices::startRetention()
{
    m_retention = std::make_unique<RetentionService>(m_config.kiosk.retention, m_databasePath);
    if (m_health)
        connect(m_retention.get(), &RetentionService::passFinished, m_health.get(), &HealthMonitor::reportRetention);
    m_retention->start();
}

// The reverse of start(): the listeners and threads first (nothing reaches the parts any
// more), then the parts, the storage last.
void KioskServices::stop()
{
    m_backgroundStarted = false;
    m_retention.reset();
    m_health.reset();
    m_payments.reset();
    m_sync.reset();
    m_tickets.reset(); // joins the printer thread
    m_liveConfig.reset();
    m_dataDirWatcher.reset();
    m_payment.reset();
    m_ticketStatus.reset();
    m_diagnostics.reset();
    m_assist.reset();
    m_feedback.reset();
    m_suggestions.reset();
    m_session.reset();
    m_accessibility.reset();
    m_translator.reset();
    m_checkout.reset();
    m_promo.reset();
    m_loyalty.reset();
    m_cart.reset();
    m_comboEditor.reset();
    m_editor.reset();
    m_items.reset();
    m_categories.reset();
    m_menuSchedule.reset();
    m_connectivity.reset();
    m_store.reset();
    m_audit.reset();
    m_paymentStore.reset();
    m_orders.reset();
    m_itemPauses.reset();
    m_database.reset();
}

bool KioskServices::openStorage(const QString &dataDir, QString *error)
{
    const QString dir = dataDir.isEmpty() ? m_config.kiosk.dataDir : QDir(dataDir).absolutePath();
    m_databasePath = QDir(dir).filePath(QStringLiteral("kiosk.db"));
    // A damaged file is moved aside and rebuilt before anything opens it (app/storage/recovery).
    error->clear();
    const std::optional<StorageRecovery> recovery =
        recoverDamagedDatabase(m_databasePath, QDateTime::currentDateTimeUtc(), error);
    if (!error->isEmpty())
        return false;
    m_storageRecoveryNote = recovery ? recovery->note() : QString();
    m_database = Database::open(m_databasePath, error);
    if (!m_database)
        return false;
    m_orders = std::make_unique<OrderStore>(*m_database);
    m_audit = std::make_unique<StaffAudit>(*m_database);
    m_paymentStore = std::make_unique<PaymentStore>(*m_database);
    return true;
}

void KioskServices::createParts(const std::function<QDateTime()> &nowUtc)
{
    m_store = std::make_unique<StoreProfile>();
    m_connectivity = std::make_unique<Connectivity>();
    m_menuSchedule = std::make_unique<MenuSchedule>(nowUtc);
    connect(m_menuSchedule.get(), &MenuSchedule::changed, this, &KioskServices::menuInForceChanged);
    m_categories = std::make_unique<CategoryListModel>();
    m_items = std::make_unique<MenuItemListModel>();
    m_editor = std::make_unique<ItemEditor>();
    m_comboEditor = std::make_unique<ComboEditor>();
    m_cart = std::make_unique<CartModel>();
    m_loyalty = std::make_unique<LoyaltyController>(m_cart.get());
    m_promo = std::make_unique<PromoController>(m_cart.get());
    m_promo->setClock([this] { return this->nowUtc(); });
    m_checkout = std::make_unique<Checkout>(*m_orders, *m_cart, [this] { return m_loyalty->claim(); });
    m_translator = std::make_unique<PageTranslator>();
    // Both filter every key press, the later one first: the visit's idle monitor comes after
    // the accessibility mode, so it sees the keys the mode takes for navigation.
    m_accessibility = std::make_unique<AccessibilityController>();
    m_session = std::make_unique<KioskSession>(*m_cart, *m_editor, *m_comboEditor, *m_checkout);
    m_session->setMenu(&m_menuSchedule->menu()); // checkout and the item page: what is shown
    m_suggestions = std::make_unique<SuggestionController>(*m_cart, *m_session);
    m_feedback = std::make_unique<FeedbackController>();
    m_assist = std::make_unique<AssistController>();
    m_diagnostics = std::make_unique<DiagnosticsController>(*m_database, *m_audit);
    m_diagnostics->setStorageRecoveryNote(m_storageRecoveryNote);
    connect(m_diagnostics->menu(), &MenuDiagnostics::pausesChanged, this, &KioskServices::pausesWritten);
    // `kioskctl pin-set` keeps the PIN beside kiosk.db, not in the kiosk.json conffile.
    const QString dataDir = QFileInfo(m_databasePath).absolutePath();
    m_diagnostics->setStaffPinFile(StaffPinFile::inDataDir(dataDir).path());
    // `kioskctl pin-set` replaces the file by rename, a change to the folder: the PIN is read
    // again then, not polled.
    m_dataDirWatcher = std::make_unique<QFileSystemWatcher>(QStringList{dataDir});
    connect(m_dataDirWatcher.get(), &QFileSystemWatcher::directoryChanged, m_diagnostics.get(),
            &DiagnosticsController::refreshPin);
    m_liveConfig = std::make_unique<LiveConfig>();
    m_diagnostics->setReloadAction([this] { m_liveConfig->reload(); });
    connect(m_liveConfig.get(), &LiveConfig::changed, this, [this](const LoadedConfig &next) {
        LoadedConfig config = next;
        if (m_menuFromBackend)
            config.menu = m_config.menu; // the backend's menu stays; menu.json is its offline fallback
        applyConfig(config);
        emit menuChanged();
    });
}

// What the visit's moments mean for the other parts.
void KioskServices::connectVisit()
{
    KioskSession *session = m_session.get();
    connect(session, &KioskSession::languageChanged, this, &KioskServices::applyLanguage);
    connect(session, &KioskSession::orderStarted, this, &KioskServices::forgetCustomer);
    // Each visit starts on the clock as it is now, should it have been stepped since the timer.
    connect(session, &KioskSession::orderStarted, m_menuSchedule.get(), &MenuSchedule::refresh);
    connect(session, &KioskSession::orderPlaced, this, [this](const Order &order, int sequence) {
        m_loyalty->orderCommitted(order.id.toString(QUuid::WithoutBraces));
        m_feedback->beginOrder(order.id, sequence);
        m_cart->clear();
        if (m_sync)
            m_sync->wake();
    });
    connect(session, &KioskSession::orderEnding, this, [this] {
        // A held order nobody paid for is dropped (or once its open attempt is settled).
        if (m_payment)
            m_payment->endVisit();
        forgetCustomer();
        // Answers given on the confirmation screen are kept, in the language they were given in.
        m_feedback->finish();
        // The next customer starts neutral: no accessibility mode, default display and volume.
        m_accessibility->reset();
    });
    // Between customers: a config change that waited for the order comes in when it ends.
    connect(session, &KioskSession::orderOpenChanged, this,
            [this] { m_liveConfig->setOrderOpen(m_session->isOrderOpen()); });
    connect(m_feedback.get(), &FeedbackController::interacted, session,
            &KioskSession::restartConfirmationCountdown);
    // Keypad navigation and listening take longer: twice the idle time in accessibility mode.
    connect(m_accessibility.get(), &AccessibilityController::enabledChanged, this,
            [this] { m_session->idle()->setExtendedTime(m_accessibility->isEnabled()); });
}

// Card payment, the customer's side (docs/payments.md): the visit asks for it after the
// cart's checkout, it places the order through the visit and shows the number through it.
void KioskServices::connectPayment()
{
    m_payment = std::make_unique<PaymentController>(*m_paymentStore, [this] { wakeBackend(); });
    PaymentController *payment = m_payment.get();
    KioskSession *session = m_session.get();
    payment->setPlaceOrder([session](PaymentMethod method) -> std::optional<HeldOrder> {
        const std::optional<Checkout::Result> placed = session->placeOrder(method);
        if (!placed)
            return std::nullopt;
        return HeldOrder{placed->order.id.toString(QUuid::WithoutBraces), placed->number,
                         placed->order.totals.total};
    });
    connect(session, &KioskSession::paymentRequested, payment, &PaymentController::start);
    connect(payment, &PaymentController::numberReady, session, &KioskSession::showNumber);
    connect(payment, &PaymentController::attemptOpenChanged, session,
            [session, payment] { session->setPaymentOpen(payment->attemptOpen()); });
    connect(m_connectivity.get(), &Connectivity::onlineChanged, payment,
            [this] { m_payment->setBackendOnline(m_connectivity->isOnline()); });
}

// Something was saved for the backend (a held order, an attempt, a release, a cancel): the
// outbox carries orders, releases and cancels, the payment thread the attempts.
void KioskServices::wakeBackend()
{
    if (m_sync)
        m_sync->wake();
    if (m_payments)
        m_payments->wake();
}

// A new customer, or the visit is over: nobody's member data, an empty cart, no item open.
void KioskServices::forgetCustomer()
{
    m_loyalty->signOut();
    m_cart->clear();
    m_promo->reset();
    m_editor->close();
    m_comboEditor->close();
}

// The parts that show or price the menu in force.
void KioskServices::showMenu()
{
    const Menu &menu = m_menuSchedule->menu();
    m_loyalty->setMenu(menu);
    m_promo->setMenu(menu);
    m_categories->setMenu(menu);
    m_items->setMenu(menu); // a category that went keeps no one on it: the first one shows
    m_suggestions->setMenu(&menu); // lists a new menu's rules in the counts
}

// A daypart began or ended, or a pause: a line of an item no longer shown is flagged as a
// sold-out one is, so checkout refuses it until it is removed.
void KioskServices::menuInForceChanged()
{
    showMenu();
    m_diagnostics->menu()->refresh(); // a pause that ended shows "On sale" to staff too
    if (m_cart->refreshAvailability(m_menuSchedule->menu()) > 0)
        qCInfo(lcServices) << "an item in the open cart is no longer available";
    emit menuChanged();
}

void KioskServices::applyConfig(const LoadedConfig &config)
{
    if (&config != &m_config)
        m_config = config;
    const KioskConfig &kiosk = m_config.kiosk;
    m_store->apply(kiosk);
    m_cart->setTaxRateBps(kiosk.taxRateBps);
    m_loyalty->setRules(kiosk.loyalty);
    m_loyalty->setPhoneOnly(kiosk.backend.kind == BackendKind::Square); // docs/square.md, Loyalty
    // Square can neither enrol members nor look promo codes up: the offline list only.
    m_loyalty->setJoinBackend(kiosk.backend.kind != BackendKind::Square, kiosk.kioskId);
    m_promo->setOfflinePromotions(m_config.promotions);
    m_promo->setSquareStore(kiosk.backend.kind == BackendKind::Square);
    m_promo->setStoreTimeZone(kiosk.storeTime.timeZone());
    m_menuSchedule->setMenu(m_config.menu, kiosk.storeTime.timeZone());
    applyPauseSettings();
    applyPauses(); // before the menu is shown: a paused item never shows on sale
    showMenu();
    // Between customers: no feedback is being asked, so its settings can change too.
    m_feedback->setStorage(m_database.get(), kiosk.feedback);
    m_assist->setStorage(m_database.get(), kiosk.kioskId);
    m_diagnostics->setPinHash(kiosk.diagnostics.pinHash);
    m_diagnostics->setDevice({kiosk.kioskId, kiosk.backend.url, QFileInfo(m_databasePath).absolutePath(),
                              kiosk.sync.tlsVerify});
    if (m_retention)
        m_retention->setSettings(kiosk.retention);
    m_payment->applySettings(kiosk.payment, kiosk.currency, kiosk.backend.kind);
    showPaymentsToStaff();
    applyPrinter();
    m_session->applyConfig(kiosk); // back to the default language: applyLanguage() follows
}

void KioskServices::showPaymentsToStaff()
{
    const PaymentSettings &payment = m_config.kiosk.payment;
    m_diagnostics->payments()->setPayment(payment.cardEnabled(), payment.timeoutS);
    m_diagnostics->payments()->setCurrency(m_config.kiosk.currency);
    if (m_health)
        m_health->reportPaymentTimeout(payment.cardEnabled() ? std::optional(payment.timeoutS) : std::nullopt);
}

void KioskServices::applyMenu(const Menu &menu)
{
    m_config.menu = menu;
    m_menuSchedule->setMenu(m_config.menu, m_config.kiosk.storeTime.timeZone());
    applyPauses(); // over the new menu, and the staff's Menu page lists it
    showMenu();
    // A line whose item just sold out is flagged now, not discovered at checkout.
    if (m_cart->refreshAvailability(m_menuSchedule->menu()) > 0)
        qCInfo(lcServices) << "an item in the open cart is no longer available";
    emit menuChanged();
}

void KioskServices::applyLanguage()
{
    const QString &language = m_session->language();
    const QString &currency = m_config.kiosk.currency;
    m_translator->apply(language, m_session.get());
    m_categories->setLanguage(language);
    m_items->setLanguage(language, currency);
    m_editor->setLanguage(language, currency);
    m_comboEditor->setLanguage(language, currency);
    m_cart->setLanguage(language, currency);
    m_loyalty->setLanguage(language, currency);
    m_promo->setLanguage(language, currency);
    m_accessibility->setLanguage(language);
    m_feedback->setLanguage(language);
    m_payment->setLanguage(language);
    m_suggestions->setLanguage(language, currency);
}

} // namespace kiosk
