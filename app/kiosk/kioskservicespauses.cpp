// KioskServices: items staff paused ("86") from diagnostics. ItemPauses keeps them (and, for a
// contract v1 backend menu, queues the backend's copy); applyPauses() brings the pauses in
// force to the menu customers see.
#include "kioskservices.h"

#include "backendchoice.h"
#include "domain/pauseduration.h"
#include "health/healthmonitor.h"
#include "storage/itempauses.h"
#include "ui/cartmodel.h"
#include "ui/categorylistmodel.h"
#include "ui/diagnosticscontroller.h"
#include "ui/menuitemlistmodel.h"
#include "sync/syncservice.h"

#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace kiosk {

namespace {

// The pauses in force at `now`, by item id (none when they cannot be read: the menu stays
// as it is rather than emptying).
QHash<QString, QDateTime> pausesInForce(ItemPauses &pauses, const QDateTime &now)
{
    QHash<QString, QDateTime> until;
    const std::optional<QList<ItemPause>> active = pauses.active(now);
    if (!active)
        qCWarning(lcServices) << "cannot read the paused items; the menu shows none paused";
    for (const ItemPause &pause : active.value_or(QList<ItemPause>()))
        until.insert(pause.itemId, pause.until);
    return until;
}

// `menu` with the paused items sold out.
Menu withPausedItemsSoldOut(const Menu &menu, const QHash<QString, QDateTime> &paused)
{
    QList<MenuItem> items = menu.items();
    for (MenuItem &item : items) {
        if (paused.contains(item.id))
            item.available = false;
    }
    Menu shown(menu.categories(), menu.modifierGroups(), items, menu.taxes(), menu.combos());
    shown.setUpsell(menu.upsell());
    return shown;
}

} // namespace

void KioskServices::applyPauseSettings()
{
    m_itemPauses = std::make_unique<ItemPauses>(*m_database, pauseSharing(m_config.kiosk));
    MenuDiagnostics *staff = m_diagnostics->menu();
    staff->setPauses(m_itemPauses.get());
    staff->setClock(m_nowUtc);
    staff->setStoreTime(m_config.kiosk.storeTime.timeZone(), m_config.kiosk.storeTime.businessDayStartsAt);
}

void KioskServices::pausesWritten()
{
    applyPauses();
    if (m_sync)
        m_sync->wake(); // the backend's copy is queued (WithBackend)
}

// The staff listener checked the token; ItemPauses writes the item_pause / item_resume row, the
// listener its http_ one.
void KioskServices::handlePauseRequests(HealthMonitor &health)
{
    health.setPauseListHandler([this] { return m_itemPauses->active(nowUtc()); });
    health.setPauseHandler([this](const QString &itemId, std::optional<PauseChoice> choice) {
        using Answer = PauseOutcome::Answer;
        if (!m_config.menu.item(itemId))
            return PauseOutcome{Answer::UnknownItem, {}, {}};
        const QDateTime now = nowUtc();
        const StoreTimeSettings &store = m_config.kiosk.storeTime;
        const QDateTime until =
            choice ? pauseUntil(*choice, now, store.timeZone(), store.businessDayStartsAt) : QDateTime();
        QString error;
        const bool done = choice ? m_itemPauses->pause(itemId, until, now, &error)
                                 : m_itemPauses->resume(itemId, now, &error);
        if (!done)
            return PauseOutcome{Answer::Failed, {}, error};
        pausesWritten();
        return PauseOutcome{Answer::Done, until, {}};
    });
}

void KioskServices::applyPauses()
{
    const QDateTime now = nowUtc();
    const QHash<QString, QDateTime> paused = pausesInForce(*m_itemPauses, now);
    // THE place the pauses reach the menu customers see. Merge with issue 17's MenuSchedule:
    // m_schedule->setPausedUntil(paused) replaces the next four lines.
    m_shownMenu = withPausedItemsSoldOut(m_config.menu, paused);
    m_categories->setMenu(m_shownMenu);
    m_items->setMenu(m_shownMenu);
    if (m_cart->refreshAvailability(m_shownMenu) > 0)
        qCInfo(lcServices) << "an item in the open cart is paused";
    m_diagnostics->menu()->setMenu(m_config.menu, m_config.kiosk.defaultLanguage);
    // Woken when the first pause ends (a pause of a day at most: well within QTimer's range).
    QDateTime next;
    for (const QDateTime &until : paused) {
        if (!next.isValid() || until < next)
            next = until;
    }
    m_pauseExpiry.stop();
    if (next.isValid())
        m_pauseExpiry.start(int(std::clamp<qint64>(now.msecsTo(next) + 1, 0, 24LL * 3600 * 1000)));
}

} // namespace kiosk
