#pragma once

#include "config/configloader.h"
#include "print/printtiming.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QFileSystemWatcher)

namespace kiosk {

class AccessibilityController;
class AssistController;
class CartModel;
class CategoryListModel;
class ComboEditor;
class Checkout;
class Connectivity;
class Database;
class DiagnosticsController;
class FeedbackController;
class HealthMonitor;
class ItemEditor;
class ItemPauses;
class KioskSession;
class LiveConfig;
class LoyaltyController;
class Menu;
class MenuItemListModel;
class MenuSchedule;
class OrderStore;
class PaymentController;
class PromoController;
class TicketStatus;
class PageTranslator;
class RecentErrorLog;
class RetentionService;
class StaffAudit;
class StoreProfile;
class SuggestionController;
class TicketPrinting;
class SyncService;
class PaymentService;
class PaymentStore;

// The composition root: built once (by main, or by a test), it owns every long-lived part of
// the kiosk and connects them. Parts are created in start() in dependency order and destroyed
// in stop() in the reverse order, both written out below; nothing depends on the order of
// member declarations. The parts know only the narrow things they are given here.
class KioskServices : public QObject
{
    Q_OBJECT

public:
    enum class HealthListener {
        Configured, // the health section's port (the kiosk)
        AnyFreePort, // tests that run side by side
        Off,        // tests that need no health monitor
    };

    struct Options
    {
        QString configDir;
        QString dataDir; // empty: the config's data_dir
        HealthListener health = HealthListener::Configured;
        RecentErrorLog *errorLog = nullptr; // the Errors page; RecentErrorLog::installed() if unset
        PrintTiming printTiming = {};       // the printer's retries and polls (tests shorten them)
        // Now, in UTC, for what depends on the wall clock (dayparts, pauses); empty: the system's.
        std::function<QDateTime()> nowUtc = {};
        // The kiosk: what its first screen does not need waits for startBackground(), called
        // after the first frame. Otherwise (tests) start() starts everything.
        bool deferBackground = false;
    };

    explicit KioskServices(QObject *parent = nullptr);
    ~KioskServices() override;

    // Loads and validates the config, opens the database (moving a damaged one aside first)
    // and makes every part QML is given, showing the backend's cached menu when that is the
    // menu in force; then startBackground() unless Options::deferBackground. On failure
    // `error` says every problem and nothing is left running.
    bool start(const Options &options, QString *error);
    // What the first screen does not need: the sync and payment threads, the health listener
    // and probe, retention, the printer and config watching. Once per start(); nothing when
    // not running.
    void startBackground();
    void stop();
    bool isRunning() const { return m_session != nullptr; }
    bool isBackgroundStarted() const { return m_backgroundStarted; }

    // What the QML pages take as required properties, by name (Main.qml, KioskApp.qml).
    QVariantMap qmlProperties() const;

