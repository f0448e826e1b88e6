// A card order nobody paid by card, against the real refpos: released for the counter or
// cancelled (loyalty reversed), both idempotent, both refused once paid or while a payment is
// open, and neither possible for a counter order.
#include "paymentcalls.h"
#include "refposapifixture.h"
#include "refposdatabase.h"
#include "support/orderbuilder.h"

#include <QTest>
#include <QUrlQuery>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Counter = "{\"method\": \"counter\"}";

} // namespace

class TestRefposHeldOrders : public RefposApiTestCase
{
    Q_OBJECT

    PaymentCalls m_pay{m_http, [this](const QString &path) { return url(path); }};

    QJsonObject heldOrder(QJsonObject json = sampleOrderJson())
    {
        const QJsonObject order = PaymentCalls::order(u"card"_s, std::move(json));
        return m_pay.postOrder(order).status == 201 ? order : QJsonObject();
    }

    int points(const QString &memberNumber)
    {
        QUrl where = url(u"/v1/loyalty/members"_s);
        where.setQuery(QUrlQuery{{u"member"_s, memberNumber}});
        const QJsonArray members = m_http.get(where).json().value(u"members"_s).toArray();
        return members.isEmpty() ? -1 : members.first().toObject().value(u"points"_s).toInt();
    }

private slots:
    void releasedForTheCounter()
    {
        const QJsonObject order = heldOrder();
        const QString id = idOf(order);
        const HttpResult released = m_pay.orderAction(id, u"release"_s, Counter);
        QCOMPARE(released.status, 200);
        QCOMPARE(released.json(), (QJsonObject{{u"order_id"_s, id}, {u"status"_s, u"released_counter"_s}}));
        QCOMPARE(m_pay.orderAction(id, u"release"_s, Counter).body, released.body); // idempotent
        QCOMPARE(releaseMethods(m_refpos->databasePath(), id), QStringList{u"counter"_s});
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(id)), u"released_counter"_s);

        HttpResult refused = m_pay.orderAction(id, u"cancel"_s, "{}");
        QCOMPARE(refused.status, 409);
        QCOMPARE(PaymentCalls::codeOf(refused), u"order_not_held"_s);
        refused = m_pay.postPayment(PaymentCalls::paymentFor(order, u"T-1"_s));
        QCOMPARE(refused.status, 409);
        QCOMPARE(PaymentCalls::codeOf(refused), u"order_not_held"_s);

        refused = m_pay.orderAction(idOf(heldOrder()), u"release"_s, "{\"method\": \"card\"}");
        QCOMPARE(refused.status, 422);
        QCOMPARE(PaymentCalls::codeOf(refused), u"validation"_s);
        refused = m_pay.orderAction(QUuid::createUuid().toString(QUuid::WithoutBraces), u"release"_s, Counter);
        QCOMPARE(refused.status, 404);
        QCOMPARE(PaymentCalls::codeOf(refused), u"unknown_order"_s);
    }

    // Sam (10020077) redeems $2 off (250 points) and earns some: cancelling gives both back.
    void canceledWithLoyaltyReversed()
    {
        QCOMPARE(m_http.put(url(u"/admin/loyalty/members/mbr-1002/points"_s), "{\"points\": 420}").status, 200);
        Order sam = sampleOrder();
        sam.totals = computeTotals(sam.totals.subtotal, 200, 825);
        sam.loyalty = LoyaltyClaim{u"mbr-1002"_s, {u"two_dollars_off"_s}};
        const QJsonObject order = heldOrder(sam.toContractJson());
        QVERIFY(!order.isEmpty());
        QVERIFY(points(u"10020077"_s) != 420); // booked at acceptance, as today
        const QString id = idOf(order);

        const HttpResult canceled = m_pay.orderAction(id, u"cancel"_s, {});
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.json(), (QJsonObject{{u"order_id"_s, id}, {u"status"_s, u"canceled"_s}}));
        QCOMPARE(points(u"10020077"_s), 420);
        QCOMPARE(m_pay.orderAction(id, u"cancel"_s, "{}").body, canceled.body); // idempotent, once
        QCOMPARE(points(u"10020077"_s), 420);
        QCOMPARE(m_pay.releases(id), 0);

        HttpResult refused = m_pay.postPayment(PaymentCalls::paymentFor(order, u"T-2"_s));
        QCOMPARE(refused.status, 409);
        QCOMPARE(PaymentCalls::codeOf(refused), u"order_not_held"_s);
        refused = m_pay.orderAction(id, u"release"_s, Counter);
        QCOMPARE(PaymentCalls::codeOf(refused), u"order_not_held"_s);
    }

    void refusedOncePaid()
    {
        const QJsonObject order = heldOrder();
        QCOMPARE(m_pay.setTerminal(u"T-3"_s, {{u"next"_s, u"approve"_s}, {u"after_ms"_s, 0}}).status, 200);
        QCOMPARE(PaymentCalls::statusOf(m_pay.payToTheEnd(order, u"T-3"_s)), u"completed"_s);
        for (const QString &action : {u"release"_s, u"cancel"_s}) {
            const HttpResult refused = m_pay.orderAction(idOf(order), action, Counter);
            QCOMPARE(refused.status, 409);
            QCOMPARE(PaymentCalls::codeOf(refused), u"order_already_paid"_s);
            QCOMPARE(PaymentCalls::statusOf(refused.json()), u"paid"_s);
        }
        QCOMPARE(releaseMethods(m_refpos->databasePath(), idOf(order)), QStringList{u"card"_s});
    }

    void refusedWhileAPaymentIsOpen()
    {
        const QJsonObject order = heldOrder();
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-4"_s); // no_answer
        QCOMPARE(m_pay.postPayment(payment).status, 201);
        for (const QString &action : {u"release"_s, u"cancel"_s}) {
            const HttpResult refused = m_pay.orderAction(idOf(order), action, Counter);
            QCOMPARE(refused.status, 409);
            QCOMPARE(PaymentCalls::codeOf(refused), u"payment_in_progress"_s);
        }
        QCOMPARE(m_pay.cancel(idOf(payment)).status, 200);
        QCOMPARE(m_pay.orderAction(idOf(order), u"release"_s, Counter).status, 200);
        QCOMPARE(m_pay.releases(idOf(order)), 1);
    }

    void counterOrdersAreNotHeld()
    {
        for (const QString &method : {u"counter"_s, QString()}) {
            const QJsonObject order = PaymentCalls::order(method);
            QCOMPARE(m_pay.postOrder(order).status, 201);
            for (const QString &action : {u"release"_s, u"cancel"_s}) {
                const HttpResult refused = m_pay.orderAction(idOf(order), action, Counter);
                QCOMPARE(refused.status, 409);
                QCOMPARE(PaymentCalls::codeOf(refused), u"order_not_held"_s);
            }
            QCOMPARE(releaseMethods(m_refpos->databasePath(), idOf(order)), QStringList{u"counter"_s});
        }
    }
};

QTEST_GUILESS_MAIN(TestRefposHeldOrders)
#include "tst_refposheldorders.moc"
