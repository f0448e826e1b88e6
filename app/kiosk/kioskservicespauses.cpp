// KioskServices: items staff paused ("86") from diagnostics. ItemPauses keeps them (and, for a
// contract v1 backend menu, queues the backend's copy); applyPauses() brings the pauses in
// force to the menu schedule (the menu customers see).
#include "kioskservices.h"

#include "backendchoice.h"
#include "domain/pauseduration.h"
#include "health/healthmonitor.h"
#include "storage/itempauses.h"
#include "ui/diagnosticscontroller.h"
#include "ui/menuschedule.h"
#include "sync/syncservice.h"

#include <QLoggingCategory>

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

// The schedule sells the paused items out, puts each back on sale when its pause ends, and
// says so (menuInForceChanged: the pages, the open cart, the staff's Menu page).
void KioskServices::applyPauses()
{
    m_menuSchedule->setPausedUntil(pausesInForce(*m_itemPauses, nowUtc()));
    m_diagnostics->menu()->setMenu(m_config.menu, m_config.kiosk.defaultLanguage);
}

} // namespace kiosk
