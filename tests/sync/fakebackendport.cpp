#include "fakebackendport.h"

#include "contract/membersresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

namespace kiosk::test {

namespace {

QString memberKey(LoyaltyLookupKind kind, const QString &identifier)
{
    return lookupKindCode(kind) + QLatin1Char(':') + identifier;
}

template<typename Outcome>
Outcome unreachable(Outcome outcome)
{
    outcome.reach = Reach::Unreachable;
    return outcome;
}

// The outcome with the result `failure` and no answer at all.
template<typename Outcome, typename Failure>
Outcome unreachable(Failure failure)
{
    Outcome outcome;
    outcome.result = std::move(failure);
    return unreachable(std::move(outcome));
}

template<typename Outcome>
Outcome reached(Outcome outcome)
{
    outcome.reach = Reach::Reached;
    outcome.httpStatus = 200;
    return outcome;
}

} // namespace

// What the sync worker holds: every call goes to the test's script.
class FakeBackendPort::Port final : public BackendPort
{
public:
    Port(FakeBackendPort *script, const std::atomic_bool *stopping) : m_script(script), m_stopping(stopping) {}

    bool ready(QString *why) override
    {
        if (m_script->read(m_script->m_ready))
            return true;
        *why = QStringLiteral("fake backend not ready");
        return false;
    }
    DeliveryOutcome deliver(const Delivery &delivery) override { return m_script->deliver(delivery, m_stopping); }
    MenuOutcome fetchMenu(const QString &validator) override { return m_script->fetchMenu(validator); }
    LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier) override
    {
        return m_script->lookupMember(kind, identifier);
    }
    HealthOutcome probeHealth() override { return m_script->probeHealth(); }
    PromotionOutcome lookupPromotion(const QString &code) override { return m_script->lookupPromotion(code); }
    PaymentOutcome createPayment(const PaymentAttempt &attempt, const QByteArray &) override
    {
        return m_script->payment([&](FakePayments &p) { return p.create(attempt); });
    }
    PaymentOutcome readPayment(const QString &paymentId) override
    {
        return m_script->payment([&](FakePayments &p) { return p.read(paymentId); });
    }
    PaymentOutcome cancelPayment(const QString &paymentId, PaymentCancelReason reason) override
    {
        return m_script->payment([&](FakePayments &p) { return p.cancel(paymentId, reason); });
    }

private:
    FakeBackendPort *m_script;
    const std::atomic_bool *m_stopping;
};

template<typename Call>
PaymentOutcome FakeBackendPort::payment(Call call)
{
    if (!read(m_reachable))
        return unreachable<PaymentOutcome>(PaymentOutcome::Unavailable{QStringLiteral("connect: refused")});
    return call(m_payments);
}

BackendPortFactory FakeBackendPort::factory()
{
    return [this](const std::atomic_bool *stopping) { return std::make_unique<Port>(this, stopping); };
}

void FakeBackendPort::scriptDeliveries(const QList<DeliveryOutcome> &outcomes)
{
    QMutexLocker lock(&m_mutex);
    m_script.append(outcomes);
}

void FakeBackendPort::scriptDeliveriesOf(const QString &kind, const QList<DeliveryOutcome> &outcomes)
{
    QMutexLocker lock(&m_mutex);
    m_kindScripts[kind].append(outcomes);
}

void FakeBackendPort::setMenu(const QByteArray &document, const QString &validator)
{
    QMutexLocker lock(&m_mutex);
    m_menu = document;
    m_menuValidator = validator;
}

void FakeBackendPort::addMembers(LoyaltyLookupKind kind, const QString &identifier,
                                 const QList<LoyaltyMember> &members)
{
    QMutexLocker lock(&m_mutex);
    m_members.insert(memberKey(kind, identifier), members);
}

QStringList FakeBackendPort::deliveryKeys(const QString &kind) const
{
    QMutexLocker lock(&m_mutex);
    QStringList keys;
    for (const Seen &seen : m_deliveries) {
        if (seen.kind == kind)
            keys.append(seen.key);
    }
    return keys;
}

