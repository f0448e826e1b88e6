#pragma once

#include "config/syncsettings.h"
#include "contract/enrolmentrequest.h"
#include "domain/menu.h"
#include "storage/outbox.h"
#include "sync/backendport.h"
#include "sync/backoff.h"
#include "sync/loyaltylookup.h"
#include "sync/promotionlookup.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace kiosk {

class Database;
class LoyaltyCache;
class MenuCache;

// The sync thread's side: delivers the outbox, probes health, fetches the menu, looks members
// up. Lives on the thread SyncService owns, with its own database connection, and reaches the
// backend only through a BackendPort made here; every call blocks this thread only. Reports by
// signals, which reach the GUI thread queued.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // `stopping` is SyncService's flag: once set, a running call is abandoned and the entry it
    // carried stays pending, untouched. `portFactory` makes the port in start().
    SyncWorker(SyncSettings settings, QString databasePath, const std::atomic_bool *stopping,
               BackendPortFactory portFactory, Backoff::RandomSource random = {});
    ~SyncWorker() override;

public slots:
    // Opens the database and starts the timers; runs first on the sync thread.
    void start();
    // Something was queued (checkout): look at the outbox now rather than at the next poll.
    void wake();
    // A failed entry goes back to the queue (from diagnostics).
    void retryFailed(qint64 seq);
    // Asks the backend; an answer refreshes the offline cache, an outage is answered from it
    // while fresh. Always ends in memberLookedUp(). `identifier` is normalised already (E.164
    // phone, trimmed member number or code).
    void lookupMember(quint64 requestId, kiosk::LoyaltyLookupKind kind, const QString &identifier);
    // Diagnostics' network test: a health probe now, answered by networkTestFinished.
    void runNetworkTest();
    // Saves a kiosk enrolment durably (outbox entry and offline cache row in one transaction),
    // answers memberEnrolled, and starts delivering it at once.
    void enrolMember(quint64 requestId, const kiosk::LoyaltyEnrolment &enrolment, const kiosk::LoyaltyMember &member,
                     int cacheTtlHours);
    // Asks the backend for a normalized, well-formed promo code; always ends in promotionLookedUp().
    void lookupPromotion(quint64 requestId, const QString &code);

signals:
    void onlineChanged(bool online);
    // `reason`: why the backend is down, in plain words (Square's "the access token was
    // refused"), empty when it is up.
    void healthChecked(bool online, qint64 latencyMs, const QString &reason);
    void outboxChanged(int pending, int failed, qint64 oldestPendingAgeS);
    void orderDelivered(const QString &orderId, int pointsEarned);
    // The backend accepted the order but not all of it (a refused reward): `count` adjustments
    // are recorded in order_adjustments, for diagnostics.
    void orderAdjusted(const QString &orderId, int count);
    void deliveryFailed(const QString &key, const QString &reason);
    void menuUpdated(const kiosk::Menu &menu);
    void menuRejected(const QString &messages);
    // What the adapter could not map into the last menu it fetched (one line per object);
    // empty once a fetched menu maps whole. Emitted when the list changes.
    void menuProblemsChanged(const QStringList &problems);
    void storageError(const QString &message);
    void memberLookedUp(const kiosk::LoyaltyLookupResult &result);
    void memberEnrolled(quint64 requestId, bool saved, const QString &error);
    void enrolmentDelivered(const kiosk::LoyaltyMember &member);
    void promotionLookedUp(const kiosk::PromotionLookupResult &result);
    // `status`: the probe's HTTP status, 0 when no response came; `error` empty when up.
    void networkTestFinished(int status, qint64 latencyMs, const QString &error);

private:
    static constexpr int LoyaltyCachePurgeIntervalMs = 3600 * 1000; // hourly
    // After a delivery, outboxChanged() goes out at most this often (the last state always
    // does, and an emptied outbox at once): a drain delivers hundreds of entries a second.
    static constexpr int OutboxReportIntervalMs = 250;

    void scheduleNext();
    void deliverNext();
    void deliver(const OutboxEntry &entry);
    // Release, cancel and paid notice: entries about a held order, keyed "<order id>/...".
    static bool isHeldOrderKind(const QString &kind);
    // False (and the entry rescheduled or settled) for a held order's entry whose order has not
    // reached the backend.
    bool heldOrderReady(const OutboxEntry &entry);
    // False (and the entry rescheduled) for an order whose member's enrolment is still pending:
    // the backend must know the member before an order earns them points. One indexed lookup,
    // and none for an order without a member.
    bool memberEnrolmentReady(const OutboxEntry &entry);
    // The enrolment reached the backend: its member replaces the kiosk's in the offline cache.
    void enrolmentAccepted(const OutboxEntry &entry, const QByteArray &receipt);
    // Refused for good: the member the kiosk made leaves the offline cache (nobody has them).
    void enrolmentRefused(const OutboxEntry &entry);
    // The members enrolled on this kiosk with `phone` whose enrolment is still pending, as
    // cached (or, without a cache row, as the enrolment names them).
    QList<LoyaltyMember> pendingEnrolledMembers(const QString &phone);
    // Marks the entry delivered, with the backend's adjustments in the same transaction.
    bool recordDelivered(const OutboxEntry &entry, const DeliveryOutcome::Delivered &delivered, const QDateTime &at);
    void checkHealth();
    void fetchMenu();
    // The offline answer to a lookup the backend could not give; false when nothing fresh.
    bool answerFromCache(const QString &kind, const QString &identifier, LoyaltyLookupResult *result);
    void purgeLoyaltyCache();
    void reportOutbox();
    // reportOutbox() now, or at the end of the current OutboxReportIntervalMs.
    void reportOutboxSoon();
    void checkpoint();
    void noteReach(Reach reach);
    void setOnline(bool online);
    // Whether the port can send now; offline (and `why` set) while it cannot.
    bool portReady(QString *why = nullptr);
    bool stopping() const { return m_stopping->load(); }
    static QString describe(const OutboxEntry &entry);

    const SyncSettings m_settings;
    const QString m_databasePath;
    const std::atomic_bool *m_stopping;
    const BackendPortFactory m_portFactory;
    Backoff m_backoff;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<MenuCache> m_menuCache;
    std::unique_ptr<BackendPort> m_port;
    std::unique_ptr<LoyaltyCache> m_loyaltyCache;
    // Children, so moveToThread() takes them along.
    QTimer *m_pollTimer;
    QTimer *m_dueTimer;
    QTimer *m_healthTimer;
    QTimer *m_menuTimer;
    QTimer *m_cachePurgeTimer;
    QTimer *m_reportTimer;
    QElapsedTimer m_sinceReport; // since the last reportOutbox()
    bool m_deliveryQueued = false;
    int m_online = -1; // unknown until the first answer
    QString m_menuValidator;
    QStringList m_menuProblems; // the last fetched menu's, to say each once
    QByteArray m_menuBody;
    QByteArray m_rejectedMenuBody;
    struct Reported
    {
        int pending = -1;
        int failed = -1;
        qint64 oldestAgeS = -1;
    } m_reported;
};

} // namespace kiosk
