// ContractV1Backend's payment calls and held-order deliveries over real HTTP on loopback,
// against the in-process fake backend: the exact request of each call (path, method, body bytes,
// Idempotency-Key, the same on every retry), and every answer's outcome. The rules themselves, as
// pure functions: tst_paymentpolicy.
#include "contract/paymentrequest.h"
#include "fakebackend.h"
#include "sync/contractv1backend.h"
#include "sync/curlglobal.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;
using test::FakeBackend;
using Reply = FakeBackend::Reply;

namespace {

// libcurl's global set-up runs before main() and so before any thread.
const CurlGlobal curlGlobal;

const QString PaymentId = u"6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"_s;
const QString OrderId = u"0b6f1c1e-4a57-4f0e-9c55-2f1d8f0c9a11"_s;

PaymentAttempt attempt()
{
    PaymentAttempt a;
    a.id = PaymentId;
    a.orderId = OrderId;
    a.amount = 1250;
    a.currency = u"USD"_s;
    a.terminalId = u"T1"_s;
    a.createdAt = QDateTime(QDate(2024, 3, 5), QTime(12, 0), Qt::UTC);
    a.body = PaymentCreateRequest{a.id, a.orderId, a.amount, a.currency, a.terminalId, a.createdAt}.toJson();
    return a;
}

QByteArray payment(const QByteArray &status, const QByteArray &reason = "null", const QByteArray &card = "null")
{
    return R"({"id":")" + PaymentId.toUtf8() + R"(","order_id":")" + OrderId.toUtf8()
        + R"(","amount_cents":1250,"currency":"USD","terminal_id":"T1","status":")" + status
        + R"(","reason":)" + reason + R"(,"card":)" + card + R"(,"updated_at":"2024-03-05T12:00:01Z"})";
}

QByteArray error(const QByteArray &code)
{
    return R"({"error":"refused","code":")" + code + R"("})";
}

template<typename Alternative>
const Alternative &as(const PaymentOutcome &outcome)
{
    const auto *alternative = std::get_if<Alternative>(&outcome.result);
    if (!alternative)
        qFatal("unexpected payment outcome %d", int(outcome.result.index()));
    return *alternative;
}

} // namespace

