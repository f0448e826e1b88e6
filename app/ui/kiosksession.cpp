#include "ui/kiosksession.h"

#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/recovery.h"
#include "sync/syncservice.h"
#include "ui/moneyformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")
Q_LOGGING_CATEGORY(lcReload, "kiosk.config.reload")

namespace kiosk {

namespace {

// kiosk.json keys a running kiosk cannot take over: the database it has open, its identity,
// the sync thread's backend and settings, the health listener. They wait for a restart.
const QStringList &restartOnlyKeys()
{
    static const QStringList keys{QStringLiteral("kiosk_id"), QStringLiteral("data_dir"),
                                  QStringLiteral("backend"), QStringLiteral("menu_source"),
                                  QStringLiteral("sync"), QStringLiteral("health")};
    return keys;
}

} // namespace

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    connect(&m_idle, &IdleMonitor::expired, this, [this] {
        qCInfo(lcSession) << "customer idle: order discarded";
        endOrder();
    });
    // Keypad navigation and listening take longer: twice the idle time in accessibility mode.
    connect(&m_accessibility, &AccessibilityController::enabledChanged, this,
            [this] { m_idle.setExtendedTime(m_accessibility.isEnabled()); });
    const auto wakeSync = [this] {
        if (m_sync)
            m_sync->wake();
    };
    m_feedback.setWakeSync(wakeSync);
    m_assist.setWakeSync(wakeSync);
    // Offline from the start counts too: the first probe may never answer.
    m_offlineNoticeTimer.setSingleShot(true);
    m_offlineNoticeTimer.setInterval(OfflineNoticeDelayMs);
    connect(&m_offlineNoticeTimer, &QTimer::timeout, this, [this] { setOfflineNotice(true); });
}

KioskSession::~KioskSession()
{
    QCoreApplication::removeTranslator(&m_translator);
}

bool KioskSession::load(const QString &configDir, const QString &dataDir)
{
    ConfigErrors errors;
    std::optional<LoadedConfig> config = loadConfigDir(configDir, &errors);
    if (!config) {
        m_loadError = formatErrors(errors);
        emit loaded();
        return false;
    }
    const QString dir = dataDir.isEmpty() ? config->kiosk.dataDir : QDir(dataDir).absolutePath();
    const QString databasePath = QDir(dir).filePath(QStringLiteral("kiosk.db"));
    QString error;
    // A damaged file is moved aside and rebuilt before anything opens it (app/storage/recovery).
    const std::optional<StorageRecovery> recovery =
        recoverDamagedDatabase(databasePath, QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        m_loadError = error;
        emit loaded();
        return false;
    }
    std::unique_ptr<Database> database = Database::open(databasePath, &error);
    if (!database) {
        m_loadError = error;
        emit loaded();
        return false;
    }

    m_sync.reset();
    m_store.reset();
    m_database = std::move(database);
    m_store = std::make_unique<OrderStore>(*m_database);
    m_config = std::move(*config);
    m_databasePath = databasePath;
    m_loadError.clear();
    m_storageRecoveryNote = recovery ? recovery->note() : QString();

    m_categories.setMenu(m_config.menu);
    m_items.setMenu(m_config.menu);
    m_cart.setTaxRateBps(m_config.kiosk.taxRateBps);
    m_loyalty.setRules(m_config.kiosk.loyalty);
    m_loyalty.setMenu(m_config.menu);
    m_idle.setIdleTimeoutMs(m_config.kiosk.idleTimeoutS * 1000);
    m_idle.setWarningMs(m_config.kiosk.idleWarningS * 1000);
    m_language = m_config.kiosk.defaultLanguage;
    applyLanguage();
    m_feedback.setStorage(m_database.get(), m_config.kiosk.feedback);
    m_assist.setStorage(m_database.get(), m_config.kiosk.kioskId);
    startSync(databasePath);
    watchConfig();
    qCInfo(lcSession) << "loaded" << configDir << "with" << m_config.menu.items().size() << "items";
    emit loaded();
    return true;
}

