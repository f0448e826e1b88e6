// Combo lines in contract v1 (docs/backend-api.md, "Combo lines"): additive fields of a line,
// written by Order::toContractJson and read back, with exact errors, by the parser refpos
// shares with the kiosk. Whether the parts fit the menu is refpos's check (tst_refposcombos).
#include "contract/orderrequest.h"
#include "support/orderbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

QJsonObject comboBody(const std::function<void(QJsonObject *line)> &change = {})
{
    QJsonObject body = test::comboOrder().toContractJson();
    QJsonArray lines = body.value(u"lines"_s).toArray();
    QJsonObject line = lines.at(0).toObject();
    if (change)
        change(&line);
    lines.replace(0, line);
    body.insert(u"lines"_s, lines);
    return body;
}

QJsonObject withPart(int i, const std::function<void(QJsonObject *part)> &change)
{
    return comboBody([&](QJsonObject *line) {
        QJsonArray parts = line->value(u"parts"_s).toArray();
        QJsonObject part = parts.at(i).toObject();
        change(&part);
        parts.replace(i, part);
        line->insert(u"parts"_s, parts);
    });
}

} // namespace

class TestContractCombos : public QObject
{
    Q_OBJECT

private slots:
    void comboLineIsWrittenAsTheContractSays()
    {
        const QJsonObject line = comboBody().value(u"lines"_s).toArray().at(0).toObject();
        const QJsonObject expected{
            {u"item_id"_s, u"burger_meal"_s},
            {u"combo_id"_s, u"burger_meal"_s},
            {u"name"_s, u"Burger Meal"_s},
            {u"quantity"_s, 1},
            {u"modifiers"_s, QJsonArray()},
            {u"unit_price_cents"_s, 1524},
            {u"line_total_cents"_s, 1524},
            {u"parts"_s, QJsonArray{
                QJsonObject{{u"item_id"_s, u"classic_burger"_s},
                            {u"modifiers"_s, QJsonArray{u"burger_double"_s, u"extra_cheese"_s}},
                            {u"price_delta_cents"_s, 0}},
                QJsonObject{{u"item_id"_s, u"lemonade"_s}, {u"modifiers"_s, QJsonArray()},
                            {u"price_delta_cents"_s, 50}}}},
        };
        QCOMPARE(line, expected);
        // An item line is as it always was: no combo fields.
        const QJsonObject cola = comboBody().value(u"lines"_s).toArray().at(1).toObject();
        QVERIFY(!cola.contains(u"combo_id"_s) && !cola.contains(u"parts"_s) && !cola.contains(u"name"_s));
    }

    void comboLineRoundTrips()
    {
        const QJsonObject body = comboBody();
        QString error;
        const std::optional<Order> parsed = orderFromContractJson(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        const OrderLine &meal = parsed->lines.at(0);
        QVERIFY(meal.isCombo());
        QCOMPARE(meal.comboId, u"burger_meal"_s);
        QCOMPARE(meal.itemName, u"Burger Meal"_s);
        QCOMPARE(meal.parts.size(), 2);
        QCOMPARE(meal.parts.at(0).optionIds, QStringList({u"burger_double"_s, u"extra_cheese"_s}));
        QCOMPARE(meal.parts.at(1).priceDeltaCents, 50);
        QVERIFY(!parsed->lines.at(1).isCombo());
        QCOMPARE(parsed->toContractJson(), body);
    }

    void comboRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("parts missing")
            << comboBody([](QJsonObject *l) { l->remove(u"parts"_s); }) << u"lines[0].parts: missing"_s;
        QTest::newRow("parts empty")
            << comboBody([](QJsonObject *l) { l->insert(u"parts"_s, QJsonArray()); })
            << u"lines[0].parts: must not be empty"_s;
        QTest::newRow("parts not an array")
            << comboBody([](QJsonObject *l) { l->insert(u"parts"_s, u"fries"_s); })
            << u"lines[0].parts: expected an array, got a string"_s;
        QTest::newRow("a part not an object")
            << comboBody([](QJsonObject *l) { l->insert(u"parts"_s, QJsonArray{1}); })
            << u"lines[0].parts[0]: expected an object, got the number 1"_s;
        QTest::newRow("unknown field in a part")
            << withPart(1, [](QJsonObject *p) { p->insert(u"size"_s, u"large"_s); })
            << u"lines[0].parts[1]: unknown field \"size\""_s;
        QTest::newRow("negative delta")
            << withPart(1, [](QJsonObject *p) { p->insert(u"price_delta_cents"_s, -50); })
            << u"lines[0].parts[1].price_delta_cents: must be at least 0, got -50"_s;
        QTest::newRow("part without item")
            << withPart(0, [](QJsonObject *p) { p->remove(u"item_id"_s); })
            << u"lines[0].parts[0].item_id: missing"_s;
        QTest::newRow("part without modifiers")
            << withPart(0, [](QJsonObject *p) { p->remove(u"modifiers"_s); })
            << u"lines[0].parts[0].modifiers: missing"_s;
        QTest::newRow("part without delta")
            << withPart(0, [](QJsonObject *p) { p->remove(u"price_delta_cents"_s); })
            << u"lines[0].parts[0].price_delta_cents: missing"_s;
        QTest::newRow("combo id not the item id")
            << comboBody([](QJsonObject *l) { l->insert(u"combo_id"_s, u"kids_meal"_s); })
            << u"lines[0].combo_id: expected the line's item_id \"burger_meal\", got \"kids_meal\""_s;
        QTest::newRow("modifiers on the combo line")
            << comboBody([](QJsonObject *l) { l->insert(u"modifiers"_s, QJsonArray{u"extra_cheese"_s}); })
            << u"lines[0].modifiers: must be empty on a combo line (its parts carry the modifiers)"_s;
        QTest::newRow("name not a string")
            << comboBody([](QJsonObject *l) { l->insert(u"name"_s, 3); })
            << u"lines[0].name: expected a string, got the number 3"_s;
        QJsonObject partsOnAnItem = test::comboOrder().toContractJson();
        QJsonArray lines = partsOnAnItem.value(u"lines"_s).toArray();
        QJsonObject cola = lines.at(1).toObject();
        cola.insert(u"parts"_s, QJsonArray());
        lines.replace(1, cola);
        partsOnAnItem.insert(u"lines"_s, lines);
        QTest::newRow("parts on an item line")
            << partsOnAnItem << u"lines[1].parts: only a combo line (with combo_id) has parts"_s;
    }
    void comboRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!orderFromContractJson(body, &actual));
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestContractCombos)
#include "tst_contractcombos.moc"
