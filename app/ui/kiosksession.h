#pragma once

#include "config/configloader.h"
#include "config/configwatcher.h"
#include "domain/order.h"
#include "ui/accessibilitycontroller.h"
#include "ui/assistcontroller.h"
#include "ui/cartmodel.h"
#include "ui/diagnosticscontroller.h"
#include "ui/categorylistmodel.h"
#include "ui/feedbackcontroller.h"
#include "ui/idlemonitor.h"
#include "ui/itemeditor.h"
#include "ui/loyaltycontroller.h"
#include "ui/menuitemlistmodel.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kiosk {

class Database;
class OrderStore;
class SyncService;

// One customer's visit, from the attract screen to the order number, on one loaded config.
// The pages talk to this object and its models; it owns the storage and the domain state.
class KioskSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loaded)
    Q_PROPERTY(QString storeName READ storeName NOTIFY loaded)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY loaded)
    Q_PROPERTY(QUrl logoUrl READ logoUrl NOTIFY loaded)
    Q_PROPERTY(QColor primaryColor READ primaryColor NOTIFY loaded)
    Q_PROPERTY(QColor accentColor READ accentColor NOTIFY loaded)
    Q_PROPERTY(QStringList languages READ languages NOTIFY loaded)
    Q_PROPERTY(int confirmationTimeoutS READ confirmationTimeoutS NOTIFY loaded)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(DineOption dineOption READ dineOption NOTIFY dineOptionChanged)
    Q_PROPERTY(bool orderOpen READ isOrderOpen NOTIFY orderOpenChanged)
    Q_PROPERTY(QString lastOrderNumber READ lastOrderNumber NOTIFY orderConfirmed)
    Q_PROPERTY(QString lastOrderTotalText READ lastOrderTotalText NOTIFY orderConfirmed)
    Q_PROPERTY(CheckoutError checkoutError READ checkoutError NOTIFY checkoutErrorChanged)
    // The backend answers its health probe. Ordering never depends on it.
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    // True once the backend has been unreachable for a while: the pages show a calm notice
    // that orders are saved and will be sent automatically.
    Q_PROPERTY(bool offlineNotice READ offlineNotice NOTIFY offlineNoticeChanged)
    // Live config reload: the version in force (a 12-hex fingerprint of the config files), when
    // it was applied, the last rejected change's exact messages ("" when the latest change was
    // fine), and whether a valid change waits for the open order to end.
    Q_PROPERTY(QString configVersion READ configVersion NOTIFY configStateChanged)
    Q_PROPERTY(QDateTime configLoadedAt READ configLoadedAt NOTIFY configStateChanged)
    Q_PROPERTY(QString lastConfigRejection READ lastConfigRejection NOTIFY configStateChanged)
    Q_PROPERTY(QDateTime lastConfigRejectedAt READ lastConfigRejectedAt NOTIFY configStateChanged)
    Q_PROPERTY(bool configReloadPending READ configReloadPending NOTIFY configStateChanged)
    // What start-up did about a damaged database ("" when nothing happened), for diagnostics.
    Q_PROPERTY(QString storageRecoveryNote READ storageRecoveryNote NOTIFY loaded)
    Q_PROPERTY(kiosk::CategoryListModel *categories READ categories CONSTANT)
    Q_PROPERTY(kiosk::MenuItemListModel *items READ items CONSTANT)
    Q_PROPERTY(kiosk::ItemEditor *editor READ editor CONSTANT)
    Q_PROPERTY(kiosk::CartModel *cart READ cart CONSTANT)
    Q_PROPERTY(kiosk::IdleMonitor *idle READ idle CONSTANT)
    Q_PROPERTY(kiosk::DiagnosticsController *diagnostics READ diagnostics CONSTANT)
    Q_PROPERTY(kiosk::LoyaltyController *loyalty READ loyalty CONSTANT)
    Q_PROPERTY(kiosk::AccessibilityController *accessibility READ accessibility CONSTANT)
    Q_PROPERTY(kiosk::FeedbackController *feedback READ feedback CONSTANT)
    Q_PROPERTY(kiosk::AssistController *assist READ assist CONSTANT)