void KioskSession::startSync(const QString &databasePath)
{
    SyncSettings settings = m_config.kiosk.sync;
    const bool backendMenu = m_config.kiosk.menuSource == KioskConfig::MenuSource::Backend;
    if (!backendMenu)
        settings.menuPollIntervalMs = 0; // menu.json is what customers see: no need to fetch
    m_sync = std::make_unique<SyncService>(settings, databasePath);
    m_loyalty.setSync(m_sync.get());
    connect(m_sync.get(), &SyncService::onlineChanged, this, &KioskSession::setOnline);
    connect(m_sync.get(), &SyncService::menuRejected, this, [](const QString &messages) {
        qCWarning(lcSession).noquote() << "backend menu rejected, keeping the last good one:\n" << messages;
    });
    if (backendMenu) {
        connect(m_sync.get(), &SyncService::menuUpdated, this, [this](const Menu &menu) {
            m_menuFromBackend = true;
            applyMenu(menu);
        });
    }
    m_sync->start();
    m_menuFromBackend = backendMenu && m_sync->cachedMenu();
    if (m_menuFromBackend)
        applyMenu(*m_sync->cachedMenu());
    setOnline(false);
    m_offlineNoticeTimer.start();
}

void KioskSession::applyMenu(const Menu &menu)
{
    m_config.menu = menu;
    m_loyalty.setMenu(m_config.menu);
    m_categories.setMenu(m_config.menu);
    m_items.setMenu(m_config.menu);
    // A line whose item just sold out is flagged now, not discovered at checkout.
    if (m_cart.cart().refreshAvailability(m_config.menu) > 0)
        qCInfo(lcSession) << "an item in the open cart is no longer available";
    m_cart.reset();
    emit menuChanged();
}

void KioskSession::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_offlineNoticeTimer.stop();
        setOfflineNotice(false);
    } else {
        m_offlineNoticeTimer.start();
    }
    emit onlineChanged();
}

void KioskSession::setOfflineNotice(bool visible)
{
    if (visible == m_offlineNotice)
        return;
    m_offlineNotice = visible;
    emit offlineNoticeChanged();
}

QUrl KioskSession::logoUrl() const
{
    const QString logo = m_config.kiosk.branding.logo;
    return logo.isEmpty() ? QUrl() : QUrl::fromLocalFile(logo);
}

void KioskSession::setLanguage(const QString &language)
{
    if (language == m_language || !m_config.kiosk.languages.contains(language))
        return;
    m_language = language;
    applyLanguage();
}

void KioskSession::applyLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language of the pages; others come from :/i18n/kiosk_<lang>.qm.
    if (m_language != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/kiosk_%1.qm").arg(m_language)))
            QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcSession) << "no translation of the pages for" << m_language;
    }
    const QString &currency = m_config.kiosk.currency;
    m_categories.setLanguage(m_language);
    m_items.setLanguage(m_language, currency);
    m_editor.setLanguage(m_language, currency);
    m_cart.setLanguage(m_language, currency);
    m_loyalty.setLanguage(m_language, currency);
    m_accessibility.setLanguage(m_language);
    m_feedback.setLanguage(m_language);
    if (auto *engine = qobject_cast<QQmlEngine *>(qjsEngine(this)))
        engine->retranslate();
    emit languageChanged();
}

void KioskSession::startOrder()
{
    m_loyalty.signOut(); // a new customer: nobody's member data
    m_cart.cart().clear();
    m_cart.reset();
    m_editor.close();
    m_dineOption = DineOption::NotChosen;
    emit dineOptionChanged();
    setCheckoutError(CheckoutError::None);
    setOrderOpen(true);
}

void KioskSession::chooseDineOption(DineOption option)
{
    if (option == m_dineOption)
        return;
    m_dineOption = option;
    emit dineOptionChanged();
}

bool KioskSession::openItem(const QString &itemId)
{
    const MenuItem *item = m_config.menu.item(itemId);
    if (!item || !item->available)
        return false;
    m_editor.openItem(m_config.menu, *item);
    return true;
}

