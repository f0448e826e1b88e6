// Backoff bounds, Retry-After parsing, the outcome rules for each answer, and the "sync"
// settings of kiosk.json. Pure functions: no thread, no network.
#include "httpanswers.h"
#include "config/jsonreader.h"
#include "config/syncsettings.h"
#include "sync/backoff.h"
#include "sync/deliverypolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace kiosk;
using test::answer;
using test::networkError;
using namespace std::chrono_literals;
using Outcome = DeliveryDecision::Outcome;

namespace {

const QString OrderKey = QStringLiteral("0b6f1c1e-4a57-4f0e-9c55-2f1d8f0c9a11");
const QDateTime Now = QDateTime(QDate(2024, 3, 5), QTime(12, 0, 0), Qt::UTC);

// The "sync" section as the kiosk.json parser reads it.
bool readSync(const QJsonObject &root, SyncSettings *settings, ConfigErrors *errors)
{
    JsonReader reader(QStringLiteral("kiosk.json"), errors);
    return readSyncSettings(reader, root, settings);
}

QByteArray accepted(const QString &key, int points)
{
    return "{\"order_id\":\"" + key.toUtf8() + "\",\"status\":\"accepted\",\"points_earned\":"
        + QByteArray::number(points) + "}";
}

} // namespace