public:
    enum class DineOption { NotChosen, DineIn, TakeOut };
    Q_ENUM(DineOption)
    // Why a checkout did not go through; the pages turn these into words.
    enum class CheckoutError { None, EmptyCart, UnavailableItems, NoDineOption, CannotSave };
    Q_ENUM(CheckoutError)

    explicit KioskSession(QObject *parent = nullptr);
    ~KioskSession() override;

    // Loads and validates `configDir`, opens the database (in `dataDir`, or the config's
    // data_dir when empty). On failure `loadError` says every problem and nothing is changed.
    Q_INVOKABLE bool load(const QString &configDir, const QString &dataDir = {});

    bool isReady() const { return m_store != nullptr; }
    QString loadError() const { return m_loadError; }
    QString storeName() const { return m_config.kiosk.storeName; }
    QString kioskId() const { return m_config.kiosk.kioskId; }
    QUrl logoUrl() const;
    QColor primaryColor() const { return QColor(m_config.kiosk.branding.primaryColor); }
    QColor accentColor() const { return QColor(m_config.kiosk.branding.accentColor); }
    QStringList languages() const { return m_config.kiosk.languages; }
    int confirmationTimeoutS() const { return m_config.kiosk.confirmationTimeoutS; }
    QString language() const { return m_language; }
    DineOption dineOption() const { return m_dineOption; }
    bool isOrderOpen() const { return m_orderOpen; }
    QString lastOrderNumber() const { return m_lastOrderNumber; }
    // The id (and idempotency key) of the order whose number is shown.
    QString lastOrderId() const { return m_lastOrderId; }
    QString lastOrderTotalText() const { return m_lastOrderTotalText; }
    CheckoutError checkoutError() const { return m_checkoutError; }
    bool isOnline() const { return m_online; }
    bool offlineNotice() const { return m_offlineNotice; }
    QString configVersion() const { return m_configVersion; }
    QDateTime configLoadedAt() const { return m_configLoadedAt; }
    QString lastConfigRejection() const { return m_lastConfigRejection; }
    QDateTime lastConfigRejectedAt() const { return m_lastConfigRejectedAt; }
    bool configReloadPending() const { return m_pendingConfig.has_value(); }
    QString storageRecoveryNote() const { return m_storageRecoveryNote; }
    // The config watcher, for tests (a shorter debounce); nullptr before a successful load().
    ConfigWatcher *configWatcher() const { return m_configWatcher.get(); }
    // Backend delivery for the loaded config; nullptr before a successful load().
    SyncService *sync() const { return m_sync.get(); }
    CategoryListModel *categories() { return &m_categories; }
    MenuItemListModel *items() { return &m_items; }
    ItemEditor *editor() { return &m_editor; }
    CartModel *cart() { return &m_cart; }
    IdleMonitor *idle() { return &m_idle; }
    DiagnosticsController *diagnostics() { return &m_diagnostics; }
    LoyaltyController *loyalty() { return &m_loyalty; }
    AccessibilityController *accessibility() { return &m_accessibility; }
    FeedbackController *feedback() { return &m_feedback; }
    AssistController *assist() { return &m_assist; }
    const LoadedConfig &config() const { return m_config; }
    QString databasePath() const { return m_databasePath; }

    // Switches every text (the pages' and the menu's) to `language`, one of `languages`.
    Q_INVOKABLE void setLanguage(const QString &language);
    // The customer left the attract screen: a fresh, empty order starts.
    Q_INVOKABLE void startOrder();
    Q_INVOKABLE void chooseDineOption(DineOption option);
    Q_INVOKABLE bool openItem(const QString &itemId);
    Q_INVOKABLE bool addEditedItem();
    // Saves the order durably and only then reports its number (orderConfirmed).
    Q_INVOKABLE bool checkout();
    // Ends the visit: the cart is discarded and the language returns to the default.
    Q_INVOKABLE void endOrder();
    // Reads and validates the config folder now (diagnostics' "reload now", POST
    // /config/reload); the outcome comes as configApplied() or configRejected(). Changes are
    // also picked up by themselves. A valid change is applied at once between customers and
    // waits for endOrder() while an order is open; an invalid one changes nothing.
    Q_INVOKABLE void reloadConfig();

signals:
    void loaded();
    void languageChanged();
    void dineOptionChanged();
    void orderOpenChanged();
    void checkoutErrorChanged();
    void onlineChanged();
    void offlineNoticeChanged();
    // The menu changed while running (backend menu, availability); open carts are re-checked.
    void menuChanged();
    void orderConfirmed(const QString &number);
    // The visit is over (finished, cancelled or timed out): the pages return to the attract screen.
    void orderEnded();
    void configStateChanged();
    // A config change is in force (or a requested reload found the config in force unchanged).
    void configApplied();
    // A config change was refused with every problem, one a line; the last good one stays.
    void configRejected(const QString &messages);

private:
    static constexpr int OfflineNoticeDelayMs = 30000;

    void startSync(const QString &databasePath);
    void applyMenu(const Menu &menu);
    void setOnline(bool online);
    void setOfflineNotice(bool visible);
    void applyLanguage();
    void setCheckoutError(CheckoutError error);
    void setOrderOpen(bool open);
    void watchConfig();
    void onConfigSnapshot(const ConfigSnapshot &snapshot, bool requested);
    void applyConfig(const ConfigSnapshot &snapshot);

    LoadedConfig m_config;
    QString m_databasePath;
    QString m_loadError;
    QString m_configVersion;
    QDateTime m_configLoadedAt;
    QString m_lastConfigRejection;
    QDateTime m_lastConfigRejectedAt;
    std::optional<ConfigSnapshot> m_pendingConfig;
    QJsonObject m_startKioskJson;   // kiosk.json at start: restart-only keys are compared to it
    bool m_menuFromBackend = false; // the backend's menu is shown: a menu.json change waits
    QString m_storageRecoveryNote;
    std::unique_ptr<ConfigWatcher> m_configWatcher;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<SyncService> m_sync;
    bool m_online = false;
    bool m_offlineNotice = false;
    QTimer m_offlineNoticeTimer;
    QString m_language = QStringLiteral("en");
    QTranslator m_translator;
    DineOption m_dineOption = DineOption::NotChosen;
    bool m_orderOpen = false;
    QString m_lastOrderNumber;
    QString m_lastOrderId;
    QString m_lastOrderTotalText;
    CheckoutError m_checkoutError = CheckoutError::None;
    CategoryListModel m_categories;
    MenuItemListModel m_items;
    ItemEditor m_editor;
    CartModel m_cart;
    LoyaltyController m_loyalty{&m_cart}; // redeems into m_cart: declared after it
    // Declared before m_idle: both filter every key press, the later one first, so the idle
    // monitor sees the keys the accessibility mode takes for navigation.
    AccessibilityController m_accessibility;
    IdleMonitor m_idle;
    // After the models: it watches this session's signals from its constructor on.
    DiagnosticsController m_diagnostics{*this};
    // They keep a pointer to m_database: declared after it, destroyed before it.
    FeedbackController m_feedback;
    AssistController m_assist;
};

} // namespace kiosk
