// The promotion JSON reader: a full object of each kind, the defaults, a round trip through
// promotionJson, every message (all of one object at once), the list's duplicates, and the
// GET /v1/promotions/<code> body.
#include "contract/promotionjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kiosk;

namespace {

QJsonObject save10()
{
    return QJsonObject{
        {"code", "save10"},
        {"name", QJsonObject{{"en", "10% off your order"}, {"es", "10% de descuento"}}},
        {"kind", "percent_off"},
        {"percent", 10},
        {"min_subtotal_cents", 1500},
        {"valid_from", "2026-12-01T00:00:00-08:00"},
        {"valid_until", QJsonValue()},
        {"combines_with_rewards", false},
        {"note", "unknown keys are ignored"},
    };
}

QStringList problems(const QJsonObject &json)
{
    Promotion promotion;
    QStringList errors;
    const bool ok = readPromotion(json, QStringLiteral("promotions[0]"), &promotion, &errors);
    if (ok != errors.isEmpty())
        return {QStringLiteral("ok and errors disagree")};
    return errors;
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

} // namespace

class TestPromotionJson : public QObject
{
    Q_OBJECT

private slots:
    void readsAPercentOff()
    {
        Promotion p;
        QStringList errors;
        QVERIFY(readPromotion(save10(), QString(), &p, &errors));
        QCOMPARE(p.code, QStringLiteral("SAVE10")); // normalized
        QCOMPARE(p.name.text(QStringLiteral("es")), QStringLiteral("10% de descuento"));
        QCOMPARE(p.kind, Promotion::Kind::PercentOff);
        QCOMPARE(p.percent, 10);
        QCOMPARE(p.minSubtotalCents, 1500);
        QCOMPARE(p.validFrom, QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate));
        QCOMPARE(p.validFrom.timeSpec(), Qt::UTC);
        QVERIFY(!p.validUntil.isValid());
        QVERIFY(!p.combinesWithRewards);
    }

    void readsTheOtherKindsWithDefaults()
    {
        const QJsonObject base{{"code", "FREEFRIES"}, {"name", QJsonObject{{"en", "Free fries"}}}};
        Promotion p;
        QStringList errors;
        QVERIFY(readPromotion(with(with(base, "kind", "free_item"), "item_id", "classic_fries"), QString(), &p, &errors));
        QCOMPARE(p.kind, Promotion::Kind::FreeItem);
        QCOMPARE(p.itemId, QStringLiteral("classic_fries"));
        QCOMPARE(p.minSubtotalCents, 0);
        QVERIFY(!p.validFrom.isValid());
        QVERIFY(!p.validUntil.isValid());
        QVERIFY(!p.combinesWithRewards);
        QVERIFY(readPromotion(with(with(base, "kind", "amount_off"), "amount_cents", 300), QString(), &p, &errors));
        QCOMPARE(p.kind, Promotion::Kind::AmountOff);
        QCOMPARE(p.amountCents, 300);
        QVERIFY(errors.isEmpty());
    }

