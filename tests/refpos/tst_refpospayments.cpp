// Card payment against the real refpos (docs/backend-api.md, "Payments"): a card order is held
// until its payment completes, then released to the kitchen exactly once; declines, buyer and
// seller cancels, a cancel racing an approval, replays, and every refusal with its "code".
#include "paymentcalls.h"
#include "refposapifixture.h"
#include "refposdatabase.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposPayments : public RefposApiTestCase
{
    Q_OBJECT

    PaymentCalls m_pay{m_http, [this](const QString &path) { return url(path); }};

    // A card order stored held; empty when refpos refused it.
    QJsonObject heldOrder()
    {
        const QJsonObject order = PaymentCalls::cardOrder();
        const HttpResult reply = m_pay.postOrder(order);
        return reply.status == 201 && PaymentCalls::statusOf(reply.json()) == u"awaiting_payment"
                   ? order : QJsonObject();
    }

    void queue(const QString &terminal, const QString &next, int afterMs)
    {
        QCOMPARE(m_pay.setTerminal(terminal, {{u"next"_s, next}, {u"after_ms"_s, afterMs}}).status, 200);
    }

private slots:
    void approvedPaymentReleasesTheHeldOrderOnce()
    {
        const QJsonObject order = heldOrder();
        QVERIFY(!order.isEmpty());
        const QString orderId = idOf(order);
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(orderId)), u"awaiting_payment"_s);
        QCOMPARE(m_pay.releases(orderId), 0); // held: the kitchen has not seen it

        queue(u"T-approve"_s, u"approve"_s, 300);
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-approve"_s);
        const HttpResult created = m_pay.postPayment(payment);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json(), (QJsonObject{{u"id"_s, idOf(payment)}, {u"status"_s, u"pending"_s}}));
        QCOMPARE(m_pay.releases(orderId), 0);

        const QJsonObject done = m_pay.waitFinal(idOf(payment));
        QCOMPARE(PaymentCalls::statusOf(done), u"completed"_s);
        QVERIFY(done.value(u"reason"_s).isNull());
        QCOMPARE(done.value(u"card"_s).toObject(), (QJsonObject{{u"brand"_s, u"VISA"_s}, {u"last4"_s, u"4242"_s}}));
        QCOMPARE(done.value(u"amount_cents"_s), order.value(u"total_cents"_s));
        QCOMPARE(done.value(u"order_id"_s).toString(), orderId);
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(orderId)), u"paid"_s);
        QTest::qWait(300); // the timer ticks on: still one release
        QCOMPARE(releaseMethods(m_refpos->databasePath(), orderId), QStringList{u"card"_s});

        const HttpResult replay = m_pay.postPayment(payment); // after completion too
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, created.body);
        const HttpResult second = m_pay.postPayment(PaymentCalls::paymentFor(order, u"T-approve"_s));
        QCOMPARE(second.status, 409);
        QCOMPARE(PaymentCalls::codeOf(second), u"order_already_paid"_s);
        QCOMPARE(m_pay.releases(orderId), 1);
    }

    void declineThenApprove()
    {
        const QJsonObject order = heldOrder();
        queue(u"T-decline"_s, u"decline"_s, 100);
        queue(u"T-decline"_s, u"approve"_s, 100);
        const QJsonObject declined = m_pay.payToTheEnd(order, u"T-decline"_s);
        QCOMPARE(PaymentCalls::statusOf(declined), u"declined"_s);
        QCOMPARE(declined.value(u"reason"_s).toString(), u"Insufficient funds"_s);
        QVERIFY(declined.value(u"card"_s).isNull());
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(idOf(order))), u"awaiting_payment"_s);
        QCOMPARE(m_pay.releases(idOf(order)), 0);

        QCOMPARE(PaymentCalls::statusOf(m_pay.payToTheEnd(order, u"T-decline"_s)), u"completed"_s);
        QCOMPARE(m_pay.releases(idOf(order)), 1);
    }

    void buyerCancels()
    {
        const QJsonObject order = heldOrder();
        queue(u"T-buyer"_s, u"buyer_cancel"_s, 100);
        const QJsonObject done = m_pay.payToTheEnd(order, u"T-buyer"_s);
        QCOMPARE(PaymentCalls::statusOf(done), u"canceled"_s);
        QCOMPARE(done.value(u"reason"_s).toString(), u"buyer_canceled"_s);
        QCOMPARE(m_pay.releases(idOf(order)), 0);
    }

    void unansweredPaymentCanceledByTheKiosk()
    {
        const QJsonObject order = heldOrder();
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-silent"_s); // empty queue: no_answer
        QCOMPARE(m_pay.postPayment(payment).status, 201);
        QTest::qWait(300);
        QCOMPARE(PaymentCalls::statusOf(m_pay.get(idOf(payment)).json()), u"in_progress"_s);
        const HttpResult canceled = m_pay.cancel(idOf(payment));
        QCOMPARE(canceled.status, 200);
        QCOMPARE(PaymentCalls::statusOf(canceled.json()), u"canceled"_s);
        QCOMPARE(canceled.json().value(u"reason"_s).toString(), u"seller_canceled"_s);
        QCOMPARE(m_pay.cancel(idOf(payment), "{\"reason\": \"timed_out\"}").json(), canceled.json()); // final stays
        QCOMPARE(PaymentCalls::codeOf(m_pay.cancel(idOf(payment), "{\"reason\": \"bored\"}")), u"validation"_s);
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(idOf(order))), u"awaiting_payment"_s);
    }

    // Nobody answers and nobody cancels: the backend's own deadline, 300 s after arrival.
    void unansweredPaymentTimesOut()
    {
        const QJsonObject order = heldOrder();
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-deadline"_s);
        QCOMPARE(m_pay.postPayment(payment).status, 201);
        const qint64 window = expireDeadline(m_refpos->databasePath(), idOf(payment));
        QVERIFY2(qAbs(window - 300'000) <= 1, qPrintable(QString::number(window)));
        const QJsonObject done = m_pay.waitFinal(idOf(payment));
        QCOMPARE(PaymentCalls::statusOf(done), u"canceled"_s);
        QCOMPARE(done.value(u"reason"_s).toString(), u"timed_out"_s);
        QCOMPARE(PaymentCalls::statusOf(m_pay.adminOrder(idOf(order))), u"awaiting_payment"_s);
    }

    // The card was approved before the terminal acted on the cancel: it stays completed.
    void cancelRacingAnApproval()
    {
        const QJsonObject order = heldOrder();
        QCOMPARE(m_pay.setTerminal(u"T-race"_s, {{u"next"_s, u"approve"_s}, {u"after_ms"_s, 300},
                                                  {u"cancel_after_ms"_s, 1000}}).json()
                     .value(u"cancel_after_ms"_s).toInt(), 1000);
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-race"_s);
        QCOMPARE(m_pay.postPayment(payment).status, 201);
        const HttpResult asked = m_pay.cancel(idOf(payment));
        QCOMPARE(asked.status, 200);
        QVERIFY(PaymentCalls::statusOf(asked.json()) == u"pending" || PaymentCalls::statusOf(asked.json()) == u"in_progress");
        QCOMPARE(PaymentCalls::statusOf(m_pay.waitFinal(idOf(payment))), u"completed"_s);
        QTest::qWait(1000); // past the cancel's time
        QCOMPARE(PaymentCalls::statusOf(m_pay.get(idOf(payment)).json()), u"completed"_s);
        QCOMPARE(m_pay.releases(idOf(order)), 1);
    }

    // A 404 means the create never arrived: the same POST then creates it.
    void unknownPaymentThenCreated()
    {
        const QJsonObject order = heldOrder();
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-late"_s);
        const HttpResult unknown = m_pay.get(idOf(payment));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(PaymentCalls::codeOf(unknown), u"unknown_payment"_s);
        QCOMPARE(PaymentCalls::codeOf(m_pay.cancel(idOf(payment))), u"unknown_payment"_s);
        QCOMPARE(m_pay.postPayment(payment).status, 201);
        QCOMPARE(m_pay.get(idOf(payment)).status, 200);
        QCOMPARE(m_pay.cancel(idOf(payment)).status, 200);
    }

    void replayAndConflict()
    {
        const QJsonObject order = heldOrder();
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T-replay"_s);
        const QJsonObject statsBefore = m_http.get(url(u"/admin/stats"_s)).json();
        const HttpResult first = m_pay.postPayment(payment);
        QCOMPARE(first.status, 201);
        const HttpResult replay = m_pay.postPayment(payment);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QJsonObject changed = payment;
        changed.insert(u"terminal_id"_s, u"T-other"_s);
        const HttpResult conflict = m_pay.postPayment(changed);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(PaymentCalls::codeOf(conflict), u"idempotency_conflict"_s);
        QVERIFY(!conflict.json().value(u"error"_s).toString().isEmpty());
        const QJsonObject stats = m_http.get(url(u"/admin/stats"_s)).json();
        for (const QString &counter : {u"created"_s, u"replayed"_s, u"conflicts"_s})
            QCOMPARE(stats.value(counter).toInteger(), statsBefore.value(counter).toInteger() + 1);
        QCOMPARE(m_pay.cancel(idOf(payment)).status, 200);
        QCOMPARE(m_pay.postPayment(payment).body, first.body); // a final payment still replays
    }

    void refusals()
    {
        const QJsonObject order = heldOrder();
        QJsonObject payment = PaymentCalls::paymentFor(order, u"T-refuse"_s);
        payment.insert(u"amount_cents"_s, order.value(u"total_cents"_s).toInt() - 1);
        HttpResult reply = m_pay.postPayment(payment);
        QCOMPARE(reply.status, 422);
        QCOMPARE(PaymentCalls::codeOf(reply), u"amount_mismatch"_s);
        payment = PaymentCalls::paymentFor(order, u"T-refuse"_s);
        payment.insert(u"currency"_s, u"EUR"_s);
        QCOMPARE(PaymentCalls::codeOf(m_pay.postPayment(payment)), u"amount_mismatch"_s);

        payment = PaymentCalls::paymentFor(order, u"T-refuse"_s);
        payment.remove(u"created_at"_s);
        reply = m_pay.postPayment(payment);
        QCOMPARE(reply.status, 422);
        QCOMPARE(PaymentCalls::codeOf(reply), u"validation"_s);
        payment = PaymentCalls::paymentFor(order, u"T-refuse"_s);
        reply = m_http.postJson(url(u"/v1/payments"_s), payment, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(reply.status, 422); // the key must be the body's id
        QCOMPARE(PaymentCalls::codeOf(reply), u"validation"_s);

        payment = PaymentCalls::paymentFor(PaymentCalls::order(u"card"_s), u"T-refuse"_s); // never posted
        reply = m_pay.postPayment(payment);
        QCOMPARE(reply.status, 404);
        QCOMPARE(PaymentCalls::codeOf(reply), u"unknown_order"_s);

        for (const QString &method : {u"counter"_s, QString()}) { // counter, and older kiosks
            const QJsonObject counter = PaymentCalls::order(method);
            reply = m_pay.postOrder(counter);
            QCOMPARE(reply.status, 201);
            QCOMPARE(PaymentCalls::statusOf(reply.json()), u"accepted"_s);
            QCOMPARE(releaseMethods(m_refpos->databasePath(), idOf(counter)), QStringList{u"counter"_s});
            reply = m_pay.postPayment(PaymentCalls::paymentFor(counter, u"T-refuse"_s));
            QCOMPARE(reply.status, 409);
            QCOMPARE(PaymentCalls::codeOf(reply), u"order_not_held"_s);
        }
        reply = m_pay.postOrder(PaymentCalls::order(u"cash"_s));
        QCOMPARE(reply.status, 422);
        QCOMPARE(PaymentCalls::codeOf(reply), u"validation"_s);
    }

    void terminalBusy()
    {
        const QJsonObject first = PaymentCalls::paymentFor(heldOrder(), u"T-busy"_s); // no_answer
        QCOMPARE(m_pay.postPayment(first).status, 201);
        const QJsonObject second = PaymentCalls::paymentFor(heldOrder(), u"T-busy"_s);
        const HttpResult busy = m_pay.postPayment(second);
        QCOMPARE(busy.status, 409);
        QCOMPARE(PaymentCalls::codeOf(busy), u"terminal_busy"_s);
        QCOMPARE(m_pay.cancel(idOf(first)).status, 200);
        QCOMPARE(m_pay.postPayment(second).status, 201); // refused before: not a replay
    }

    void errorCodesOnExistingErrors()
    {
        HttpClient stranger; // no token
        HttpResult reply = stranger.get(url(u"/v1/menu"_s));
        QCOMPARE(reply.status, 401);
        QCOMPARE(PaymentCalls::codeOf(reply), u"unauthorized"_s);
        reply = m_http.get(url(u"/v1/nothing"_s));
        QCOMPARE(PaymentCalls::codeOf(reply), u"not_found"_s);
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"no such resource: /v1/nothing"_s);
        QCOMPARE(PaymentCalls::codeOf(m_http.get(url(u"/v1/orders"_s))), u"method_not_allowed"_s);
        QJsonObject order = sampleOrderJson();
        order.remove(u"lines"_s);
        QCOMPARE(PaymentCalls::codeOf(m_pay.postOrder(order)), u"validation"_s);
        order = sampleOrderJson();
        QCOMPARE(m_pay.postOrder(order).status, 201);
        order.insert(u"number"_s, u"K1-099"_s);
        QCOMPARE(PaymentCalls::codeOf(m_pay.postOrder(order)), u"idempotency_conflict"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefposPayments)
#include "tst_refpospayments.moc"
