// Square end to end: the kiosk's real sync and payment threads in this process, with the
// Square port the composition root picks for backend.kind "square", against the real squaresim
// on loopback (api.json validation on). Each case checks both sides: what the kiosk recorded,
// and what Square holds (orders, checkouts, loyalty balances), and that squaresim saw nothing
// that breaks Square's schema.
#include "squareadapterfixture.h"

#include "square/squarebackend.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/outbox.h"
#include "storage/paymentstore.h"
#include "support/database.h"
#include "sync/curlglobal.h"
#include "sync/paymentservice.h"
#include "sync/syncservice.h"

#include <QJsonArray>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

constexpr int WaitMs = 30000; // only a hang takes this long

} // namespace

class TestSquareE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SquareAdapterFixture> m_square;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<PaymentService> m_payments;
    int m_count = 0;

    SyncSettings settings() const
    {
        SyncSettings s = m_square->settings();
        s.kioskId = u"T1"_s;
        s.connectTimeoutMs = 2000;
        s.totalTimeoutMs = 5000;
        s.healthIntervalMs = 200;
        s.pollIntervalMs = 100;
        s.menuPollIntervalMs = 0;
        s.backoffBaseMs = 10;
        s.backoffCapMs = 200;
        return s;
    }

    void startKiosk(int timeoutS = 120)
    {
        PaymentSettings payment;
        payment.mode = PaymentMode::Card;
        payment.terminalId = m_square->settings().square.deviceId;
        payment.timeoutS = timeoutS;
        m_sync = std::make_unique<SyncService>(settings(), m_dbPath, SquareBackend::factory(settings()));
        m_payments = std::make_unique<PaymentService>(settings(), payment, m_dbPath, SquareBackend::factory(settings()));
        m_sync->start();
        m_payments->start();
    }

    void stopKiosk()
    {
        m_payments.reset();
        m_sync.reset();
    }

    void terminal(const QString &next, int afterMs)
    {
        const QString path = u"/sim/terminals/"_s + QString::fromLatin1(SquareAdapterFixture::DeviceId);
        QCOMPARE(m_square->square().admin("PUT", path, {{u"next"_s, next}, {u"after_ms"_s, afterMs}}).status, 200);
    }

    // A card order with Amelia's $2 reward, as checkout saves it: held, its number not shown.
    Order heldOrder()
    {
        const std::optional<Order> built = m_square->order(
            {{u"Classic Burger"_s, {u"Double"_s}, 1}, {u"Fountain Soda"_s, {u"Medium"_s, u"Cola"_s}, 2}},
            u"T-%1"_s.arg(++m_count), 200, LoyaltyClaim{QString::fromLatin1(seed::Amelia), {QString::fromLatin1(seed::TwoDollarsOff)}});
        if (!built)
            qFatal("the seed menu has no such items");
        Order order = *built;
        order.payment = PaymentMethod::Card;
        if (!OrderStore(*m_db).commit(order, u"T"_s).ok)
            qFatal("cannot commit");
        m_sync->wake();
        return order;
    }

    PaymentAttempt pay(const QString &orderId)
    {
        QString error;
        const auto attempt = PaymentStore(*m_db).begin(orderId, m_square->settings().square.deviceId, u"USD"_s,
                                                       QDateTime::currentDateTimeUtc(), &error);
        if (!attempt)
            qFatal("cannot begin: %s", qPrintable(error));
        m_payments->wake();
        return *attempt;
    }

    PaymentAttempt stored(const QString &id) { return *PaymentStore(*m_db).attempt(id); }

    std::optional<OutboxEntry> entry(const QString &key)
    {
        for (const OutboxEntry &e : Outbox(*m_db).list()) {
            if (e.key == key)
                return e;
        }
        return std::nullopt;
    }

    QJsonArray squareList(const QString &what)
    {
        return m_square->square().admin("GET", u"/sim/"_s + what).json().value(what).toArray();
    }