bool KioskSession::addEditedItem()
{
    if (!m_editor.addTo(&m_cart.cart()))
        return false;
    m_cart.reset();
    m_editor.close();
    return true;
}

bool KioskSession::checkout()
{
    if (m_cart.isEmpty()) {
        setCheckoutError(CheckoutError::EmptyCart);
        return false;
    }
    m_cart.cart().refreshAvailability(m_config.menu);
    if (m_cart.hasUnavailable()) {
        m_cart.reset();
        setCheckoutError(CheckoutError::UnavailableItems);
        return false;
    }
    if (m_dineOption == DineOption::NotChosen || !m_store) {
        setCheckoutError(CheckoutError::NoDineOption);
        return false;
    }
    Order order = makeOrder(m_cart.cart(), m_config.kiosk.kioskId,
                            m_dineOption == DineOption::TakeOut ? kiosk::DineOption::ToGo
                                                                : kiosk::DineOption::Here,
                            m_language, m_config.kiosk.taxRateBps, m_cart.totals().discount,
                            m_loyalty.claim());
    const OrderStore::Commit commit = m_store->commit(order, m_config.kiosk.orderPrefix);
    if (!commit.ok) {
        qCCritical(lcSession) << "checkout refused, order not saved:" << commit.error;
        setCheckoutError(CheckoutError::CannotSave);
        return false;
    }
    qCInfo(lcSession) << "order" << commit.number << "saved, total" << order.totals.total << "cents";
    setCheckoutError(CheckoutError::None);
    m_lastOrderNumber = commit.number;
    m_loyalty.orderCommitted(order.id.toString(QUuid::WithoutBraces));
    m_lastOrderId = order.id.toString(QUuid::WithoutBraces);
    m_feedback.beginOrder(order.id, m_store->lastSequence());
    m_lastOrderTotalText = formatMoney(order.totals.total, m_language, m_config.kiosk.currency);
    m_cart.cart().clear();
    m_cart.reset();
    m_sync->wake();
    // The customer has their number; nothing is pending, so idling now loses nothing.
    m_idle.setActive(false);
    emit orderConfirmed(commit.number);
    return true;
}

void KioskSession::endOrder()
{
    // Finished, cancelled or idle: the member is signed out, nothing of them stays on screen.
    m_loyalty.signOut();
    // Answers given on the confirmation screen are kept, in the language they were given in.
    m_feedback.finish();
    m_cart.cart().clear();
    m_cart.reset();
    m_editor.close();
    m_dineOption = DineOption::NotChosen;
    emit dineOptionChanged();
    setCheckoutError(CheckoutError::None);
    setOrderOpen(false);
    // Between customers: a config change that waited for this order is applied now.
    if (m_pendingConfig) {
        const ConfigSnapshot pending = std::move(*m_pendingConfig);
        m_pendingConfig.reset();
        applyConfig(pending);
    }
    // The next customer starts neutral: no accessibility mode, default display and volume.
    m_accessibility.reset();
    if (m_language != m_config.kiosk.defaultLanguage) {
        m_language = m_config.kiosk.defaultLanguage;
        applyLanguage();
    }
    emit orderEnded();
}

void KioskSession::setCheckoutError(CheckoutError error)
{
    if (error == m_checkoutError)
        return;
    m_checkoutError = error;
    emit checkoutErrorChanged();
}

void KioskSession::setOrderOpen(bool open)
{
    m_idle.setActive(open);
    if (open == m_orderOpen)
        return;
    m_orderOpen = open;
    emit orderOpenChanged();
}

// --- live config reload ----------------------------------------------------------------------

void KioskSession::watchConfig()
{
    const QString dir = m_config.kiosk.configDir;
    m_configVersion = configVersionOf(dir, referencedImages(m_config));
    m_configLoadedAt = QDateTime::currentDateTimeUtc();
    m_lastConfigRejection.clear();
    m_lastConfigRejectedAt = {};
    m_pendingConfig.reset();
    m_startKioskJson = m_config.kioskJson;
    m_configWatcher = std::make_unique<ConfigWatcher>(dir);
    connect(m_configWatcher.get(), &ConfigWatcher::snapshotRead, this, &KioskSession::onConfigSnapshot);
    QStringList files{QDir(dir).filePath(QStringLiteral("kiosk.json")), QDir(dir).filePath(QStringLiteral("menu.json"))};
    m_configWatcher->watch(files + referencedImages(m_config));
    emit configStateChanged();
}

