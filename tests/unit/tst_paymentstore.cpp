// PaymentStore (schema 7): attempts are saved before anything is sent, one open or completed
// attempt per order, and a held order leaves its state only with every attempt settled.
#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/paymentstore.h"
#include "menufixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

} // namespace

class TestPaymentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Menu m_menu = test::sampleMenu();
    std::unique_ptr<Database> m_db;
    int m_dbs = 0;

    Order placeOrder(std::optional<PaymentMethod> payment)
    {
        Cart cart;
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(QStringLiteral("burger"))), 1);
        Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
        order.payment = payment;
        order.createdAt = Now;
        const OrderStore::Commit commit = OrderStore(*m_db).commit(order, QStringLiteral("K1-"));
        if (!commit.ok)
            qWarning() << commit.error;
        return order;
    }

    QString id(const Order &order) { return order.id.toString(QUuid::WithoutBraces); }

    int outboxCount(const char *kind, const QString &key)
    {
        Statement st = m_db->prepare("SELECT count(*) FROM outbox WHERE kind = ?1 AND key = ?2");
        st.bind(1, QString::fromLatin1(kind)).bind(2, key);
        return st.next() ? int(st.int64(0)) : -1;
    }

private slots:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("k%1.db").arg(++m_dbs)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void aCardOrderIsHeldAndItsContractBodySaysSo()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QCOMPARE(store.orderState(id(order)), OrderPaymentState::AwaitingPayment);
        QCOMPARE(order.toContractJson().value(QStringLiteral("payment")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("card"));
        // A counter-only store's body is what older kiosks sent: no "payment" key at all.
        const Order counter = placeOrder(std::nullopt);
        QCOMPARE(store.orderState(id(counter)), std::nullopt);
        QVERIFY(!counter.toContractJson().contains(QStringLiteral("payment")));
    }

    void anAttemptIsSavedWithTheBodyEveryCreateSends()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QString error;
        const auto attempt = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY2(attempt, qPrintable(error));
        QCOMPARE(attempt->status, PaymentStatus::Saved);
        QVERIFY(!attempt->createUncertain);
        QCOMPARE(attempt->amount, order.totals.total);
        const QJsonObject body = QJsonDocument::fromJson(attempt->body).object();
        QCOMPARE(body.value(QStringLiteral("id")).toString(), attempt->id);
        QCOMPARE(body.value(QStringLiteral("order_id")).toString(), id(order));
        QCOMPARE(body.value(QStringLiteral("amount_cents")).toInteger(), order.totals.total);
        QCOMPARE(body.value(QStringLiteral("terminal_id")).toString(), QStringLiteral("T1"));
        // Read back (as after a restart) it is the same bytes, and uncertain: read it first.
        const auto again = store.attempt(attempt->id);
        QVERIFY(again);
        QCOMPARE(again->body, attempt->body);
        QVERIFY(again->createUncertain);
    }

    void neverASecondAttemptBesideAnOpenOrCompletedOne()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QString error;
        const auto first = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY(first);
        QVERIFY(!store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error));
        QVERIFY(store.recordReport(first->id, {PaymentStatus::Declined, QStringLiteral("Insufficient funds"), {}}, Now));
        const auto second = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(store.recordReport(second->id, {PaymentStatus::Completed, {}, CardSummary{QStringLiteral("VISA"), QStringLiteral("4242")}}, Now));
        QCOMPARE(store.orderState(id(order)), OrderPaymentState::Paid);
        QVERIFY(!store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error));
        // A final status never moves again, whatever a late answer says.
        QVERIFY(store.recordReport(second->id, {PaymentStatus::Canceled, QStringLiteral("seller_canceled"), {}}, Now));
        QCOMPARE(store.attempt(second->id)->status, PaymentStatus::Completed);
        QCOMPARE(store.attempt(second->id)->card->last4, QStringLiteral("4242"));
        // Counter orders take no attempt at all.
        QVERIFY(!store.begin(id(placeOrder(std::nullopt)), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error));
    }

    void aHeldOrderLeavesOnlyWithEveryAttemptSettledAndNonePaid()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QString error;
        const auto attempt = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY(!store.releaseForCounter(id(order), Now, &error));
        QVERIFY(!store.abandon(id(order), Now, &error));
        QCOMPARE(outboxCount("order_release", id(order) + "/release"), 0);
        QVERIFY(store.requestCancel(attempt->id, PaymentCancelReason::SellerCanceled, Now));
        QVERIFY(!store.requestCancel(attempt->id, PaymentCancelReason::SellerCanceled, Now)); // once
        QVERIFY(store.recordReport(attempt->id, {PaymentStatus::Canceled, QStringLiteral("buyer_canceled"), {}}, Now));
        QVERIFY2(store.releaseForCounter(id(order), Now, &error), qPrintable(error));
        QCOMPARE(store.orderState(id(order)), OrderPaymentState::Counter);
        QCOMPARE(outboxCount("order_release", id(order) + "/release"), 1);
        QVERIFY(!store.abandon(id(order), Now, &error)); // released already
    }

    void theCounterCannotTakeAnOrderTheBackendRefused()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        QVERIFY(m_db->exec("UPDATE outbox SET state = 'failed' WHERE kind = 'order'"));
        PaymentStore store(*m_db);
        QString error;
        QVERIFY(!store.releaseForCounter(id(order), Now, &error));
        QCOMPARE(error, QStringLiteral("the backend refused the order itself"));
        QCOMPARE(store.orderState(id(order)), OrderPaymentState::AwaitingPayment);
        QVERIFY2(store.abandon(id(order), Now, &error), qPrintable(error));
    }

    void anAbandonedOrderIsCancelledAndSpendsNoPoints()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        QVERIFY(m_db->exec("INSERT INTO loyalty_redemptions(order_id, member_id, points, at) "
                           "SELECT id, 'M1', 100, created_at FROM orders"));
        PaymentStore store(*m_db);
        QString error;
        QVERIFY2(store.abandon(id(order), Now, &error), qPrintable(error));
        QCOMPARE(store.orderState(id(order)), OrderPaymentState::Abandoned);
        QCOMPARE(outboxCount("order_cancel", id(order) + "/cancel"), 1);
        Statement left = m_db->prepare("SELECT count(*) FROM loyalty_redemptions");
        QVERIFY(left.next());
        QCOMPARE(left.int64(0), 0);
    }

    void orphansAreHeldOrdersWithNothingOpenOrPaid()
    {
        PaymentStore store(*m_db);
        const Order orphan = placeOrder(PaymentMethod::Card);
        const Order open = placeOrder(PaymentMethod::Card);
        const Order paid = placeOrder(PaymentMethod::Card);
        QString error;
        QVERIFY(store.begin(id(open), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error));
        const auto paidAttempt = store.begin(id(paid), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY(store.recordReport(paidAttempt->id, {PaymentStatus::Completed, {}, {}}, Now));
        QCOMPARE(store.orphanedHeldOrders(), QStringList{id(orphan)});
        QCOMPARE(store.heldOrders(), (QStringList{id(orphan), id(open)}));
        QCOMPARE(store.paidNumberNotShown().size(), 1);
        QVERIFY(store.markNumberShown(id(paid), Now));
        QCOMPARE(store.paidNumberNotShown().size(), 0);
        QCOMPARE(store.heldOrderDelivery(id(orphan)), PaymentStore::HeldOrderDelivery::Queued);
        QVERIFY(m_db->exec("UPDATE outbox SET state = 'delivered'"));
        QCOMPARE(store.heldOrderDelivery(id(orphan)), PaymentStore::HeldOrderDelivery::Delivered);
    }

    void aChargeForAnOrderAlreadyLetGoIsForStaffToRefund()
    {
        // The store never lets an order go with an attempt open; a backend that completes one
        // anyway (or a hand-edited database) must still end on staff's list, not be lost.
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QString error;
        const auto attempt = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY(m_db->exec("UPDATE orders SET payment_state = 'abandoned'"));
        QVERIFY(store.recordReport(attempt->id, {PaymentStatus::Completed, {}, {}}, Now));
        const QList<PaidOrder> notTaken = store.paidNotTaken();
        QCOMPARE(notTaken.size(), 1);
        QCOMPARE(notTaken.first().paymentId, attempt->id);
        QCOMPARE(notTaken.first().problem, QStringLiteral("charged after the order was dropped"));
        QCOMPARE(store.paidNumberNotShown().size(), 0); // a refund, not a number to hand over
        QVERIFY(store.markRefunded(id(order), Now));
        QCOMPARE(m_db->changes(), 1);
        QCOMPARE(store.paidNotTaken().size(), 0);
        QVERIFY(store.markRefunded(id(order), Now));
        QCOMPARE(m_db->changes(), 0); // once
    }

    void aCompletedPaymentTellsTheBackendOnceThroughTheOutbox()
    {
        // Square counts loyalty points only for a paid order: the notice goes in the same
        // transaction as the payment, so a crash cannot keep one without the other.
        const Order paid = placeOrder(PaymentMethod::Card);
        const Order dropped = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QString error;
        const auto attempt = store.begin(id(paid), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY2(attempt, qPrintable(error));
        QCOMPARE(outboxCount("order_paid", id(paid) + "/paid"), 0);
        QVERIFY(store.recordReport(attempt->id, {PaymentStatus::InProgress, {}, {}}, Now));
        QCOMPARE(outboxCount("order_paid", id(paid) + "/paid"), 0);
        QVERIFY(store.recordReport(attempt->id, {PaymentStatus::Completed, {}, {}}, Now));
        QCOMPARE(outboxCount("order_paid", id(paid) + "/paid"), 1);
        QVERIFY(store.recordReport(attempt->id, {PaymentStatus::Completed, {}, {}}, Now)); // a repeated read
        QCOMPARE(outboxCount("order_paid", id(paid) + "/paid"), 1);

        // Charged after the kiosk let the order go: staff refund it; nothing is "paid" to tell.
        const auto late = store.begin(id(dropped), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        QVERIFY2(late, qPrintable(error));
        Statement abandon = m_db->prepare("UPDATE orders SET payment_state = 'abandoned' WHERE id = ?1");
        QVERIFY(abandon.bind(1, id(dropped)).exec());
        QVERIFY(store.recordReport(late->id, {PaymentStatus::Completed, {}, {}}, Now));
        QCOMPARE(outboxCount("order_paid", id(dropped) + "/paid"), 0);
    }

    void theHeldOrdersReceiptIsReadBackOnlyOnceDelivered()
    {
        const Order order = placeOrder(PaymentMethod::Card);
        PaymentStore store(*m_db);
        QCOMPARE(store.heldOrderReceipt(id(order)), QByteArray());
        QVERIFY(m_db->exec("UPDATE outbox SET response = '{\"square_order_id\":\"O1\"}' WHERE kind = 'order'"));
        QCOMPARE(store.heldOrderReceipt(id(order)), QByteArray()); // still pending: not the backend's word
        QVERIFY(m_db->exec("UPDATE outbox SET state = 'delivered' WHERE kind = 'order'"));
        QCOMPARE(store.heldOrderReceipt(id(order)), QByteArray("{\"square_order_id\":\"O1\"}"));
        QCOMPARE(PaymentStore::heldOrderOutboxKey(id(order), QStringLiteral("order_paid")), id(order) + "/paid");
    }

    void todaysSummaryCountsOutcomes()
    {
        PaymentStore store(*m_db);
        QString error;
        const Order order = placeOrder(PaymentMethod::Card);
        const auto declined = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        store.recordReport(declined->id, {PaymentStatus::Declined, QStringLiteral("Do not honour"), {}}, Now);
        const auto completed = store.begin(id(order), QStringLiteral("T1"), QStringLiteral("USD"), Now, &error);
        store.recordReport(completed->id, {PaymentStatus::Completed, {}, {}}, Now);
        const PaymentDaySummary summary = store.summaryForDay(Now.toLocalTime().date());
        QCOMPARE(summary.attempts, 2);
        QCOMPARE(summary.completed, 1);
        QCOMPARE(summary.completedCents, order.totals.total);
        QCOMPARE(summary.declined, 1);
        QCOMPARE(summary.canceled, 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentStore)
#include "tst_paymentstore.moc"
