// Contract v1's payment answers as the kiosk reads them: the payment document parser, the
// outcome of each create/read/cancel answer (paymentpolicy), the error body's "code", card
// orders stored held, and the held-order release/cancel deliveries (deliverypolicy). Pure
// functions: no thread, no network. The same rules over real HTTP: tst_contractv1payments.
#include "httpanswers.h"
#include "contract/paymentresponse.h"
#include "contract/responses.h"
#include "sync/deliverypolicy.h"
#include "sync/paymentpolicy.h"

#include <QTest>

using namespace kiosk;
using test::answer;
using test::networkError;
using namespace Qt::StringLiterals;
using Outcome = DeliveryDecision::Outcome;

namespace {

const QString PaymentId = u"6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"_s;
const QString OrderId = u"0b6f1c1e-4a57-4f0e-9c55-2f1d8f0c9a11"_s;
const QDateTime Now = QDateTime(QDate(2024, 3, 5), QTime(12, 0, 0), Qt::UTC);

QByteArray payment(const QByteArray &status, const QByteArray &reason = "null", const QByteArray &card = "null")
{
    return R"({"id":")" + PaymentId.toUtf8() + R"(","order_id":")" + OrderId.toUtf8()
        + R"(","amount_cents":1250,"currency":"USD","terminal_id":"T1","status":")" + status
        + R"(","reason":)" + reason + R"(,"card":)" + card + R"(,"updated_at":"2024-03-05T12:00:00Z"})";
}

QByteArray error(const QByteArray &code, const QByteArray &message = "refused")
{
    return R"({"error":")" + message + R"(","code":")" + code + R"("})";
}

// The create's answer: {"id", "status": "pending"}.
QByteArray created()
{
    return R"({"id":")" + PaymentId.toUtf8() + R"(","status":"pending"})";
}

// A held order's answer (release, cancel) or a card order's, with `extra` fields.
QByteArray orderAnswer(const QByteArray &status, const QByteArray &extra = {})
{
    return R"({"order_id":")" + OrderId.toUtf8() + R"(","status":")" + status + "\"" + extra + '}';
}

// Which alternative of PaymentOutcome::result: 0 Known, 1 Unknown, 2 Unavailable, 3 Refused.
int kindOf(const PaymentOutcome &o) { return int(o.result.index()); }
enum { Known, Unknown, Unavailable, Refused };

} // namespace

Q_DECLARE_METATYPE(HttpResult)
Q_DECLARE_METATYPE(PaymentCall)

class TestPaymentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryStatus_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("pending") << QByteArray("pending") << int(PaymentStatus::Pending);
        QTest::newRow("in_progress") << QByteArray("in_progress") << int(PaymentStatus::InProgress);
        QTest::newRow("completed") << QByteArray("completed") << int(PaymentStatus::Completed);
        QTest::newRow("declined") << QByteArray("declined") << int(PaymentStatus::Declined);
        QTest::newRow("canceled") << QByteArray("canceled") << int(PaymentStatus::Canceled);
    }

    void parsesEveryStatus()
    {
        QFETCH(QByteArray, status);
        QFETCH(int, expected);
        QString why;
        const std::optional<PaymentReport> report = parsePaymentReport(payment(status), PaymentId, &why);
        QVERIFY2(report, qPrintable(why));
        QCOMPARE(int(report->status), expected);
        QCOMPARE(report->reason, QString());
        QVERIFY(!report->card);
    }

    void parsesReasonCardAndTheCreatesShortAnswer()
    {
        QString why;
        auto report = parsePaymentReport(payment("completed", "null", R"({"brand":"VISA","last4":"4242"})"),
                                         PaymentId, &why);
        QVERIFY2(report && report->card, qPrintable(why));
        QCOMPARE(report->card->brand, u"VISA"_s);
        QCOMPARE(report->card->last4, u"4242"_s);
        report = parsePaymentReport(payment("declined", R"("Insufficient funds")"), PaymentId, &why);
        QVERIFY2(report, qPrintable(why));
        QCOMPARE(report->reason, u"Insufficient funds"_s);
        report = parsePaymentReport(payment("canceled", R"("timed_out")"), PaymentId, &why);
        QCOMPARE(report->reason, u"timed_out"_s);
        // The create's answer has neither reason nor card.
        report = parsePaymentReport(R"({"id":")" + PaymentId.toUtf8() + R"(","status":"pending"})", PaymentId, &why);
        QVERIFY2(report, qPrintable(why));
        QCOMPARE(report->status, PaymentStatus::Pending);
        // Upper-case hex is the same id.
        report = parsePaymentReport(R"({"id":")" + PaymentId.toUpper().toUtf8() + R"(","status":"pending"})",
                                    PaymentId, &why);
        QVERIFY2(report, qPrintable(why));
        // A card on a payment that is not completed is dropped, not a reason to read forever.
        report = parsePaymentReport(payment("declined", "null", R"({"brand":"VISA","last4":"4242"})"), PaymentId, &why);
        QVERIFY2(report, qPrintable(why));
        QVERIFY(!report->card);
        // A very long decline text is cut, not refused.
        report = parsePaymentReport(payment("declined", "\"" + QByteArray(500, 'x') + "\""), PaymentId, &why);
        QCOMPARE(report->reason.size(), 200);
    }

    void refusesMangledDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>") << u"body: invalid JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"body: expected a JSON object"_s;
        QTest::newRow("no id") << QByteArray(R"({"status":"pending"})") << u"id: missing"_s;
        QTest::newRow("another payment")
            << QByteArray(R"({"id":"11111111-2222-4333-8444-555555555555","status":"completed"})")
            << u"id: expected the payment"_s;
        QTest::newRow("id not a uuid") << QByteArray(R"({"id":"p1","status":"pending"})") << u"id:"_s;
        QTest::newRow("no status") << payment("x").replace(R"("status":"x",)", "") << u"status: missing"_s;
        QTest::newRow("unknown status") << payment("approved") << u"status: expected pending"_s;
        QTest::newRow("the kiosk's own status") << payment("saved") << u"status: expected pending"_s;
        QTest::newRow("status a number") << payment("x").replace(R"("x")", "3") << u"status: expected a string"_s;
        QTest::newRow("reason a number") << payment("declined", "5") << u"reason: expected a string"_s;
        QTest::newRow("card a string") << payment("completed", "null", R"("VISA 4242")") << u"card: expected an object"_s;
        QTest::newRow("card without brand") << payment("completed", "null", R"({"last4":"4242"})")
                                            << u"card.brand: missing"_s;
        QTest::newRow("last4 of five") << payment("completed", "null", R"({"brand":"VISA","last4":"42424"})")
                                       << u"card.last4: expected four digits"_s;
        QTest::newRow("last4 letters") << payment("completed", "null", R"({"brand":"VISA","last4":"42a4"})")
                                       << u"card.last4: expected four digits"_s;
    }

    void refusesMangledDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!parsePaymentReport(body, PaymentId, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
        QVERIFY(!why.contains(u"4242"_s)); // never card data in an error
        QVERIFY(!parsePaymentReport(payment("pending"), u"not-a-uuid"_s, &why));
    }

    void outcomes_data()
    {
        QTest::addColumn<PaymentCall>("call");
        QTest::addColumn<HttpResult>("result");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail"); // Refused: the code; Unavailable: in the reason

        const auto create = PaymentCall::Create;
        const auto read = PaymentCall::Read;
        const auto cancel = PaymentCall::Cancel;
        QTest::newRow("create 201") << create << answer(201, created()) << int(Known) << "";
        QTest::newRow("create 200 replay") << create << answer(200, created()) << int(Known) << "";
        QTest::newRow("create 201 for another id")
            << create << answer(201, R"({"id":"11111111-2222-4333-8444-555555555555","status":"pending"})")
            << int(Unavailable) << "malformed payment: id";
        QTest::newRow("create 201 cut") << create << answer(201, created().left(20)) << int(Unavailable) << "malformed";
        QTest::newRow("create 409 terminal_busy") << create << answer(409, error("terminal_busy")) << int(Refused)
                                                  << "terminal_busy";
        QTest::newRow("create 409 order_not_held") << create << answer(409, error("order_not_held"))
                                                   << int(Refused) << "order_not_held";
        QTest::newRow("create 409 order_already_paid") << create << answer(409, error("order_already_paid"))
                                                       << int(Refused) << "order_already_paid";
        QTest::newRow("create 422 amount_mismatch") << create << answer(422, error("amount_mismatch"))
                                                    << int(Refused) << "amount_mismatch";
        QTest::newRow("create 422 validation") << create << answer(422, error("validation")) << int(Refused)
                                               << "validation";
        QTest::newRow("create 409 without a code") << create << answer(409, R"({"error":"x"})") << int(Refused) << "";
        QTest::newRow("create 409 idempotency_conflict reads the status")
            << create << answer(409, error("idempotency_conflict")) << int(Unavailable) << "its status decides";
        QTest::newRow("create 404 unknown_order") << create << answer(404, error("unknown_order")) << int(Refused)
                                                  << "unknown_order";
        QTest::newRow("create 404 wrong path") << create << answer(404, error("not_found")) << int(Unavailable)
                                               << "no such endpoint";
        QTest::newRow("read 200 completed") << read << answer(200, payment("completed")) << int(Known) << "";
        QTest::newRow("read 201") << read << answer(201, payment("pending")) << int(Known) << "";
        QTest::newRow("read 204") << read << answer(204) << int(Unavailable) << "HTTP 204";
        QTest::newRow("read 404 unknown_payment") << read << answer(404, error("unknown_payment")) << int(Unknown) << "";
        QTest::newRow("read 404 without a code") << read << answer(404, "Not Found") << int(Unavailable)
                                                 << "no such endpoint";
        QTest::newRow("read 404 not_found") << read << answer(404, error("not_found")) << int(Unavailable)
                                            << "no such endpoint";
        QTest::newRow("read 405") << read << answer(405, error("method_not_allowed")) << int(Unavailable)
                                  << "no such endpoint";
        QTest::newRow("read 200 garbage") << read << answer(200, "{") << int(Unavailable) << "malformed";
        QTest::newRow("cancel 200 canceled") << cancel << answer(200, payment("canceled", R"("seller_canceled")"))
                                             << int(Known) << "";
        QTest::newRow("cancel 404 unknown_payment") << cancel << answer(404, error("unknown_payment")) << int(Unknown)
                                                    << "";
        QTest::newRow("cancel 422 validation") << cancel << answer(422, error("validation")) << int(Refused)
                                               << "validation";
        QTest::newRow("401") << read << answer(401, error("unauthorized")) << int(Unavailable) << "token";
        QTest::newRow("403") << create << answer(403) << int(Unavailable) << "token";
        QTest::newRow("408") << cancel << answer(408) << int(Unavailable) << "HTTP 408";
        QTest::newRow("429") << create << answer(429, R"({"error":"slow down"})") << int(Unavailable)
                             << "HTTP 429: slow down";
        QTest::newRow("500") << read << answer(500) << int(Unavailable) << "HTTP 500";
        QTest::newRow("502 html") << cancel << answer(502, "<html>") << int(Unavailable) << "HTTP 502";
        QTest::newRow("301") << read << answer(301) << int(Unavailable) << "HTTP 301";
        QTest::newRow("400") << create << answer(400) << int(Unavailable) << "HTTP 400";
        QTest::newRow("timeout") << create << networkError(HttpResult::Error::Timeout) << int(Unavailable) << "timeout";
        QTest::newRow("reset") << read << networkError(HttpResult::Error::Reset) << int(Unavailable) << "reset";
        QTest::newRow("connect") << cancel << networkError(HttpResult::Error::Connect) << int(Unavailable) << "connect";
    }

    void outcomes()
    {
        QFETCH(PaymentCall, call);
        QFETCH(HttpResult, result);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const PaymentOutcome o = decidePayment(call, PaymentId, result, Now);
        QCOMPARE(kindOf(o), kind);
        if (const auto *refused = std::get_if<PaymentOutcome::Refused>(&o.result)) {
            QCOMPARE(refused->code, detail);
            QVERIFY2(refused->reason.startsWith(u"HTTP "_s), qPrintable(refused->reason));
        }
        if (const auto *unavailable = std::get_if<PaymentOutcome::Unavailable>(&o.result))
            QVERIFY2(unavailable->reason.contains(detail), qPrintable(unavailable->reason));
    }

    void aCreatesAnswerIsPendingWhateverItSays()
    {
        const PaymentOutcome o = decidePayment(PaymentCall::Create, PaymentId,
                                               answer(200, payment("completed", "null", R"({"brand":"VISA","last4":"4242"})")),
                                               Now);
        const auto *known = std::get_if<PaymentOutcome::Known>(&o.result);
        QVERIFY(known);
        QCOMPARE(known->report.status, PaymentStatus::Pending);
        QVERIFY(!known->report.card);
        const PaymentOutcome read = decidePayment(PaymentCall::Read, PaymentId,
                                                  answer(200, payment("completed", "null", R"({"brand":"VISA","last4":"4242"})")),
                                                  Now);
        QCOMPARE(std::get<PaymentOutcome::Known>(read.result).report.status, PaymentStatus::Completed);
    }

    void retryAfterOnlyOn429And503()
    {
        const HttpHeaders later{{"retry-after", "7"}};
        const auto retryAfter = [&](int status) {
            const PaymentOutcome o = decidePayment(PaymentCall::Read, PaymentId, answer(status, {}, later), Now);
            return std::get<PaymentOutcome::Unavailable>(o.result).retryAfter;
        };
        QCOMPARE(retryAfter(429), std::optional(Backoff::Millis(7000)));
        QCOMPARE(retryAfter(503), std::optional(Backoff::Millis(7000)));
        QCOMPARE(retryAfter(500), std::nullopt);
    }

    void pathsCarryTheIdOnly()
    {
        QCOMPARE(paymentPath(PaymentCall::Create, PaymentId), QByteArray("/v1/payments"));
        QCOMPARE(paymentPath(PaymentCall::Read, PaymentId), "/v1/payments/" + PaymentId.toUtf8());
        QCOMPARE(paymentPath(PaymentCall::Cancel, PaymentId), "/v1/payments/" + PaymentId.toUtf8() + "/cancel");
        QCOMPARE(paymentPath(PaymentCall::Read, u"../orders"_s), QByteArray());
        QCOMPARE(paymentPath(PaymentCall::Create, u"x\r\nX-Evil: 1"_s), QByteArray());
    }

    void errorBodiesCarryACode()
    {
        const std::optional<ContractError> e = parseContractError(error("terminal_busy", "the terminal is busy"));
        QVERIFY(e);
        QCOMPARE(e->message, u"the terminal is busy"_s);
        QCOMPARE(e->code, u"terminal_busy"_s);
        // Older backends: no code. A code that is not a string says nothing.
        QCOMPARE(parseContractError(R"({"error":"x"})")->code, QString());
        QCOMPARE(parseContractError(R"({"error":"x","code":7})")->code, QString());
        QVERIFY(!parseContractError(R"({"code":"validation"})"));
        QCOMPARE(parseErrorBody(error("validation", "lines: empty")), u"lines: empty"_s);
    }

    void cardOrdersAreAcceptedHeld()
    {
        QString why;
        const QByteArray held = orderAnswer("awaiting_payment", R"(,"points_earned":3)");
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(held, &why);
        QVERIFY2(accepted, qPrintable(why));
        QCOMPARE(accepted->status, u"awaiting_payment"_s);
        const DeliveryDecision d = decideDelivery(u"order"_s, OrderId, answer(201, held), Now);
        QCOMPARE(d.outcome, Outcome::Delivered);
        QCOMPARE(d.pointsEarned, std::optional(3));
        // Feedback and calls for staff know only "accepted".
        QVERIFY(!parseStatusAccepted(QByteArray(R"({"status":"awaiting_payment"})"), &why));
    }

    void heldOrderDeliveries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<HttpResult>("result");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");

        const QByteArray released = orderAnswer("released_counter");
        const QByteArray canceled = orderAnswer("canceled");
        const QString release = u"order_release"_s;
        const QString cancel = u"order_cancel"_s;
        QTest::newRow("release 200") << release << answer(200, released) << int(Outcome::Delivered) << "";
        QTest::newRow("cancel 200") << cancel << answer(200, canceled) << int(Outcome::Delivered) << "";
        QTest::newRow("release answered as a cancel") << release << answer(200, canceled) << int(Outcome::Retry) << "";
        QTest::newRow("cancel 200 garbage") << cancel << answer(200, "{") << int(Outcome::Retry) << "";
        QTest::newRow("release 200 another order")
            << release << answer(200, QByteArray(released).replace(OrderId.toUtf8(), "11111111-2222-4333-8444-555555555555"))
            << int(Outcome::Retry) << "";
        QTest::newRow("release 409 order_already_paid")
            << release << answer(409, R"({"error":"paid","code":"order_already_paid","status":"paid"})")
            << int(Outcome::Failed) << "order_already_paid";
        QTest::newRow("cancel 409 order_already_paid") << cancel << answer(409, error("order_already_paid"))
                                                       << int(Outcome::Failed) << "order_already_paid";
        QTest::newRow("cancel 409 order_not_held") << cancel << answer(409, error("order_not_held"))
                                                   << int(Outcome::Failed) << "order_not_held";
        QTest::newRow("release 409 payment_in_progress waits")
            << release << answer(409, error("payment_in_progress")) << int(Outcome::Retry) << "";
        QTest::newRow("cancel 409 payment_in_progress waits")
            << cancel << answer(409, error("payment_in_progress")) << int(Outcome::Retry) << "";
        QTest::newRow("release 404 unknown_order waits") << release << answer(404, error("unknown_order"))
                                                         << int(Outcome::Retry) << "";
        QTest::newRow("cancel 404 wrong path waits") << cancel << answer(404, error("not_found"))
                                                     << int(Outcome::Retry) << "";
        QTest::newRow("release 422 validation") << release << answer(422, error("validation"))
                                                << int(Outcome::Failed) << "validation";
        QTest::newRow("cancel 503") << cancel << answer(503) << int(Outcome::Retry) << "";
        QTest::newRow("release 401") << release << answer(401) << int(Outcome::Retry) << "";
        QTest::newRow("cancel reset") << cancel << networkError(HttpResult::Error::Reset) << int(Outcome::Retry) << "";
        // An order's own 409 is not a held order's: it fails, now with its code.
        QTest::newRow("order 409 payment_in_progress fails") << u"order"_s << answer(409, error("payment_in_progress"))
                                                             << int(Outcome::Failed) << "payment_in_progress";
        QTest::newRow("order 404 unknown_order waits as any 404") << u"order"_s << answer(404, error("unknown_order"))
                                                                  << int(Outcome::Retry) << "";
    }

    void heldOrderDeliveries()
    {
        QFETCH(QString, kind);
        QFETCH(HttpResult, result);
        QFETCH(int, outcome);
        QFETCH(QString, code);
        const DeliveryDecision d = decideDelivery(kind, OrderId, result, Now);
        QCOMPARE(int(d.outcome), outcome);
        QCOMPARE(d.code, code);
    }

    void heldOrderEndpoints()
    {
        QCOMPARE(endpointFor(u"order_release"_s, OrderId), "/v1/orders/" + OrderId.toUtf8() + "/release");
        QCOMPARE(endpointFor(u"order_cancel"_s, OrderId), "/v1/orders/" + OrderId.toUtf8() + "/cancel");
        QCOMPARE(endpointFor(u"order_cancel"_s, u"../../admin"_s), QByteArray());
        QCOMPARE(endpointFor(u"order_release"_s), QByteArray());
        QCOMPARE(endpointFor(u"order"_s, OrderId), QByteArray("/v1/orders"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentPolicy)
#include "tst_paymentpolicy.moc"
