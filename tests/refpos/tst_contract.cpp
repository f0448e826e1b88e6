// The contract layer: order bodies round-trip through Order::toContractJson(), every rule a
// backend enforces is rejected with its exact message, and response bodies are parsed strictly.
#include "contract/assistrequest.h"
#include "contract/canonicaljson.h"
#include "contract/feedbackrequest.h"
#include "contract/membersresponse.h"
#include "contract/orderrequest.h"
#include "contract/responses.h"
#include "support/contractsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

// `json` with the value at `path` ("lines", 1, "quantity") replaced, or removed when
// `value` is undefined.
QJsonValue withValue(const QJsonValue &json, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = json.toArray();
        array.replace(step.toInt(), withValue(array.at(step.toInt()), path, value));
        return array;
    }
    QJsonObject object = json.toObject();
    const QJsonValue changed = withValue(object.value(step.toString()), path, value);
    if (changed.isUndefined())
        object.remove(step.toString());
    else
        object.insert(step.toString(), changed);
    return object;
}

QJsonObject mutated(QList<QVariant> path, const QJsonValue &value)
{
    return withValue(test::sampleOrderJson(), std::move(path), value).toObject();
}

const QJsonValue Missing = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void orderRoundTrips()
    {
        Order request = test::sampleOrder();
        request.createdAt = QDateTime::currentDateTimeUtc(); // milliseconds survive too
        const QJsonObject json = request.toContractJson();
        QString error;
        const std::optional<Order> order = orderFromContractJson(json, &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(order->id, request.id);
        QCOMPARE(order->number, request.number);
        QCOMPARE(order->kioskId, request.kioskId);
        QCOMPARE(order->createdAt, request.createdAt);
        QCOMPARE(order->createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(order->dineOption, DineOption::ToGo);
        QCOMPARE(order->totals, request.totals);
        QCOMPARE(order->lines.size(), 2);
        QCOMPARE(order->lines.at(0).optionIds, request.lines.at(0).optionIds);
        QCOMPARE(order->lines.at(0).quantity, 2);
        QCOMPARE(order->lines.at(1).lineTotalCents, 349);
        QCOMPARE(order->toContractJson(), json);
    }

    void loyaltyRoundTrips()
    {
        Order order = test::sampleOrder();
        QVERIFY(order.toContractJson().value(u"loyalty"_s).isNull());
        order.loyalty = LoyaltyClaim{u"member-77"_s, {u"free_fries"_s, u"ten_pct"_s}};
        order.totals = computeTotals(order.totals.subtotal, 349, 825);
        const QJsonObject json = order.toContractJson();
        QCOMPARE(json.value(u"loyalty"_s).toObject(),
                 (QJsonObject{{u"member_id"_s, u"member-77"_s},
                              {u"reward_ids"_s, QJsonArray{u"free_fries"_s, u"ten_pct"_s}}}));
        QCOMPARE(json.value(u"discount_cents"_s).toInteger(), 349);
        QString error;
        const std::optional<Order> parsed = orderFromContractJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->loyalty, order.loyalty);
        QCOMPARE(parsed->totals, order.totals);
        QCOMPARE(parsed->totals.total, 2347 - 349 + 165); // 1998 at 8.25 % = 164.8 -> 165
        QCOMPARE(parsed->toContractJson(), json);
    }

    void acceptsEquivalentSpellings()
    {
        QJsonObject json = test::sampleOrderJson();
        json.insert(u"created_at"_s, u"2024-05-01T12:30:15Z"_s); // no milliseconds
        json.insert(u"subtotal_cents"_s, 2347.0);
        json.insert(u"dine_option"_s, u"here"_s);
        json.insert(u"extension_field"_s, u"ignored"_s); // newer kiosks may send more
        QString error;
        QVERIFY2(orderFromContractJson(json, &error), qPrintable(error));
    }

    void canonicalHashIgnoresFormatting()
    {
        const QJsonObject json = test::sampleOrderJson();
        const QByteArray indented = QJsonDocument(json).toJson(QJsonDocument::Indented);
        const QJsonObject reparsed = QJsonDocument::fromJson(indented).object();
        QCOMPARE(canonicalHash(reparsed), canonicalHash(json));
        QJsonObject changed = json;
        changed.insert(u"number"_s, u"K1-043"_s);
        QVERIFY(canonicalHash(changed) != canonicalHash(json));
    }

    void orderRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QJsonArray twoLines = test::sampleOrderJson().value(u"lines"_s).toArray();

        QTest::newRow("id missing") << mutated({u"id"_s}, Missing) << u"id: missing"_s;
        QTest::newRow("id not a uuid") << mutated({u"id"_s}, u"abc"_s)
            << u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21, got \"abc\""_s;
        QTest::newRow("id in braces") << mutated({u"id"_s}, u"{3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21}"_s)
            << u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21, got \"{3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21}\""_s;
        QTest::newRow("id a number") << mutated({u"id"_s}, 5) << u"id: expected a string, got the number 5"_s;
        QTest::newRow("number missing") << mutated({u"number"_s}, Missing) << u"number: missing"_s;
        QTest::newRow("number empty") << mutated({u"number"_s}, u""_s) << u"number: must not be empty"_s;
        QTest::newRow("kiosk_id a boolean") << mutated({u"kiosk_id"_s}, true)
            << u"kiosk_id: expected a string, got true"_s;
        QTest::newRow("created_at not utc") << mutated({u"created_at"_s}, u"2024-05-01T12:30:00+02:00"_s)
            << u"created_at: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"2024-05-01T12:30:00+02:00\""_s;
        QTest::newRow("created_at not a time") << mutated({u"created_at"_s}, u"yesterday"_s)
            << u"created_at: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"yesterday\""_s;
        QTest::newRow("dine_option unknown") << mutated({u"dine_option"_s}, u"delivery"_s)
            << u"dine_option: expected \"here\" or \"togo\", got \"delivery\""_s;
        QTest::newRow("dine_option missing") << mutated({u"dine_option"_s}, Missing) << u"dine_option: missing"_s;
        QTest::newRow("lines missing") << mutated({u"lines"_s}, Missing) << u"lines: missing"_s;
        QTest::newRow("lines an object") << mutated({u"lines"_s}, QJsonObject()) << u"lines: expected an array, got an object"_s;
        QTest::newRow("lines empty") << mutated({u"lines"_s}, QJsonArray()) << u"lines: must not be empty"_s;
        QTest::newRow("line a string") << mutated({u"lines"_s, 1}, u"fries"_s)
            << u"lines[1]: expected an object, got a string"_s;
        QTest::newRow("item_id missing") << mutated({u"lines"_s, 0, u"item_id"_s}, Missing)
            << u"lines[0].item_id: missing"_s;
        QTest::newRow("quantity 0") << mutated({u"lines"_s, 0, u"quantity"_s}, 0)
            << u"lines[0].quantity: must be at least 1, got 0"_s;
        QTest::newRow("quantity negative") << mutated({u"lines"_s, 1, u"quantity"_s}, -2)
            << u"lines[1].quantity: must be at least 1, got -2"_s;
        QTest::newRow("quantity a string") << mutated({u"lines"_s, 0, u"quantity"_s}, u"2"_s)
            << u"lines[0].quantity: expected an integer, got a string"_s;
        QTest::newRow("quantity fractional") << mutated({u"lines"_s, 0, u"quantity"_s}, 1.5)
            << u"lines[0].quantity: expected an integer, got the number 1.5"_s;
        QTest::newRow("modifiers a string") << mutated({u"lines"_s, 0, u"modifiers"_s}, u"cheese"_s)
            << u"lines[0].modifiers: expected an array, got a string"_s;
        QTest::newRow("modifier a number") << mutated({u"lines"_s, 0, u"modifiers"_s}, QJsonArray{7})
            << u"lines[0].modifiers[0]: expected a string, got the number 7"_s;
        QTest::newRow("unit price negative") << mutated({u"lines"_s, 1, u"unit_price_cents"_s}, -1)
            << u"lines[1].unit_price_cents: must be at least 0, got -1"_s;
        QTest::newRow("unit price missing") << mutated({u"lines"_s, 1, u"unit_price_cents"_s}, Missing)
            << u"lines[1].unit_price_cents: missing"_s;
        QTest::newRow("line total wrong") << mutated({u"lines"_s, 0, u"line_total_cents"_s}, 1990)
            << u"lines[0].line_total_cents: expected 1998, got 1990"_s;
        QTest::newRow("second line total wrong") << mutated({u"lines"_s, 1, u"line_total_cents"_s}, 340)
            << u"lines[1].line_total_cents: expected 349, got 340"_s;
        QTest::newRow("subtotal wrong") << mutated({u"subtotal_cents"_s}, 2300)
            << u"subtotal_cents: expected 2347, got 2300"_s;
        QTest::newRow("subtotal missing") << mutated({u"subtotal_cents"_s}, Missing) << u"subtotal_cents: missing"_s;
        QTest::newRow("discount over subtotal") << mutated({u"discount_cents"_s}, 3000)
            << u"discount_cents: must be at most 2347, got 3000"_s;
        QTest::newRow("discount negative") << mutated({u"discount_cents"_s}, -10)
            << u"discount_cents: must be at least 0, got -10"_s;
        QTest::newRow("tax negative") << mutated({u"tax_cents"_s}, -5) << u"tax_cents: must be at least 0, got -5"_s;
        QTest::newRow("total wrong") << mutated({u"total_cents"_s}, 2500) << u"total_cents: expected 2541, got 2500"_s;
        QTest::newRow("total ignores discount") << mutated({u"discount_cents"_s}, 100)
            << u"total_cents: expected 2441, got 2541"_s;
        QTest::newRow("total a string") << mutated({u"total_cents"_s}, u"2541"_s)
            << u"total_cents: expected an integer, got a string"_s;
        QTest::newRow("loyalty missing") << mutated({u"loyalty"_s}, Missing) << u"loyalty: missing"_s;
        QTest::newRow("loyalty a string") << mutated({u"loyalty"_s}, u"gold"_s)
            << u"loyalty: expected null or an object, got a string"_s;
        QTest::newRow("loyalty without member") << mutated({u"loyalty"_s}, QJsonObject{{u"reward_ids"_s, QJsonArray()}})
            << u"loyalty.member_id: missing"_s;
        QTest::newRow("loyalty rewards a string")
            << mutated({u"loyalty"_s}, QJsonObject{{u"member_id"_s, u"m1"_s}, {u"reward_ids"_s, u"x"_s}})
            << u"loyalty.reward_ids: expected an array, got a string"_s;
        QTest::newRow("loyalty reward twice")
            << mutated({u"loyalty"_s}, QJsonObject{{u"member_id"_s, u"m1"_s},
                                                   {u"reward_ids"_s, QJsonArray{u"a"_s, u"b"_s, u"a"_s}}})
            << u"loyalty.reward_ids[2]: duplicate reward \"a\""_s;
    }

    void orderRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!orderFromContractJson(body, &actual));
        QCOMPARE(actual, error);
    }

    void feedbackRoundTrips()
    {
        const QJsonObject json = test::sampleFeedbackJson();
        QString error;
        const std::optional<FeedbackRequest> feedback = feedbackFromContractJson(json, &error);
        QVERIFY2(feedback, qPrintable(error));
        QCOMPARE(feedback->csat, 5);
        QCOMPARE(feedback->toContractJson(), json);
        QJsonObject onlyComment = json;
        onlyComment.insert(u"csat"_s, QJsonValue::Null);
        onlyComment.insert(u"nps"_s, QJsonValue::Null);
        QVERIFY2(feedbackFromContractJson(onlyComment, &error), qPrintable(error));
    }

    void feedbackRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        const auto with = [](const QString &key, const QJsonValue &value) {
            return withValue(test::sampleFeedbackJson(), {key}, value).toObject();
        };
        QJsonObject empty = test::sampleFeedbackJson();
        for (const QString &key : {u"csat"_s, u"nps"_s, u"comment"_s})
            empty.insert(key, QJsonValue::Null);
        QTest::newRow("csat 0") << with(u"csat"_s, 0) << u"csat: must be at least 1, got 0"_s;
        QTest::newRow("csat 6") << with(u"csat"_s, 6) << u"csat: must be at most 5, got 6"_s;
        QTest::newRow("nps 11") << with(u"nps"_s, 11) << u"nps: must be at most 10, got 11"_s;
        QTest::newRow("nps missing") << with(u"nps"_s, Missing) << u"nps: missing"_s;
        QTest::newRow("comment a number") << with(u"comment"_s, 3) << u"comment: expected a string, got the number 3"_s;
        QTest::newRow("comment too long") << with(u"comment"_s, QString(2001, u'x'))
            << u"comment: must be at most 2000 characters, got 2001"_s;
        QTest::newRow("order_id bad") << with(u"order_id"_s, u"K1-042"_s)
            << u"order_id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21, got \"K1-042\""_s;
        QTest::newRow("language missing") << with(u"language"_s, Missing) << u"language: missing"_s;
        QTest::newRow("nothing answered") << empty << u"csat, nps, comment: at least one must be given"_s;
    }

    void feedbackRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!feedbackFromContractJson(body, &actual));
        QCOMPARE(actual, error);
    }

    void assistValidation()
    {
        const QJsonObject json = test::sampleAssistJson();
        QString error;
        const std::optional<AssistRequest> assist = assistFromContractJson(json, &error);
        QVERIFY2(assist, qPrintable(error));
        QCOMPARE(assist->toContractJson(), json);
        QJsonObject noReason = json;
        noReason.remove(u"reason"_s);
        QVERIFY(!assistFromContractJson(noReason, &error));
        QCOMPARE(error, u"reason: missing"_s);
    }

    void parsesOrderAccepted()
    {
        const QUuid id = QUuid::createUuid();
        const OrderAccepted accepted{id, u"accepted"_s, 21, {}};
        const QByteArray body = QJsonDocument(accepted.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        QCOMPARE(parseOrderAccepted(body, &error), accepted);
    }

    void rejectsBadOrderAccepted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray id = "3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21";
        QTest::newRow("not json") << QByteArray("<html>502</html>")
            << u"body: invalid JSON (illegal value at offset 1)"_s;
        QTest::newRow("cut in half") << QByteArray("{\"order_id\":\"3f2c8e1a-5b7d-4c1e")
            << u"body: invalid JSON (unterminated string at offset 32)"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"body: expected a JSON object"_s;
        QTest::newRow("no order_id") << QByteArray("{\"status\":\"accepted\",\"points_earned\":0}")
            << u"order_id: missing"_s;
        QTest::newRow("status pending") << "{\"order_id\":\"" + id + "\",\"status\":\"pending\",\"points_earned\":0}"
            << u"status: expected \"accepted\" or \"awaiting_payment\", got \"pending\""_s;
        QTest::newRow("points a string") << "{\"order_id\":\"" + id + "\",\"status\":\"accepted\",\"points_earned\":\"3\"}"
            << u"points_earned: expected an integer, got a string"_s;
        QTest::newRow("points negative") << "{\"order_id\":\"" + id + "\",\"status\":\"accepted\",\"points_earned\":-1}"
            << u"points_earned: must be at least 0, got -1"_s;
    }

    void rejectsBadOrderAccepted()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!parseOrderAccepted(body, &actual));
        QCOMPARE(actual, error);
    }

    // --- adjustments (issue 14 item 4): a refused reward rides on an accepted order ----------

    void orderAcceptedCarriesAdjustments()
    {
        const QUuid id = QUuid::createUuid();
        const OrderAccepted accepted{id, u"accepted"_s, 214,
                                     {{u"reward"_s, u"two_dollars_off"_s, u"refused"_s, u"costs 250 points"_s},
                                      {u"promo"_s, u"summer"_s, u"refused"_s, QString()}}};
        const QJsonObject json = accepted.toJson();
        QCOMPARE(json.value(u"adjustments"_s).toArray().at(0).toObject(),
                 (QJsonObject{{u"kind"_s, u"reward"_s}, {u"id"_s, u"two_dollars_off"_s},
                              {u"status"_s, u"refused"_s}, {u"reason"_s, u"costs 250 points"_s}}));
        QString error;
        QCOMPARE(parseOrderAccepted(QJsonDocument(json).toJson(), &error), accepted);
        // None: the field is left out, so the answer is byte for byte what older backends give.
        const OrderAccepted plain{id, u"accepted"_s, 3, {}};
        QVERIFY(!plain.toJson().contains(u"adjustments"_s));
        QCOMPARE(parseOrderAccepted(QJsonDocument(plain.toJson()).toJson(), &error), plain);
    }

    void rejectsBadAdjustments_data()
    {
        QTest::addColumn<QByteArray>("adjustments");
        QTest::addColumn<QString>("error");
        QTest::newRow("an object") << QByteArray("{}") << u"adjustments: expected an array, got an object"_s;
        QTest::newRow("a string item") << QByteArray("[\"x\"]") << u"adjustments[0]: expected an object, got a string"_s;
        QTest::newRow("no id") << QByteArray(R"([{"kind":"reward","status":"refused","reason":""}])")
                               << u"adjustments[0].id: missing"_s;
        QTest::newRow("reason a number") << QByteArray(R"([{"kind":"reward","id":"a","status":"refused","reason":1}])")
                                         << u"adjustments[0].reason: expected a string, got the number 1"_s;
    }

    void rejectsBadAdjustments()
    {
        QFETCH(QByteArray, adjustments);
        QFETCH(QString, error);
        const QByteArray body = R"({"order_id":"3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21","status":"accepted",)"
                                R"("points_earned":0,"adjustments":)" + adjustments + "}";
        QString actual;
        QVERIFY(!parseOrderAccepted(body, &actual));
        QCOMPARE(actual, error);
    }

    // --- end of adjustments ----------------------------------------------------------------

    // next_reward: a reward, null, or left out by an older backend; a broken one names its path.
    void membersNextReward()
    {
        LoyaltyMember noah;
        noah.id = u"mbr-1004"_s;
        noah.firstName = u"Noah"_s;
        noah.points = 40;
        noah.tier = u"Silver"_s;
        LoyaltyReward twoOff;
        twoOff.id = u"two_dollars_off"_s;
        twoOff.name.byLanguage = {{u"en"_s, u"$2 off your order"_s}};
        twoOff.pointsCost = 250;
        twoOff.kind = LoyaltyReward::Kind::AmountOff;
        twoOff.amountCents = 200;
        noah.nextReward = twoOff;
        QJsonObject json = membersResponseJson({noah});
        QString error;
        auto parsed = parseMembersResponse(QJsonDocument(json).toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->value(0), noah);

        QJsonObject member = json[u"members"_s].toArray()[0].toObject();
        noah.nextReward.reset();
        for (const QJsonValue &none : {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
            member[u"next_reward"_s] = none; // Undefined removes the key
            parsed = parseMembersResponse(QJsonDocument(QJsonObject{{u"members"_s, QJsonArray{member}}}).toJson(), &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->value(0), noah);
        }

        QJsonObject broken = json[u"members"_s].toArray()[0].toObject();
        QJsonObject reward = broken[u"next_reward"_s].toObject();
        reward.remove(u"amount_cents"_s);
        broken[u"next_reward"_s] = reward;
        QVERIFY(!parseMembersResponse(QJsonDocument(QJsonObject{{u"members"_s, QJsonArray{broken}}}).toJson(), &error));
        QCOMPARE(error, u"members[0].next_reward.amount_cents: missing"_s);
        broken[u"next_reward"_s] = 7;
        QVERIFY(!parseMembersResponse(QJsonDocument(QJsonObject{{u"members"_s, QJsonArray{broken}}}).toJson(), &error));
        QCOMPARE(error, u"members[0].next_reward: expected an object, got the number 7"_s);
    }

    void parsesStatusAndErrorBodies()
    {
        QString error;
        QVERIFY(parseStatusAccepted("{\"status\":\"accepted\"}", &error));
        QVERIFY(!parseStatusAccepted("{\"status\":\"acc", &error));
        QCOMPARE(parseErrorBody("{\"error\":\"lines: must not be empty\"}"), u"lines: must not be empty"_s);
        QCOMPARE(parseErrorBody("{\"message\":\"x\"}"), std::nullopt);
        QCOMPARE(parseErrorBody("Bad Gateway"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
