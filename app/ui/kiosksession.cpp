#include "ui/kiosksession.h"

#include "storage/database.h"
#include "storage/orderstore.h"
#include "sync/syncservice.h"
#include "sync/syncsettings.h"
#include "ui/moneyformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")

namespace kiosk {

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    connect(&m_idle, &IdleMonitor::expired, this, [this] {
        qCInfo(lcSession) << "customer idle: order discarded";
        endOrder();
    });
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
    if (!loadSyncSettings(config->kiosk, &errors)) {
        m_loadError = formatErrors(errors);
        emit loaded();
        return false;
    }
    const QString dir = dataDir.isEmpty() ? config->kiosk.dataDir : QDir(dataDir).absolutePath();
    const QString databasePath = QDir(dir).filePath(QStringLiteral("kiosk.db"));
    QString error;
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

    m_categories.setMenu(m_config.menu);
    m_items.setMenu(m_config.menu);
    m_cart.setTaxRateBps(m_config.kiosk.taxRateBps);
    m_idle.setIdleTimeoutMs(m_config.kiosk.idleTimeoutS * 1000);
    m_idle.setWarningMs(m_config.kiosk.idleWarningS * 1000);
    m_language = m_config.kiosk.defaultLanguage;
    applyLanguage();
    startSync(databasePath);
    qCInfo(lcSession) << "loaded" << configDir << "with" << m_config.menu.items().size() << "items";
    emit loaded();
    return true;
}

void KioskSession::startSync(const QString &databasePath)
{
    ConfigErrors errors;
    SyncSettings settings = *loadSyncSettings(m_config.kiosk, &errors); // validated in load()
    const bool backendMenu = m_config.kiosk.menuSource == KioskConfig::MenuSource::Backend;
    if (!backendMenu)
        settings.menuPollIntervalMs = 0; // menu.json is what customers see: no need to fetch
    m_sync = std::make_unique<SyncService>(settings, databasePath);
    connect(m_sync.get(), &SyncService::onlineChanged, this, &KioskSession::setOnline);
    connect(m_sync.get(), &SyncService::menuRejected, this, [](const QString &messages) {
        qCWarning(lcSession).noquote() << "backend menu rejected, keeping the last good one:\n" << messages;
    });
    if (backendMenu)
        connect(m_sync.get(), &SyncService::menuUpdated, this, &KioskSession::applyMenu);
    m_sync->start();
    if (backendMenu && m_sync->cachedMenu())
        applyMenu(*m_sync->cachedMenu());
    setOnline(false);
    m_offlineNoticeTimer.start();
}

void KioskSession::applyMenu(const Menu &menu)
{
    m_config.menu = menu;
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
    if (auto *engine = qobject_cast<QQmlEngine *>(qjsEngine(this)))
        engine->retranslate();
    emit languageChanged();
}

void KioskSession::startOrder()
{
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
                            m_language, m_config.kiosk.taxRateBps);
    const OrderStore::Commit commit = m_store->commit(order, m_config.kiosk.orderPrefix);
    if (!commit.ok) {
        qCCritical(lcSession) << "checkout refused, order not saved:" << commit.error;
        setCheckoutError(CheckoutError::CannotSave);
        return false;
    }
    qCInfo(lcSession) << "order" << commit.number << "saved, total" << order.totals.total << "cents";
    setCheckoutError(CheckoutError::None);
    m_lastOrderNumber = commit.number;
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
    m_cart.cart().clear();
    m_cart.reset();
    m_editor.close();
    m_dineOption = DineOption::NotChosen;
    emit dineOptionChanged();
    setCheckoutError(CheckoutError::None);
    setOrderOpen(false);
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

} // namespace kiosk