void KioskSession::reloadConfig()
{
    if (!m_configWatcher) {
        qCWarning(lcReload) << "reload asked for before a config was loaded";
        return;
    }
    qCInfo(lcReload) << "reload requested";
    m_configWatcher->readNow();
}

void KioskSession::onConfigSnapshot(const ConfigSnapshot &snapshot, bool requested)
{
    if (!snapshot.config) {
        // The last good config stays in force, and so does a valid change waiting for the order.
        m_lastConfigRejection = formatErrors(snapshot.errors);
        m_lastConfigRejectedAt = QDateTime::currentDateTimeUtc();
        qCWarning(lcReload).noquote() << "config change rejected, keeping" << m_configVersion
                                      << "in force:\n" << m_lastConfigRejection;
        emit configStateChanged();
        emit configRejected(m_lastConfigRejection);
        return;
    }
    // The latest change is a valid one: whatever was rejected before is superseded.
    m_lastConfigRejection.clear();
    m_lastConfigRejectedAt = {};
    if (snapshot.version == m_configVersion) {
        // Back to (or still) the config in force: nothing to apply, nothing left waiting.
        m_pendingConfig.reset();
        emit configStateChanged();
        if (requested)
            emit configApplied();
        return;
    }
    if (m_orderOpen) {
        qCInfo(lcReload) << "config" << snapshot.version << "is valid; it waits for the open order to end";
        m_pendingConfig = snapshot;
        emit configStateChanged();
        return;
    }
    applyConfig(snapshot);
}

void KioskSession::applyConfig(const ConfigSnapshot &snapshot)
{
    LoadedConfig next = *snapshot.config;
    // What the running kiosk cannot take over keeps its running value until a restart.
    QStringList needRestart;
    for (const QString &key : restartOnlyKeys()) {
        if (snapshot.config->kioskJson.value(key) != m_startKioskJson.value(key))
            needRestart.append(key);
    }
    next.kiosk.kioskId = m_config.kiosk.kioskId;
    next.kiosk.dataDir = m_config.kiosk.dataDir;
    next.kiosk.backend = m_config.kiosk.backend;
    next.kiosk.menuSource = m_config.kiosk.menuSource;
    next.kiosk.sync = m_config.kiosk.sync;
    next.kiosk.health = m_config.kiosk.health;
    if (m_menuFromBackend)
        next.menu = m_config.menu; // the backend's menu stays; menu.json is its offline fallback

    m_config = std::move(next);
    m_categories.setMenu(m_config.menu);
    m_items.setMenu(m_config.menu);
    m_cart.setTaxRateBps(m_config.kiosk.taxRateBps);
    m_loyalty.setRules(m_config.kiosk.loyalty);
    m_loyalty.setMenu(m_config.menu);
    m_idle.setIdleTimeoutMs(m_config.kiosk.idleTimeoutS * 1000);
    m_idle.setWarningMs(m_config.kiosk.idleWarningS * 1000);
    // Between customers: no feedback is being asked, so its settings can change too.
    m_feedback.setStorage(m_database.get(), m_config.kiosk.feedback);
    m_language = m_config.kiosk.defaultLanguage;
    applyLanguage();
    m_configVersion = snapshot.version;
    m_configLoadedAt = QDateTime::currentDateTimeUtc();
    m_pendingConfig.reset();

    if (needRestart.isEmpty()) {
        qCInfo(lcReload) << "config" << m_configVersion << "applied";
    } else {
        qCWarning(lcReload).noquote() << "config" << m_configVersion << "applied, except"
                                      << needRestart.join(QStringLiteral(", "))
                                      << "which take effect after a restart of the kiosk";
    }
    emit loaded();
    emit menuChanged();
    emit configStateChanged();
    emit configApplied();
}

} // namespace kiosk