class TestContractV1Payments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_token;

    SyncSettings settings(quint16 port) const
    {
        return test::fastSettings(port, m_token, test::minimalConfigDir());
    }

    // The adapter blocks its caller, and the fake backend answers on this thread's event loop.
    template<typename Call>
    static auto served(Call call)
    {
        return test::served(std::move(call));
    }

    static PaymentOutcome create(ContractV1Backend &b) { return served([&] { return b.createPayment(attempt(), {}); }); }
    static PaymentOutcome read(ContractV1Backend &b) { return served([&] { return b.readPayment(PaymentId); }); }
    static PaymentOutcome cancel(ContractV1Backend &b, PaymentCancelReason reason)
    {
        return served([&] { return b.cancelPayment(PaymentId, reason); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_token = m_dir.filePath(u"backend.token"_s);
        QFile file(m_token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-token\n");
    }

    void createSendsTheSavedBodyUnderItsIdEveryTime()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        QVERIFY(port);
        const QString path = u"/v1/payments"_s;
        fake.routes[path] = {Reply::answer(503, {}, {{"Retry-After", "2"}}),
                             Reply::answer(201, R"({"id":")" + PaymentId.toUtf8() + R"(","status":"pending"})"),
                             Reply::answer(200, R"({"id":")" + PaymentId.toUtf8() + R"(","status":"pending"})")};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));

        const PaymentOutcome busy = create(backend);
        QCOMPARE(as<PaymentOutcome::Unavailable>(busy).retryAfter, std::optional(Backoff::Millis(2000)));
        QCOMPARE(busy.httpStatus, 503);
        QCOMPARE(busy.reach, Reach::Unknown);
        const PaymentOutcome created = create(backend);
        QCOMPARE(as<PaymentOutcome::Known>(created).report.status, PaymentStatus::Pending);
        QCOMPARE(created.reach, Reach::Reached);
        QCOMPARE(as<PaymentOutcome::Known>(create(backend)).report.status, PaymentStatus::Pending);

        QCOMPARE(fake.count(path), 3);
        for (const FakeBackend::Seen &seen : std::as_const(fake.requests)) {
            QCOMPARE(seen.method, QByteArray("POST"));
            QCOMPARE(seen.body, attempt().body); // byte for byte, every time
            QCOMPARE(seen.header("idempotency-key"), PaymentId.toUtf8());
            QCOMPARE(seen.header("authorization"), QByteArray("Bearer secret-token"));
            QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        }
    }

    void readAndCancel()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        const QString readPath = "/v1/payments/"_L1 + PaymentId;
        const QString cancelPath = readPath + "/cancel"_L1;
        fake.routes[readPath] = {Reply::answer(200, payment("in_progress")),
                                 Reply::answer(200, payment("completed", "null", R"({"brand":"VISA","last4":"4242"})")),
                                 Reply::answer(404, error("unknown_payment")),
                                 Reply::answer(404, error("not_found")),
                                 Reply::answer(200, payment("declined", R"("Insufficient funds")").left(30))};
        fake.routes[cancelPath] = {Reply::answer(200, payment("canceled", R"("timed_out")")),
                                   Reply::answer(200, payment("completed", "null", R"({"brand":"VISA","last4":"4242"})")),
                                   Reply::answer(404, error("unknown_payment"))};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));

        QCOMPARE(as<PaymentOutcome::Known>(read(backend)).report.status, PaymentStatus::InProgress);
        const PaymentReport completed = as<PaymentOutcome::Known>(read(backend)).report;
        QCOMPARE(completed.status, PaymentStatus::Completed);
        QCOMPARE(completed.card->last4, u"4242"_s);
        const PaymentOutcome unknown = read(backend);
        QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(unknown.result));
        QCOMPARE(unknown.reach, Reach::Reached);
        QVERIFY(as<PaymentOutcome::Unavailable>(read(backend)).reason.contains(u"no such endpoint"_s));
        QVERIFY(as<PaymentOutcome::Unavailable>(read(backend)).reason.contains(u"malformed"_s));

        const PaymentReport canceled = as<PaymentOutcome::Known>(cancel(backend, PaymentCancelReason::TimedOut)).report;
        QCOMPARE(canceled.status, PaymentStatus::Canceled);
        QCOMPARE(canceled.reason, u"timed_out"_s);
        // A cancel is a request: the answer is the payment as it stands, approved or not.
        QCOMPARE(as<PaymentOutcome::Known>(cancel(backend, PaymentCancelReason::SellerCanceled)).report.status,
                 PaymentStatus::Completed);
        QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(cancel(backend, PaymentCancelReason::SellerCanceled).result));

        QCOMPARE(fake.count(readPath), 5);
        QCOMPARE(fake.count(cancelPath), 3);
        QList<QByteArray> cancelBodies;
        for (const FakeBackend::Seen &seen : std::as_const(fake.requests)) {
            QCOMPARE(seen.method, seen.path == readPath ? QByteArray("GET") : QByteArray("POST"));
            if (seen.path == cancelPath) {
                cancelBodies.append(seen.body);
                QVERIFY(seen.header("idempotency-key").isEmpty());
            }
        }
        QCOMPARE(cancelBodies, (QList<QByteArray>{R"({"reason":"timed_out"})", R"({"reason":"seller_canceled"})",
                                                  R"({"reason":"seller_canceled"})"}));
    }

    void refusalsAndOutages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("refusedCode"); // "" : Unavailable
        QTest::addColumn<int>("reach");
        QTest::newRow("409 terminal_busy") << 409 << error("terminal_busy") << u"terminal_busy"_s << int(Reach::Reached);
        QTest::newRow("409 order_already_paid") << 409 << error("order_already_paid") << u"order_already_paid"_s
                                                << int(Reach::Reached);
        QTest::newRow("422 amount_mismatch") << 422 << error("amount_mismatch") << u"amount_mismatch"_s
                                             << int(Reach::Reached);
        QTest::newRow("409 idempotency_conflict") << 409 << error("idempotency_conflict") << QString()
                                                  << int(Reach::Reached);
        QTest::newRow("401") << 401 << error("unauthorized") << QString() << int(Reach::Reached);
        QTest::newRow("429") << 429 << QByteArray() << QString() << int(Reach::Reached);
        QTest::newRow("500") << 500 << QByteArray("oops") << QString() << int(Reach::Unknown);
        QTest::newRow("201 mangled") << 201 << QByteArray(R"({"id":"x"})") << QString() << int(Reach::Reached);
    }

    void refusalsAndOutages()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, refusedCode);
        QFETCH(int, reach);
        FakeBackend fake;
        const quint16 port = fake.listen();
        fake.routes[u"/v1/payments"_s] = {Reply::answer(status, body)};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        const PaymentOutcome outcome = create(backend);
        QCOMPARE(int(outcome.reach), reach);
        QCOMPARE(outcome.httpStatus, status);
        if (refusedCode.isEmpty())
            QVERIFY(std::holds_alternative<PaymentOutcome::Unavailable>(outcome.result));
        else
            QCOMPARE(as<PaymentOutcome::Refused>(outcome).code, refusedCode);
    }

    void noAnswerIsUnavailableWithinFiveSeconds()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        fake.routes["/v1/payments/"_L1 + PaymentId] = {Reply::processedThenHang()};
        SyncSettings s = settings(port);
        s.totalTimeoutMs = 15000; // the production default: payments still give up at 5 s
        std::atomic_bool stopping = false;
        ContractV1Backend backend(s, &stopping);
        QVERIFY(backend.ready(nullptr));
        QElapsedTimer timer;
        timer.start();
        const PaymentOutcome outcome = read(backend);
        QVERIFY2(timer.elapsed() < ContractV1Backend::PaymentTimeoutMs + 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(timer.elapsed() >= ContractV1Backend::PaymentTimeoutMs - 100);
        QVERIFY(as<PaymentOutcome::Unavailable>(outcome).reason.startsWith(u"timeout"_s));
        QCOMPARE(outcome.reach, Reach::Unreachable);
    }

    void aDroppedConnectionOrNoneIsUnavailable()
    {
        // A server that reads the request and hangs up without a word.
        QTcpServer dropper;
        QVERIFY(dropper.listen(QHostAddress::LocalHost));
        connect(&dropper, &QTcpServer::newConnection, &dropper, [&dropper] {
            QTcpSocket *socket = dropper.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->abort(); });
        });
        std::atomic_bool stopping = false;
        ContractV1Backend dropped(settings(dropper.serverPort()), &stopping);
        QVERIFY(dropped.ready(nullptr));
        const PaymentOutcome outcome = create(dropped);
        QVERIFY(std::holds_alternative<PaymentOutcome::Unavailable>(outcome.result));
        QCOMPARE(outcome.reach, Reach::Unreachable);

        const quint16 closed = dropper.serverPort();
        dropper.close();
        ContractV1Backend nobody(settings(closed), &stopping);
        QVERIFY(nobody.ready(nullptr));
        const PaymentOutcome refused = read(nobody);
        QVERIFY(as<PaymentOutcome::Unavailable>(refused).reason.startsWith(u"connect"_s));
        QCOMPARE(refused.reach, Reach::Unreachable);
    }

    void heldOrdersAreReleasedOrCancelledOnTheirOwnPath()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        const QString release = "/v1/orders/"_L1 + OrderId + "/release"_L1;
        const QString cancelPath = "/v1/orders/"_L1 + OrderId + "/cancel"_L1;
        fake.routes[release] = {Reply::answer(404, error("unknown_order")), Reply::answer(409, error("payment_in_progress")),
                                Reply::answer(200, R"({"order_id":")" + OrderId.toUtf8() + R"(","status":"released_counter"})")};
        fake.routes[cancelPath] = {Reply::answer(409, R"({"error":"paid","code":"order_already_paid","status":"paid"})")};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        const Delivery releaseEntry{u"order_release"_s, OrderId, R"({"method":"counter"})"};
        const auto deliver = [&](const Delivery &d) { return served([&] { return backend.deliver(d); }); };

        QVERIFY(std::holds_alternative<DeliveryOutcome::RetryLater>(deliver(releaseEntry).result));
        QVERIFY(std::holds_alternative<DeliveryOutcome::RetryLater>(deliver(releaseEntry).result));
        QVERIFY(std::holds_alternative<DeliveryOutcome::Delivered>(deliver(releaseEntry).result));
        const DeliveryOutcome paid = deliver({u"order_cancel"_s, OrderId, "{}"});
        const auto *rejected = std::get_if<DeliveryOutcome::Rejected>(&paid.result);
        QVERIFY(rejected);
        QCOMPARE(rejected->code, u"order_already_paid"_s);
        QVERIFY(rejected->answer.contains("\"paid\""));

        // The paid notice asks nothing: a contract v1 backend saw the payment on its terminal.
        const qsizetype before = fake.requests.size();
        QVERIFY(std::holds_alternative<DeliveryOutcome::Delivered>(deliver({u"order_paid"_s, OrderId, "{}"}).result));
        QCOMPARE(fake.requests.size(), before);

        QCOMPARE(fake.count(release), 3);
        for (const FakeBackend::Seen &seen : std::as_const(fake.requests)) {
            QCOMPARE(seen.method, QByteArray("POST"));
            QCOMPARE(seen.body, seen.path == release ? releaseEntry.body : QByteArray("{}"));
        }
    }

    void urlsCarryIdsOnly()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        create(backend);
        read(backend);
        cancel(backend, PaymentCancelReason::SellerCanceled);
        // Never sent: an id that is not a UUID would put something else in the URL.
        const PaymentOutcome bad = served([&] { return backend.readPayment(u"+15551234567"_s); });
        QCOMPARE(as<PaymentOutcome::Unavailable>(bad).reason, u"not a payment id"_s);
        QCOMPARE(fake.requests.size(), 3);
        static const QRegularExpression allowed(u"^/v1/payments(/[0-9a-f-]{36}(/cancel)?)?$"_s);
        for (const FakeBackend::Seen &seen : std::as_const(fake.requests))
            QVERIFY2(allowed.match(seen.path).hasMatch(), qPrintable(seen.path));
    }
};

QTEST_GUILESS_MAIN(TestContractV1Payments)
#include "tst_contractv1payments.moc"
