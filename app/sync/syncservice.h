#pragma once

#include "config/syncsettings.h"
#include "domain/menu.h"
#include "sync/backendport.h"
#include "sync/backoff.h"
#include "sync/loyaltylookup.h"
#include "sync/promotionlookup.h"
#include "contract/enrolmentrequest.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <optional>

namespace kiosk {

class Database;
class SyncWorker;

// The GUI thread's handle on backend sync. It owns the sync thread and its SyncWorker; all
// traffic between them is queued signals, so nothing here ever waits on the network. The
// only blocking call is stop() (also run by the destructor), which joins the thread: a
// request in flight is abandoned within 50 ms and its entry stays pending.
class SyncService : public QObject
{
    Q_OBJECT

public:
    // `databasePath` is the kiosk.db that checkout writes; the worker opens its own connection.
    // `portFactory` makes the backend port on the sync thread at each start(); without one,
    // contract v1 over HTTP (ContractV1Backend) as `settings` say.
    SyncService(SyncSettings settings, QString databasePath, BackendPortFactory portFactory = {},
                QObject *parent = nullptr);
    ~SyncService() override;

    // Tests pin the backoff's jitter; call before start().
    void setRandomSource(Backoff::RandomSource random) { m_random = std::move(random); }

    // Reads the cached backend menu into cachedMenu() (one small read on `database`, a
    // connection of this thread; nullptr opens one for the read) without starting the thread:
    // the kiosk shows that menu from its first frame and starts the thread after it.
    void loadCachedMenu(Database *database = nullptr);
    // Starts the thread, reading the cached menu first unless loadCachedMenu() did since the
    // last start.
    void start(Database *database = nullptr);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // The last good backend menu, validated, as of start() (or loadCachedMenu()); nullopt when
    // none is cached.
    const std::optional<Menu> &cachedMenu() const { return m_cachedMenu; }

    // The latest state the worker reported.
    bool isOnline() const { return m_online; }
    int pendingCount() const { return m_pending; }
    int failedCount() const { return m_failed; }
    qint64 oldestPendingAgeS() const { return m_oldestPendingAgeS; }
    qint64 lastHealthLatencyMs() const { return m_latencyMs; }

public slots:
    // Checkout queued something: deliver it now rather than at the next poll.
    void wake();
    // Puts a failed outbox entry back in the queue (diagnostics).
    void retryFailed(qint64 seq);
    // A health probe now on the sync thread (diagnostics); answered by networkTestFinished.
    void runNetworkTest();
    // Looks a member up on the sync thread (never here); answered by memberLookedUp with the
    // same `requestId`, online, from the offline cache, or unavailable.
    void lookupMember(quint64 requestId, kiosk::LoyaltyLookupKind kind, const QString &identifier);
    // Saves the enrolment on the sync thread, in ONE transaction: an outbox entry kind
    // "loyalty_enrolment", key = memberId (QUuid::WithoutBraces), body = toContractJson(); and the
    // member in the offline cache under ("phone", enrolment.phone) for `cacheTtlHours` (added to any
    // members already cached for that phone). Answered by memberEnrolled; delivery starts at once.
    void enrolMember(quint64 requestId, const kiosk::LoyaltyEnrolment &enrolment, const kiosk::LoyaltyMember &member,
                     int cacheTtlHours);
    // Asks the backend for a promo code (normalized, well formed) on the sync thread.
    void lookupPromotion(quint64 requestId, const QString &code);

signals:
    void onlineChanged(bool online);
    // `reason`: why the backend is down, in plain words (Square's "the access token was
    // refused"), empty when it is up.
    void healthChecked(bool online, qint64 latencyMs, const QString &reason);
    void outboxChanged(int pending, int failed, qint64 oldestPendingAgeS);
    void orderDelivered(const QString &orderId, int pointsEarned);
    // Accepted with `count` adjustments (a refused reward), recorded for diagnostics.
    void orderAdjusted(const QString &orderId, int count);
    void deliveryFailed(const QString &key, const QString &reason);
    void menuUpdated(const kiosk::Menu &menu);
    void menuRejected(const QString &messages);
    // What the adapter could not map into the last menu it fetched (one line per object);
    // empty once a fetched menu maps whole. Emitted when the list changes.
    void menuProblemsChanged(const QStringList &problems);
    // The sync thread cannot use the database (it then stops delivering).
    void storageError(const QString &message);
    // `status`: the probe's HTTP status, 0 when no response came; `error` empty when the
    // backend is up.
    void networkTestFinished(int status, qint64 latencyMs, const QString &error);
    void memberLookedUp(const kiosk::LoyaltyLookupResult &result);
    void memberEnrolled(quint64 requestId, bool saved, const QString &error); // saved: durable
    // The backend created the member (the loyalty_enrolment entry was delivered): its answer,
    // with what it granted (the welcome reward). Also replaces the member in the offline cache.
    void enrolmentDelivered(const kiosk::LoyaltyMember &member);
    void promotionLookedUp(const kiosk::PromotionLookupResult &result);

private:
    const SyncSettings m_settings;
    const QString m_databasePath;
    const BackendPortFactory m_portFactory;
    Backoff::RandomSource m_random;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    std::atomic_bool m_stopping = false;
    std::optional<Menu> m_cachedMenu;
    bool m_cachedMenuRead = false; // by loadCachedMenu(), for the next start()
    bool m_online = false;
    int m_pending = 0;
    int m_failed = 0;
    qint64 m_oldestPendingAgeS = 0;
    qint64 m_latencyMs = -1;
};

} // namespace kiosk
