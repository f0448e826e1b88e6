#pragma once

// The backend as an in-memory script, for tests about the kiosk rather than HTTP: no socket,
// no JSON on a wire. The test holds a FakeBackendPort; factory() makes the ports the sync worker
// uses on its own thread, all sharing this one script, so every member locks. It must outlive
// every SyncService it is given to.
#include "fakepayments.h"
#include "sync/backendport.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace kiosk::test {

class FakeBackendPort
{
public:
    struct Seen
    {
        QString kind;
        QString key;
        QByteArray body;
        QByteArray orderReceipt;
    };

    FakeBackendPort() = default;
    FakeBackendPort(const FakeBackendPort &) = delete;
    FakeBackendPort &operator=(const FakeBackendPort &) = delete;

    // For SyncService: each start() makes a port on the sync thread that answers from here.
    BackendPortFactory factory();

    // Outcomes for the next deliveries, in order, returned as they are. Once they are used up,
    // every delivery is Delivered (orders with pointsEarned() points), as by a backend that
    // accepts everything, and its key counts as accepted.
    void scriptDeliveries(const QList<DeliveryOutcome> &outcomes);
    // Outcomes for the next deliveries of `kind` only, taken before the script above.
    void scriptDeliveriesOf(const QString &kind, const QList<DeliveryOutcome> &outcomes);
    void setPointsEarned(int points) { write(m_pointsEarned, points); }
    // The next delivery is accepted, but its answer never comes: the call blocks until the
    // kiosk stops, as a request the backend stored just before the network dropped.
    void hangNextDelivery() { write(m_hangNext, true); }

    // Without readiness nothing may be sent (like contract v1 without a token).
    void setReady(bool ready) { write(m_ready, ready); }
    // Unreachable: every call gets no answer at all (Reach::Unreachable).
    void setReachable(bool reachable) { write(m_reachable, reachable); }
    void setHealthy(bool healthy) { write(m_healthy, healthy); }
    // The menu document served, with its validator: NotModified when asked with it.
    void setMenu(const QByteArray &document, const QString &validator);
    void setMenuProblems(const QStringList &problems) { write(m_menuProblems, problems); }

    // Who a lookup finds (nobody otherwise).
    void addMembers(LoyaltyLookupKind kind, const QString &identifier, const QList<LoyaltyMember> &members);
    // Lookups are answered Unavailable or Refused with `reason` while it is set; empty: answered.
    void setLookupsUnavailable(const QString &reason) { write(m_lookupsUnavailable, reason); }
    void setLookupsRefused(const QString &reason) { write(m_lookupsRefused, reason); }

    // Promo codes the backend knows (by normalized code); lookups of others are NotFound.
    void addPromotion(const Promotion &promotion);
    // Promotion lookups are answered Unavailable with `reason` while it is set.
    void setPromotionsUnavailable(const QString &reason) { write(m_promotionsUnavailable, reason); }
    // What an accepted "loyalty_enrolment" grants: its receipt is the member the body names
    // (points 0, tier "Silver") with these rewards, as contract v1's 201 carries it.
    void setWelcomeRewards(const QList<LoyaltyReward> &rewards) { write(m_welcomeRewards, rewards); }

    // Card payments: the script and what was asked. While setReachable(false), payment calls get
    // no answer (Unreachable) and never reach the script, nor its counters.
    FakePayments &payments() { return m_payments; }
    const FakePayments &payments() const { return m_payments; }

    QList<Seen> deliveries() const { return read(m_deliveries); }
    QStringList deliveryKeys(const QString &kind) const;
    QStringList acceptedKeys() const { return read(m_accepted); } // unique, in the order first accepted
    int healthProbes() const { return read(m_healthProbes); }
    QStringList menuValidatorsAsked() const { return read(m_menuValidatorsAsked); }
    int lookups() const { return read(m_lookups); }
    int promotionLookups() const { return read(m_promotionLookups); }

private:
    class Port;

    template<typename T>
    T read(const T &member) const
    {
        QMutexLocker lock(&m_mutex);
        return member;
    }
    template<typename T>
    void write(T &member, const T &value)
    {
        QMutexLocker lock(&m_mutex);
        member = value;
    }

    DeliveryOutcome deliver(const Delivery &delivery, const std::atomic_bool *stopping);
    MenuOutcome fetchMenu(const QString &validator);
    LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier);
    HealthOutcome probeHealth();
    PromotionOutcome lookupPromotion(const QString &code);
    // The accepted enrolment's answer: the member its body names, as contract v1's 201.
    QByteArray enrolledMember(const QByteArray &body) const;
    // Unreachable while the backend is, otherwise what the payment script says.
    template<typename Call>
    PaymentOutcome payment(Call call);

    mutable QMutex m_mutex;
    FakePayments m_payments; // locks on its own
    QList<DeliveryOutcome> m_script;
    QHash<QString, QList<DeliveryOutcome>> m_kindScripts;
    int m_pointsEarned = 7;
    bool m_hangNext = false;
    bool m_ready = true;
    bool m_reachable = true;
    bool m_healthy = true;
    QByteArray m_menu;
    QString m_menuValidator;
    QStringList m_menuProblems; // what each fetched menu says it could not map
    QHash<QString, QList<LoyaltyMember>> m_members; // by kind code + ':' + identifier
    QString m_lookupsUnavailable;
    QString m_lookupsRefused;
    QList<Seen> m_deliveries;
    QStringList m_accepted;
    int m_healthProbes = 0;
    QStringList m_menuValidatorsAsked;
    int m_lookups = 0;
    QHash<QString, Promotion> m_promotions;
    QString m_promotionsUnavailable;
    int m_promotionLookups = 0;
    QList<LoyaltyReward> m_welcomeRewards;
};

} // namespace kiosk::test