private slots:
    void init()
    {
        m_square = std::make_unique<SquareAdapterFixture>();
        QString error;
        QVERIFY2(m_square->start(&error), qPrintable(error));
        m_dbPath = m_dir.filePath(u"kiosk%1.db"_s.arg(QTest::currentTestFunction()));
        m_db = test::openDb(m_dbPath);
    }

    void cleanup()
    {
        stopKiosk();
        if (m_square)
            QCOMPARE(m_square->square().violations(), QJsonArray());
        m_db.reset();
        m_square.reset();
    }

    void aCardOrderIsPaidOnceAndEarnsItsPoints()
    {
        const qint64 before = m_square->balance(QString::fromLatin1(seed::Amelia));
        terminal(u"approve"_s, 300);
        startKiosk();
        const Order order = heldOrder();
        const QString orderId = order.id.toString(QUuid::WithoutBraces);
        const PaymentAttempt attempt = pay(orderId);
        QVERIFY(QTest::qWaitFor([&] { return stored(attempt.id).isFinal(); }, WaitMs));

        // The kiosk: paid by card, the card known, and the amount the one Square asked for,
        // which is its own total to the cent (the same arithmetic on both sides).
        const PaymentAttempt paid = stored(attempt.id);
        QCOMPARE(paid.status, PaymentStatus::Completed);
        QVERIFY(paid.card);
        QCOMPARE(paid.card->brand, u"VISA"_s);
        QCOMPARE(paid.amount, order.totals.total);
        QCOMPARE(PaymentStore(*m_db).orderState(orderId), OrderPaymentState::Paid);

        // Square: one order, paid, with the kiosk's number; one checkout; the reward redeemed
        // and the points of the paid order accumulated once, through the outbox.
        QVERIFY(QTest::qWaitFor([&] {
            const auto notice = entry(orderId + u"/paid"_s);
            return notice && notice->state == OutboxEntry::State::Delivered;
        }, WaitMs));
        const QJsonArray orders = squareList(u"orders"_s);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().toObject().value(u"reference_id"_s).toString(), order.number);
        QCOMPARE(squareList(u"checkouts"_s).size(), 1);
        const std::optional<OutboxEntry> notice = entry(orderId + u"/paid"_s);
        QVERIFY(notice->pointsEarned.value_or(0) > 0);
        QCOMPARE(m_square->balance(QString::fromLatin1(seed::Amelia)), before - 50 + *notice->pointsEarned);
    }

    void aKioskStoppedMidPaymentChargesNobodyAndFreesThePoints()
    {
        const qint64 before = m_square->balance(QString::fromLatin1(seed::Amelia));
        terminal(u"no_answer"_s, 0); // the customer walks away from the reader
        startKiosk();
        const Order order = heldOrder();
        const QString orderId = order.id.toString(QUuid::WithoutBraces);
        const PaymentAttempt attempt = pay(orderId);
        QVERIFY(QTest::qWaitFor([&] { return squareList(u"checkouts"_s).size() == 1; }, WaitMs));
        QCOMPARE(m_square->balance(QString::fromLatin1(seed::Amelia)), before - 50); // locked by the reward
        stopKiosk(); // a crash as far as the kiosk's threads know: nothing settled

        // The next run finds the checkout it made (Square made its id) rather than making a
        // second, cancels it, and drops the held order on Square, reward and all.
        startKiosk();
        QVERIFY(QTest::qWaitFor([&] { return stored(attempt.id).isFinal(); }, WaitMs));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Canceled);
        QVERIFY(QTest::qWaitFor([&] {
            const auto cancel = entry(orderId + u"/cancel"_s);
            return cancel && cancel->state == OutboxEntry::State::Delivered;
        }, WaitMs));
        QCOMPARE(squareList(u"checkouts"_s).size(), 1);
        QCOMPARE(squareList(u"checkouts"_s).first().toObject().value(u"status"_s).toString(), u"CANCELED"_s);
        const QJsonObject squareOrder = squareList(u"orders"_s).first().toObject();
        QCOMPARE(squareOrder.value(u"state"_s).toString(), u"CANCELED"_s);
        QCOMPARE(m_square->balance(QString::fromLatin1(seed::Amelia)), before);
    }
};

QTEST_GUILESS_MAIN(TestSquareE2e)
#include "tst_square_e2e.moc"