    const LoadedConfig &config() const { return m_config; }
    QString databasePath() const { return m_databasePath; }
    Database &database() { return *m_database; }
    SyncService *sync() { return m_sync.get(); }
    PaymentService *payments() { return m_payments.get(); }
    PaymentStore &paymentStore() { return *m_paymentStore; }
    // nullptr before startBackground(), and with HealthListener::Off.
    HealthMonitor *health() { return m_health.get(); }
    LiveConfig &liveConfig() { return *m_liveConfig; }
    KioskSession &session() { return *m_session; }
    CartModel &cart() { return *m_cart; }
    ItemEditor &editor() { return *m_editor; }
    ComboEditor &comboEditor() { return *m_comboEditor; }
    MenuItemListModel &items() { return *m_items; }
    LoyaltyController &loyalty() { return *m_loyalty; }
    PromoController &promo() { return *m_promo; }
    DiagnosticsController &diagnostics() { return *m_diagnostics; }
    FeedbackController &feedback() { return *m_feedback; }
    AssistController &assist() { return *m_assist; }
    AccessibilityController &accessibility() { return *m_accessibility; }
    StoreProfile &store() { return *m_store; }
    Connectivity &connectivity() { return *m_connectivity; }
    PaymentController &payment() { return *m_payment; }
    TicketPrinting &tickets() { return *m_tickets; }
    TicketStatus &ticketStatus() { return *m_ticketStatus; }
    SuggestionController &suggestions() { return *m_suggestions; }
    // The menu customers see now (dayparts, pauses) over the full menu of config().menu.
    MenuSchedule &menuSchedule() { return *m_menuSchedule; }
    ItemPauses &itemPauses() { return *m_itemPauses; }
    QDateTime nowUtc() const { return m_nowUtc ? m_nowUtc() : QDateTime::currentDateTimeUtc(); }

signals:
    // The menu customers see changed while running (a reload, the backend's menu, a daypart
    // boundary, a pause).
    void menuChanged();
    // startBackground() has started everything.
    void backgroundStarted();

private:
    bool openStorage(const QString &dataDir, QString *error);
    void createParts(const std::function<QDateTime()> &nowUtc);
    void connectVisit();
    void connectPayment();
    void wakeBackend();
    void forgetCustomer();
    void showMenu();
    // The menu in force changed: shown, and the open cart's lines checked against it.
    void menuInForceChanged();
    // The sync and payment services are made (and connected) with the parts, their threads
    // started by startBackground().
    void createSync();
    void createPayments();
    void startSync();
    void startHealth();
    void startRetention();
    void applyConfig(const LoadedConfig &config);
    void applyMenu(const Menu &menu);
    void applyLanguage();
    // Card payment as staff see it: the diagnostics Payments page and the payments checks.
    void showPaymentsToStaff();
    // Order tickets (kioskservicestickets.cpp).
    void createTickets(const PrintTiming &timing);
    void connectTickets();
    void applyPrinter();
    void showPrinter();
    void handlePrinterRequests(HealthMonitor &health);
    // Pausing (kioskservicespauses.cpp): ItemPauses as the store's backend allows, and the
    // pauses in force brought to the menu customers see, at start, after each pause or resume
    // and when one ends.
    void applyPauseSettings();
    void applyPauses();
    // A pause or resume was written: in force here at once, and on its way to the backend.
    void pausesWritten();
    void handlePauseRequests(HealthMonitor &health);
    // A staff action leaves a staff_audit row (or a warning when it cannot).
    void auditStaff(const QString &action, const QString &detail);

    LoadedConfig m_config; // in force; its menu (the full one) is the backend's when that is in use
    bool m_menuFromBackend = false;
    std::function<QDateTime()> m_nowUtc; // Options::nowUtc
    HealthListener m_healthListener = HealthListener::Configured; // Options::health
    bool m_backgroundStarted = false;
    QString m_databasePath;
    QString m_storageRecoveryNote;

    // Storage: the GUI thread's one connection and what works on it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<StaffAudit> m_audit;
    std::unique_ptr<PaymentStore> m_paymentStore; // the customer's side of card payments
    std::unique_ptr<ItemPauses> m_itemPauses;     // items staff paused ("86")
    // The pages' models and controllers.
    std::unique_ptr<StoreProfile> m_store;
    std::unique_ptr<Connectivity> m_connectivity;
    std::unique_ptr<MenuSchedule> m_menuSchedule; // what of m_config.menu customers see now
    std::unique_ptr<CategoryListModel> m_categories;
    std::unique_ptr<MenuItemListModel> m_items;
    std::unique_ptr<ItemEditor> m_editor;
    std::unique_ptr<ComboEditor> m_comboEditor;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<LoyaltyController> m_loyalty;
    std::unique_ptr<PromoController> m_promo; // the order's promo code
    std::unique_ptr<Checkout> m_checkout;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<SuggestionController> m_suggestions; // upsell prompts and their counts
    std::unique_ptr<PageTranslator> m_translator;
    std::unique_ptr<AccessibilityController> m_accessibility;
    std::unique_ptr<FeedbackController> m_feedback;
    std::unique_ptr<AssistController> m_assist;
    std::unique_ptr<DiagnosticsController> m_diagnostics;
    std::unique_ptr<PaymentController> m_payment; // the payment page's state
    std::unique_ptr<TicketPrinting> m_tickets;    // order tickets; owns the printer thread
    std::unique_ptr<TicketStatus> m_ticketStatus; // the confirmation page's view of the ticket
    std::unique_ptr<QFileSystemWatcher> m_dataDirWatcher; // the staff PIN file beside kiosk.db
    std::unique_ptr<LiveConfig> m_liveConfig;
    // Threads and listeners.
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<PaymentService> m_payments; // card payments, on their own thread
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<RetentionService> m_retention; // deletes old data on its own thread
};

} // namespace kiosk