    void roundTrips()
    {
        Promotion p;
        QStringList errors;
        QVERIFY(readPromotion(save10(), QString(), &p, &errors));
        p.validUntil = QDateTime::fromString(QStringLiteral("2027-12-31T08:00:00Z"), Qt::ISODate);
        const QJsonObject json = promotionJson(p);
        QCOMPARE(json.value("valid_from").toString(), QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(json.value("valid_until").toString(), QStringLiteral("2027-12-31T08:00:00Z"));
        QVERIFY(!json.contains("amount_cents"));
        Promotion again;
        QVERIFY(readPromotion(json, QString(), &again, &errors));
        QCOMPARE(again, p);
        p.validUntil = {};
        QVERIFY(promotionJson(p).value("valid_until").isNull());
    }

    void everyMessage_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject ok = save10();
        auto row = [](const char *name, const QJsonObject &json, const QStringList &expected) {
            QTest::newRow(name) << json << expected;
        };
        row("code missing", with(ok, "code", QJsonValue::Undefined), {"promotions[0].code: missing"});
        row("code not a string", with(ok, "code", 10), {"promotions[0].code: expected a string, got the number 10"});
        row("code badly formed", with(ok, "code", "save 10"),
            {"promotions[0].code: must be 1 to 32 of A-Z, 0-9, - and _, got \"save 10\""});
        row("name missing", with(ok, "name", QJsonValue::Undefined), {"promotions[0].name: missing"});
        row("name without en", with(ok, "name", QJsonObject{{"es", "x"}}), {"promotions[0].name: needs an \"en\" text"});
        row("name text empty", with(ok, "name", QJsonObject{{"en", "x"}, {"es", ""}}), {"promotions[0].name.es: must not be empty"});
        row("kind unknown", with(ok, "kind", "bogo"),
            {"promotions[0].kind: must be \"percent_off\", \"amount_off\" or \"free_item\", got \"bogo\""});
        row("percent zero", with(ok, "percent", 0), {"promotions[0].percent: must be 1 to 100, got 0"});
        row("percent over", with(ok, "percent", 150), {"promotions[0].percent: must be 1 to 100, got 150"});
        row("percent missing", with(ok, "percent", QJsonValue::Undefined), {"promotions[0].percent: missing"});
        row("percent fraction", with(ok, "percent", 2.5), {"promotions[0].percent: expected an integer, got the number 2.5"});
        const QJsonObject amount = with(with(ok, "kind", "amount_off"), "amount_cents", 0);
        row("amount zero", amount, {"promotions[0].amount_cents: must be at least 1, got 0"});
        row("item missing", with(ok, "kind", "free_item"), {"promotions[0].item_id: missing"});
        row("minimum negative", with(ok, "min_subtotal_cents", -1), {"promotions[0].min_subtotal_cents: must be at least 0, got -1"});
        row("from not a time", with(ok, "valid_from", "tomorrow"),
            {"promotions[0].valid_from: expected an RFC 3339 timestamp such as 2026-12-01T08:00:00Z, got \"tomorrow\""});
        row("until without offset", with(ok, "valid_until", "2027-01-01T08:00:00"),
            {"promotions[0].valid_until: expected an RFC 3339 timestamp such as 2026-12-01T08:00:00Z, got \"2027-01-01T08:00:00\""});
        row("until a number", with(ok, "valid_until", 5),
            {"promotions[0].valid_until: expected an RFC 3339 timestamp or null, got the number 5"});
        row("until before from", with(ok, "valid_until", "2026-12-01T08:00:00Z"), {"promotions[0].valid_until: must be after valid_from"});
        row("combines not a bool", with(ok, "combines_with_rewards", "yes"),
            {"promotions[0].combines_with_rewards: expected true or false, got a string"});
        QJsonObject many = with(with(ok, "kind", "percent_off"), "percent", 0);
        many = with(with(many, "code", ""), "valid_from", "soon");
        row("all at once", many,
            {"promotions[0].code: must not be empty", "promotions[0].percent: must be 1 to 100, got 0",
             "promotions[0].valid_from: expected an RFC 3339 timestamp such as 2026-12-01T08:00:00Z, got \"soon\""});
    }

    void everyMessage()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, expected);
        QCOMPARE(problems(json), expected);
    }

    void notAnObject()
    {
        Promotion p;
        QStringList errors;
        QVERIFY(!readPromotion(QJsonValue(3), QStringLiteral("promotions[1]"), &p, &errors));
        QCOMPARE(errors, QStringList{QStringLiteral("promotions[1]: expected an object, got the number 3")});
    }

    void lists()
    {
        QStringList errors;
        QCOMPARE(readPromotionList(QJsonObject{{"promotions", QJsonArray()}}, &errors), std::optional<QList<Promotion>>(QList<Promotion>()));
        const auto two = readPromotionList(QJsonObject{{"promotions", QJsonArray{save10(), with(save10(), "code", "OTHER")}}}, &errors);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QVERIFY(errors.isEmpty());

        QVERIFY(!readPromotionList(QJsonObject{}, &errors));
        QCOMPARE(errors, QStringList{QStringLiteral("promotions: missing")});
        errors.clear();
        QVERIFY(!readPromotionList(QJsonObject{{"promotions", QJsonObject()}}, &errors));
        QCOMPARE(errors, QStringList{QStringLiteral("promotions: expected an array, got an object")});
        errors.clear();
        // A duplicate after normalizing, even of an entry with problems of its own.
        const QJsonArray entries{save10(), with(save10(), "percent", 0), with(save10(), "code", " Save10 ")};
        QVERIFY(!readPromotionList(QJsonObject{{"promotions", entries}}, &errors));
        QCOMPARE(errors, (QStringList{QStringLiteral("promotions[1].percent: must be 1 to 100, got 0"),
                                      QStringLiteral("promotions[1].code: \"SAVE10\" is listed twice"),
                                      QStringLiteral("promotions[2].code: \"SAVE10\" is listed twice")}));
    }

    void responses()
    {
        QString error;
        const auto p = parsePromotionResponse(QJsonDocument(save10()).toJson(), &error);
        QVERIFY(p);
        QCOMPARE(p->code, QStringLiteral("SAVE10"));
        QVERIFY(!parsePromotionResponse("[1]", &error));
        QCOMPARE(error, QStringLiteral("body: expected a JSON object"));
        QVERIFY(!parsePromotionResponse(QJsonDocument(with(save10(), "kind", "bogo")).toJson(), &error));
        QCOMPARE(error, QStringLiteral("kind: must be \"percent_off\", \"amount_off\" or \"free_item\", got \"bogo\""));
    }
};

QTEST_GUILESS_MAIN(TestPromotionJson)
#include "tst_promotionjson.moc"