DeliveryOutcome FakeBackendPort::deliver(const Delivery &delivery, const std::atomic_bool *stopping)
{
    QMutexLocker lock(&m_mutex);
    m_deliveries.append({delivery.kind, delivery.key, delivery.body, delivery.orderReceipt});
    if (!m_reachable)
        return unreachable(DeliveryOutcome::retryLater(QStringLiteral("connect: refused")));
    auto accept = [this, &delivery] {
        if (!m_accepted.contains(delivery.key))
            m_accepted.append(delivery.key);
    };
    if (m_hangNext) {
        m_hangNext = false;
        accept();
        lock.unlock();
        while (!stopping->load())
            QThread::msleep(5);
        return unreachable(DeliveryOutcome::retryLater(QStringLiteral("stopped")));
    }
    if (QList<DeliveryOutcome> &ofKind = m_kindScripts[delivery.kind]; !ofKind.isEmpty())
        return ofKind.takeFirst();
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    accept();
    const bool order = delivery.kind == QLatin1String("order");
    const QByteArray receipt = delivery.kind == loyaltyEnrolmentKind() ? enrolledMember(delivery.body)
                                                                       : "accepted " + delivery.key.toUtf8();
    return reached(DeliveryOutcome::delivered(receipt, order ? std::optional(m_pointsEarned) : std::nullopt));
}

MenuOutcome FakeBackendPort::fetchMenu(const QString &validator)
{
    QMutexLocker lock(&m_mutex);
    m_menuValidatorsAsked.append(validator);
    if (!m_reachable)
        return unreachable<MenuOutcome>(MenuOutcome::Failed{QStringLiteral("connect: refused")});
    MenuOutcome outcome;
    if (m_menu.isEmpty())
        outcome.result = MenuOutcome::Failed{QStringLiteral("no menu")};
    else if (!validator.isEmpty() && validator == m_menuValidator)
        outcome.result = MenuOutcome::NotModified{};
    else
        outcome.result = MenuOutcome::Updated{m_menu, m_menuValidator, m_menuProblems};
    return reached(outcome);
}

LookupOutcome FakeBackendPort::lookupMember(LoyaltyLookupKind kind, const QString &identifier)
{
    QMutexLocker lock(&m_mutex);
    ++m_lookups;
    if (!m_reachable)
        return unreachable<LookupOutcome>(LookupOutcome::Unavailable{QStringLiteral("connect")});
    LookupOutcome outcome;
    if (!m_lookupsUnavailable.isEmpty()) {
        // An unwell backend says nothing about the way to it.
        outcome.result = LookupOutcome::Unavailable{m_lookupsUnavailable};
        return outcome;
    }
    if (!m_lookupsRefused.isEmpty())
        outcome.result = LookupOutcome::Refused{m_lookupsRefused};
    else if (const QList<LoyaltyMember> members = m_members.value(memberKey(kind, identifier)); !members.isEmpty())
        outcome.result = LookupOutcome::Found{members};
    else
        outcome.result = LookupOutcome::NotFound{};
    return reached(outcome);
}

void FakeBackendPort::addPromotion(const Promotion &promotion)
{
    QMutexLocker lock(&m_mutex);
    m_promotions.insert(promotion.code, promotion);
}

QByteArray FakeBackendPort::enrolledMember(const QByteArray &body) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    LoyaltyMember member;
    member.id = json.value(QLatin1String("id")).toString();
    member.firstName = json.value(QLatin1String("first_name")).toString();
    member.tier = QStringLiteral("Silver");
    member.rewards = m_welcomeRewards;
    return QJsonDocument(loyaltyMemberJson(member)).toJson(QJsonDocument::Compact);
}

PromotionOutcome FakeBackendPort::lookupPromotion(const QString &code)
{
    QMutexLocker lock(&m_mutex);
    ++m_promotionLookups;
    if (!m_reachable)
        return unreachable<PromotionOutcome>(PromotionOutcome::Unavailable{QStringLiteral("connect")});
    PromotionOutcome outcome;
    if (!m_promotionsUnavailable.isEmpty())
        outcome.result = PromotionOutcome::Unavailable{m_promotionsUnavailable};
    else if (const auto it = m_promotions.constFind(code); it != m_promotions.cend())
        outcome.result = PromotionOutcome::Found{*it};
    else
        outcome.result = PromotionOutcome::NotFound{};
    return reached(outcome);
}

HealthOutcome FakeBackendPort::probeHealth()
{
    QMutexLocker lock(&m_mutex);
    ++m_healthProbes;
    if (!m_reachable)
        return unreachable<HealthOutcome>(HealthOutcome::Down{QStringLiteral("connect: refused")});
    HealthOutcome outcome;
    if (m_healthy)
        outcome.result = HealthOutcome::Up{};
    else
        outcome.result = HealthOutcome::Down{QStringLiteral("the backend reports \"fail\"")};
    return reached(outcome);
}

} // namespace kiosk::test
