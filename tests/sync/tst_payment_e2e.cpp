// Card payment end to end: the kiosk's real sync and payment threads in this process against
// the real refpos on loopback, its simulated terminal scripted through /admin/terminals and its
// faults through /admin/faults. Each case checks both sides: what the kiosk recorded, and what
// refpos charged and released to its kitchen (GET /admin/payments).
#include "storage/orderstore.h"
#include "storage/paymentstore.h"
#include "support/freeport.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/tokenfile.h"
#include "support/samplestore.h"
#include "sync/curlglobal.h"
#include "sync/paymentservice.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

constexpr int WaitMs = 30000; // only a hang takes this long

} // namespace

class TestPaymentE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;
    Menu m_menu = test::loadMenu(test::sampleConfigDir());
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<PaymentService> m_payments;
    int m_count = 0;

    bool startRefpos()
    {
        QString error;
        if (m_refpos->start({u"--token-file"_s, m_dir.filePath(u"token"_s), u"--menu"_s, test::sampleMenuFile()}, &error))
            return true;
        qWarning("refpos: %s", qPrintable(error));
        return false;
    }

    SyncSettings settings()
    {
        return test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::sampleConfigDir());
    }

    void startKiosk(int timeoutS = 120)
    {
        const QString path = m_dir.filePath(u"kiosk%1.db"_s.arg(++m_count));
        m_db = test::openDb(path);
        PaymentSettings payment;
        payment.mode = PaymentMode::Card;
        payment.terminalId = u"T1"_s;
        payment.timeoutS = timeoutS;
        m_sync = std::make_unique<SyncService>(settings(), path);
        m_payments = std::make_unique<PaymentService>(settings(), payment, path);
        m_sync->start();
        m_payments->start();
    }

    void terminal(const QByteArray &body)
    {
        QCOMPARE(m_http.put(m_refpos->url(u"/admin/terminals/T1"_s), body).status, 200);
    }

    void faults(const QByteArray &body)
    {
        QCOMPARE(m_http.put(m_refpos->url(u"/admin/faults"_s), body).status, 200);
    }

    // A card order as checkout saves it; the sync thread delivers it held.
    QString heldOrder()
    {
        Order order = test::menuOrder(m_menu, m_count * 10 + 1);
        order.payment = PaymentMethod::Card;
        if (!OrderStore(*m_db).commit(order, u"T"_s).ok)
            qFatal("cannot commit");
        m_sync->wake();
        return order.id.toString(QUuid::WithoutBraces);
    }

    PaymentAttempt pay(const QString &orderId)
    {
        QString error;
        const auto attempt = PaymentStore(*m_db).begin(orderId, u"T1"_s, u"USD"_s, QDateTime::currentDateTimeUtc(), &error);
        if (!attempt)
            qFatal("cannot begin: %s", qPrintable(error));
        m_payments->wake();
        return *attempt;
    }

    PaymentAttempt stored(const QString &id) { return *PaymentStore(*m_db).attempt(id); }

    bool waitFinal(const QString &id)
    {
        return QTest::qWaitFor([&] { return stored(id).isFinal(); }, WaitMs);
    }

    // refpos's own view: its payments for `orderId` and the order's row.
    QJsonArray backendPayments(const QString &orderId)
    {
        QJsonArray mine;
        const QJsonObject all = m_http.get(m_refpos->url(u"/admin/payments"_s)).json();
        for (const QJsonValue &p : all.value(u"payments"_s).toArray())
            if (p.toObject().value(u"order_id"_s).toString() == orderId)
                mine.append(p);
        return mine;
    }

    QJsonObject backendOrder(const QString &orderId)
    {
        const QJsonObject all = m_http.get(m_refpos->url(u"/admin/payments"_s)).json();
        for (const QJsonValue &o : all.value(u"orders"_s).toArray())
            if (o.toObject().value(u"order_id"_s).toString() == orderId)
                return o.toObject();
        return {};
    }

    bool waitBackendOrder(const QString &orderId, const QString &status)
    {
        return QTest::qWaitFor([&] { return backendOrder(orderId).value(u"status"_s).toString() == status; }, WaitMs);
    }

    int completedAtBackend(const QString &orderId)
    {
        int completed = 0;
        for (const QJsonValue &p : backendPayments(orderId))
            completed += p.toObject().value(u"status"_s).toString() == u"completed"_s;
        return completed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writeTokenFile(m_dir.filePath(u"token"_s), "pay-token"));
        m_http.setToken("pay-token");
        // A fixed port: the kiosk's settings stay valid across refpos's restarts.
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s), test::freePort());
        QVERIFY(startRefpos());
    }

    void init()
    {
        if (!m_refpos->isRunning())
            QVERIFY(startRefpos());
        faults("{}");
        terminal(R"({"clear": true, "cancel_after_ms": 0})");
        startKiosk();
    }

    void cleanup()
    {
        m_payments.reset();
        m_sync.reset();
        m_db.reset();
    }

    void approve()
    {
        terminal(R"({"next": "approve", "after_ms": 300})");
        const QString order = heldOrder();
        const PaymentAttempt attempt = pay(order);
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(PaymentStore(*m_db).orderState(order), OrderPaymentState::Paid);
        QCOMPARE(backendOrder(order).value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
        QCOMPARE(completedAtBackend(order), 1);
    }

    void declineThenApprove()
    {
        terminal(R"({"next": "decline", "after_ms": 200})");
        terminal(R"({"next": "approve", "after_ms": 200})");
        const QString order = heldOrder();
        const PaymentAttempt first = pay(order);
        QVERIFY(waitFinal(first.id));
        QCOMPARE(stored(first.id).status, PaymentStatus::Declined);
        QVERIFY(!stored(first.id).reason.isEmpty());
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 0); // still held
        const PaymentAttempt second = pay(order);
        QVERIFY(waitFinal(second.id));
        QCOMPARE(stored(second.id).status, PaymentStatus::Completed);
        QCOMPARE(completedAtBackend(order), 1);
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
    }

    void declineThenCounter()
    {
        terminal(R"({"next": "decline", "after_ms": 200})");
        const QString order = heldOrder();
        const PaymentAttempt attempt = pay(order);
        QVERIFY(waitFinal(attempt.id));
        QString error;
        QVERIFY2(PaymentStore(*m_db).releaseForCounter(order, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        m_sync->wake();
        QVERIFY(waitBackendOrder(order, u"released_counter"_s));
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
        QCOMPARE(completedAtBackend(order), 0);
    }

    void buyerCancelThenTheCustomerLeaves()
    {
        terminal(R"({"next": "buyer_cancel", "after_ms": 200})");
        const QString order = heldOrder();
        const PaymentAttempt attempt = pay(order);
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Canceled);
        QCOMPARE(stored(attempt.id).reason, u"buyer_canceled"_s);
        QString error;
        QVERIFY(PaymentStore(*m_db).abandon(order, QDateTime::currentDateTimeUtc(), &error));
        m_sync->wake();
        QVERIFY(waitBackendOrder(order, u"canceled"_s));
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 0);
    }

    void aCancelRacingAnApprovalEndsPaid()
    {
        // The card is approved 800 ms in; the terminal takes 2 s to act on a cancel.
        terminal(R"({"next": "approve", "after_ms": 800, "cancel_after_ms": 2000})");
        const QString order = heldOrder();
        const PaymentAttempt attempt = pay(order);
        QVERIFY(QTest::qWaitFor([&] { return stored(attempt.id).status == PaymentStatus::InProgress; }, WaitMs));
        QVERIFY(PaymentStore(*m_db).requestCancel(attempt.id, PaymentCancelReason::SellerCanceled,
                                                  QDateTime::currentDateTimeUtc()));
        m_payments->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(PaymentStore(*m_db).orderState(order), OrderPaymentState::Paid);
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
    }

    void aCreateWhoseAnswerIsLostIsReadNotRepeated()
    {
        // refpos stores the create and never answers: the kiosk times out (5 s), reads.
        terminal(R"({"next": "approve", "after_ms": 300})");
        const QString order = heldOrder();
        QVERIFY(waitBackendOrder(order, u"awaiting_payment"_s));
        faults(R"({"hang_rate": 1.0})");
        const PaymentAttempt attempt = pay(order);
        QVERIFY(QTest::qWaitFor([&] { return backendPayments(order).size() == 1; }, WaitMs));
        faults("{}");
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(backendPayments(order).size(), 1);
        QCOMPARE(completedAtBackend(order), 1);
    }

    void aCreateThatNeverArrivedIsSentAgainUnderTheSameId()
    {
        // Every request is reset before refpos reads it; then the faults clear: the read's 404
        // lets the same create go again.
        terminal(R"({"next": "approve", "after_ms": 300})");
        const QString order = heldOrder();
        QVERIFY(waitBackendOrder(order, u"awaiting_payment"_s));
        faults(R"({"reset_rate": 1.0})");
        const PaymentAttempt attempt = pay(order);
        QVERIFY(QTest::qWaitFor([&] { return !stored(attempt.id).lastError.isEmpty(); }, WaitMs));
        QCOMPARE(backendPayments(order).size(), 0);
        faults("{}");
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        const QJsonArray payments = backendPayments(order);
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().toObject().value(u"id"_s).toString(), attempt.id);
    }

    void theBackendDownBeforeAndDuringAPayment()
    {
        terminal(R"({"next": "approve", "after_ms": 1500})");
        m_refpos->kill();
        const QString order = heldOrder(); // queued while refpos is down
        const PaymentAttempt attempt = pay(order);
        QTest::qWait(1000);
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Saved); // nothing can be asked yet
        QVERIFY(startRefpos());
        terminal(R"({"next": "approve", "after_ms": 1500})");
        QVERIFY(QTest::qWaitFor([&] { return stored(attempt.id).status == PaymentStatus::InProgress; }, WaitMs));
        m_refpos->kill(); // down while the card is on the reader
        QTest::qWait(500);
        QVERIFY(startRefpos());
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(completedAtBackend(order), 1);
        QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
    }

    void errorsAndResetsOnEveryCall()
    {
        // A third of the requests fail one way or another, on every call of every kind.
        faults(R"({"error_rate": 0.15, "reset_rate": 0.1, "malformed_rate": 0.1, "seed": 15})");
        terminal(R"({"next": "decline", "after_ms": 100})");
        terminal(R"({"next": "approve", "after_ms": 100})");
        terminal(R"({"next": "approve", "after_ms": 100})");
        const QString first = heldOrder();
        const PaymentAttempt declined = pay(first);
        QVERIFY(waitFinal(declined.id));
        QCOMPARE(stored(declined.id).status, PaymentStatus::Declined);
        const PaymentAttempt paid = pay(first);
        QVERIFY(waitFinal(paid.id));
        QCOMPARE(stored(paid.id).status, PaymentStatus::Completed);
        const QString second = heldOrder();
        const PaymentAttempt other = pay(second);
        QVERIFY(waitFinal(other.id));
        QCOMPARE(stored(other.id).status, PaymentStatus::Completed);
        faults("{}");
        for (const QString &order : {first, second}) {
            QCOMPARE(completedAtBackend(order), 1);
            QCOMPARE(backendOrder(order).value(u"kitchen_releases"_s).toInt(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentE2e)
#include "tst_payment_e2e.moc"