Q_DECLARE_METATYPE(HttpResult)

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        const Backoff backoff(1s, 60s);
        const qint64 expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        for (int attempt = 0; attempt < 8; ++attempt)
            QCOMPARE(backoff.ceiling(attempt).count(), expected[attempt]);
        QCOMPARE(backoff.ceiling(1000).count(), 60000); // no overflow
    }

    void delayWithinFullJitterBounds_data()
    {
        QTest::addColumn<double>("random");
        QTest::newRow("0") << 0.0;
        QTest::newRow("0.25") << 0.25;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("just under 1") << 0.999999;
    }

    void delayWithinFullJitterBounds()
    {
        QFETCH(double, random);
        const Backoff backoff(1s, 60s, [random] { return random; });
        for (int attempt = 0; attempt <= 40; ++attempt) {
            const qint64 ceiling = std::min<qint64>(60000, 1000LL << std::min(attempt, 20));
            const qint64 delay = backoff.delay(attempt).count();
            QVERIFY2(delay >= 0 && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 not in [0, %3]").arg(attempt).arg(delay).arg(ceiling)));
            // The fixed random source picks the same point of the range every time.
            QCOMPARE(delay, qint64(random * double(ceiling + 1)));
        }
    }

    void defaultRandomSourceStaysInBounds()
    {
        const Backoff backoff(1s, 60s);
        for (int i = 0; i < 2000; ++i) {
            const int attempt = i % 10;
            const qint64 delay = backoff.delay(attempt).count();
            QVERIFY(delay >= 0 && delay <= backoff.ceiling(attempt).count());
        }
    }

    void retryAfterDeltaSeconds()
    {
        QCOMPARE(Backoff::parseRetryAfter("120", Now), std::optional(Backoff::Millis(120000)));
        QCOMPARE(Backoff::parseRetryAfter(" 0 ", Now), std::optional(Backoff::Millis(0)));
        QCOMPARE(Backoff::parseRetryAfter("", Now), std::nullopt);
        QCOMPARE(Backoff::parseRetryAfter("-5", Now), std::nullopt);
        QCOMPARE(Backoff::parseRetryAfter("1.5", Now), std::nullopt);
        QCOMPARE(Backoff::parseRetryAfter("soon", Now), std::nullopt);
        // Absurd values are still "a long time", left to the caller's clamp.
        QVERIFY(Backoff::parseRetryAfter("99999999999999999999", Now)->count() >= 600000);
    }

    void retryAfterHttpDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("IMF-fixdate") << QByteArray("Tue, 05 Mar 2024 12:01:30 GMT") << qint64(90000);
        QTest::newRow("RFC 850") << QByteArray("Tuesday, 05-Mar-24 12:00:10 GMT") << qint64(10000);
        QTest::newRow("asctime") << QByteArray("Tue Mar  5 12:02:00 2024") << qint64(120000);
        QTest::newRow("in the past") << QByteArray("Tue, 05 Mar 2024 11:00:00 GMT") << qint64(0);
    }

    void retryAfterHttpDate()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const auto parsed = Backoff::parseRetryAfter(value, Now);
        QVERIFY2(parsed, value.constData());
        QCOMPARE(parsed->count(), expectedMs);
    }

    void retryAfterIsTheLaterOfTheTwoButAtMostTenMinutes()
    {
        const Backoff backoff(1s, 60s, [] { return 0.5; });
        QCOMPARE(backoff.delay(0, std::nullopt).count(), 500);
        QCOMPARE(backoff.delay(0, Backoff::Millis(3000)).count(), 3000);  // server asks for more
        QCOMPARE(backoff.delay(3, Backoff::Millis(100)).count(), 4000);   // our backoff is later
        QCOMPARE(backoff.delay(0, Backoff::Millis(300000)).count(), 300000); // beyond our cap: honoured
        QCOMPARE(backoff.delay(0, Backoff::Millis(86400000)).count(), 600000); // a day: clamped
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<HttpResult>("result");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reasonContains");

        const QByteArray error = R"({"error":"lines[0].quantity: expected 1..20"})";
        QTest::newRow("201 accepted") << "order" << answer(201, accepted(OrderKey, 12)) << int(Outcome::Delivered) << "";
        QTest::newRow("200 replay") << "order" << answer(200, accepted(OrderKey, 12)) << int(Outcome::Delivered) << "";
        QTest::newRow("201 cut in half") << "order" << answer(201, accepted(OrderKey, 12).left(20))
                                         << int(Outcome::Retry) << "malformed";
        QTest::newRow("201 for another order") << "order"
            << answer(201, accepted(QStringLiteral("11111111-2222-3333-4444-555555555555"), 1))
            << int(Outcome::Retry) << "idempotency key";
        QTest::newRow("201 negative points") << "order" << answer(201, accepted(OrderKey, -1))
                                             << int(Outcome::Retry) << "malformed";
        QTest::newRow("409") << "order" << answer(409, R"({"error":"different body"})")
                             << int(Outcome::Failed) << "HTTP 409: different body";
        QTest::newRow("422") << "order" << answer(422, error) << int(Outcome::Failed)
                             << "HTTP 422: lines[0].quantity";
        QTest::newRow("400") << "order" << answer(400) << int(Outcome::Failed) << "HTTP 400";
        QTest::newRow("404 waits for the backend") << "order" << answer(404, "not json") << int(Outcome::Retry)
                                                   << "no such endpoint";
        QTest::newRow("405 waits for the backend") << "feedback" << answer(405) << int(Outcome::Retry)
                                                   << "no such endpoint";
        QTest::newRow("410") << "order" << answer(410) << int(Outcome::Failed) << "HTTP 410";
        QTest::newRow("401 waits for a token") << "order" << answer(401, R"({"error":"missing or wrong bearer token"})")
                                               << int(Outcome::Retry) << "HTTP 401: missing or wrong bearer token";
        QTest::newRow("403 waits for a token") << "order" << answer(403) << int(Outcome::Retry) << "token";
        QTest::newRow("408") << "order" << answer(408) << int(Outcome::Retry) << "HTTP 408";
        QTest::newRow("429") << "order" << answer(429, R"({"error":"slow down"})", {{"retry-after", "3"}})
                             << int(Outcome::Retry) << "HTTP 429: slow down";
        QTest::newRow("500") << "order" << answer(500, error) << int(Outcome::Retry) << "HTTP 500";
        QTest::newRow("502 html") << "order" << answer(502, "<html>") << int(Outcome::Retry) << "HTTP 502";
        QTest::newRow("503") << "order" << answer(503) << int(Outcome::Retry) << "HTTP 503";
        QTest::newRow("301") << "order" << answer(301) << int(Outcome::Retry) << "HTTP 301";
        QTest::newRow("connect") << "order" << networkError(HttpResult::Error::Connect)
                                 << int(Outcome::Retry) << "network: connect";
        QTest::newRow("timeout") << "order" << networkError(HttpResult::Error::Timeout)
                                 << int(Outcome::Retry) << "network: timeout";
        QTest::newRow("reset") << "order" << networkError(HttpResult::Error::Reset)
                               << int(Outcome::Retry) << "network: reset";
        QTest::newRow("feedback 201") << "feedback" << answer(201, R"({"status":"accepted"})")
                                      << int(Outcome::Delivered) << "";
        QTest::newRow("assist 200 garbage") << "assist" << answer(200, "{") << int(Outcome::Retry) << "malformed";
        QTest::newRow("assist 422") << "assist" << answer(422, R"({"error":"reason: missing"})")
                                    << int(Outcome::Failed) << "reason: missing";
    }

    void outcomes()
    {
        QFETCH(QString, kind);
        QFETCH(HttpResult, result);
        QFETCH(int, outcome);
        QFETCH(QString, reasonContains);
        const DeliveryDecision d = decideDelivery(kind, OrderKey, result, Now);
        QCOMPARE(int(d.outcome), outcome);
        QVERIFY2(d.reason.contains(reasonContains), qPrintable(d.reason));
        QCOMPARE(d.networkError, result.isNetworkError());
        if (d.outcome == Outcome::Delivered && kind == QLatin1String("order"))
            QCOMPARE(d.pointsEarned, std::optional(12));
    }

    void retryAfterOnlyOn429And503()
    {
        const HttpHeaders later{{"retry-after", "7"}};
        QCOMPARE(decideDelivery("order", OrderKey, answer(429, {}, later), Now).retryAfter,
                 std::optional(Backoff::Millis(7000)));
        QCOMPARE(decideDelivery("order", OrderKey, answer(503, {}, later), Now).retryAfter,
                 std::optional(Backoff::Millis(7000)));
        QCOMPARE(decideDelivery("order", OrderKey, answer(500, {}, later), Now).retryAfter, std::nullopt);
        QCOMPARE(decideDelivery("order", OrderKey, answer(429), Now).retryAfter, std::nullopt);
    }

    void endpoints()
    {
        QCOMPARE(endpointFor("order"), QByteArray("/v1/orders"));
        QCOMPARE(endpointFor("feedback"), QByteArray("/v1/feedback"));
        QCOMPARE(endpointFor("assist"), QByteArray("/v1/assist"));
        QCOMPARE(endpointFor("loyalty"), QByteArray());
    }

    // "item_availability": PUT to the item's path; an item the backend's menu lacks fails for
    // good, a 404 without that code is a backend without the endpoint and waits; a pause that
    // ended before delivery is not sent.
    void itemAvailability()
    {
        using namespace Qt::StringLiterals;
        const QString key = u"classic_burger/0d6c3b7a-8e51-4f2d-9c4b-7a1e2f3d4c5b"_s;
        QCOMPARE(endpointFor(u"item_availability"_s, key), QByteArray("/v1/menu/items/classic_burger/available"));
        QCOMPARE(endpointFor(u"item_availability"_s, u"/x"_s), QByteArray());
        const auto decide = [&key](const HttpResult &result) {
            return decideDelivery(u"item_availability"_s, key, result, Now);
        };
        QCOMPARE(decide(answer(200, R"({"item_id":"classic_burger","available":false,"until":"2099-01-01T00:00:00Z"})"))
                     .outcome, Outcome::Delivered);
        const DeliveryDecision other = decide(answer(200, R"({"item_id":"fries","available":true,"until":null})"));
        QCOMPARE(other.outcome, Outcome::Retry);
        QVERIFY2(other.reason.contains(u"item_id: expected \"classic_burger\""_s), qPrintable(other.reason));
        const DeliveryDecision unknown = decide(answer(404, R"({"error":"no menu item classic_burger","code":"unknown_item"})"));
        QCOMPARE(unknown.outcome, Outcome::Failed);
        QCOMPARE(unknown.code, u"unknown_item"_s);
        QCOMPARE(decide(answer(404, R"({"error":"no such resource","code":"not_found"})")).outcome, Outcome::Retry);

        QVERIFY(pauseEndedBeforeDelivery(R"({"available":false,"until":"2024-05-01T12:00:00Z"})",
                                         QDateTime::fromString(u"2024-05-01T12:00:00Z"_s, Qt::ISODate)));
        QVERIFY(!pauseEndedBeforeDelivery(R"({"available":false,"until":"2024-05-01T12:00:01Z"})",
                                          QDateTime::fromString(u"2024-05-01T12:00:00Z"_s, Qt::ISODate)));
        QVERIFY(!pauseEndedBeforeDelivery(R"({"available":true})", QDateTime::currentDateTimeUtc()));
    }

    void syncSettingsDefaults()
    {
        SyncSettings s;
        ConfigErrors errors;
        QVERIFY(readSync(QJsonObject{}, &s, &errors));
        QCOMPARE(s.connectTimeoutMs, 5000);
        QCOMPARE(s.totalTimeoutMs, 15000);
        QCOMPARE(s.healthIntervalMs, 15000);
        QCOMPARE(s.pollIntervalMs, 5000);
        QCOMPARE(s.menuPollIntervalMs, 60000);
        QCOMPARE(s.backoffBaseMs, 1000);
        QCOMPARE(s.backoffCapMs, 60000);
        QVERIFY(s.tlsVerify);
    }

    void syncSettingsRead()
    {
        const QJsonObject root = QJsonDocument::fromJson(R"({"sync": {
            "connect_timeout_ms": 2000, "total_timeout_ms": 8000, "health_interval_s": 30,
            "poll_interval_s": 2, "menu_poll_interval_s": 0, "backoff_base_ms": 500,
            "backoff_cap_ms": 30000, "tls_verify": false}})").object();
        SyncSettings s;
        ConfigErrors errors;
        QVERIFY(readSync(root, &s, &errors));
        QCOMPARE(s.connectTimeoutMs, 2000);
        QCOMPARE(s.totalTimeoutMs, 8000);
        QCOMPARE(s.healthIntervalMs, 30000);
        QCOMPARE(s.pollIntervalMs, 2000);
        QCOMPARE(s.menuPollIntervalMs, 0);
        QCOMPARE(s.backoffBaseMs, 500);
        QCOMPARE(s.backoffCapMs, 30000);
        QVERIFY(!s.tlsVerify);
    }

    void syncSettingsErrorsLeaveSettingsUnchanged()
    {
        const QJsonObject root = QJsonDocument::fromJson(R"({"sync": {
            "connect_timeout_ms": 20, "tls_verify": "no", "poll_every": 3}})").object();
        SyncSettings s;
        ConfigErrors errors;
        QVERIFY(!readSync(root, &s, &errors));
        QCOMPARE(s.connectTimeoutMs, 5000);
        QVERIFY(s.tlsVerify);
        const QString text = formatErrors(errors);
        QVERIFY2(text.contains(QLatin1String("kiosk.json: sync.connect_timeout_ms")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("kiosk.json: sync.tls_verify")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("kiosk.json: sync: unknown key \"poll_every\"")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
