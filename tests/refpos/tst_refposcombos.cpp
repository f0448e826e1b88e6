// Contract v1 conformance, combo lines (docs/backend-api.md, "Combo lines"): refpos, serving
// tests/data/combo-menu/menu.json, takes a combo line whose parts fill the combo's steps at the
// menu's prices and refuses, with 422 and the exact path, one that does not.
#include "contract/responses.h"
#include "refposapifixture.h"
#include "support/orderbuilder.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

// comboOrder() changed by `change`, its totals made to add up again, so only the combo rule
// under test is broken.
QJsonObject comboBody(const std::function<void(OrderLine *meal)> &change = {})
{
    Order order = comboOrder();
    if (change)
        change(&order.lines[0]);
    Cents subtotal = 0;
    for (OrderLine &line : order.lines) {
        line.lineTotalCents = line.unitPriceCents * line.quantity;
        subtotal += line.lineTotalCents;
    }
    order.totals = computeTotals(subtotal, 0, 825);
    return order.toContractJson();
}

} // namespace

class TestRefposCombos : public RefposApiTestCase
{
    Q_OBJECT

protected:
    QString menuFile() const override { return QStringLiteral(KIOSK_TEST_DATA_DIR "/combo-menu/menu.json"); }

private:
    HttpResult post(const QJsonObject &body)
    {
        return m_http.post(url(u"/v1/orders"_s), compact(body), {{"Idempotency-Key", idOf(body).toUtf8()}});
    }

private slots:
    void servesTheCombos()
    {
        const QJsonObject menu = m_http.get(url(u"/v1/menu"_s)).json();
        QCOMPARE(menu.value(u"combos"_s).toArray().size(), 2);
    }

    void acceptsACompleteComboLine()
    {
        const QJsonObject body = comboBody();
        const HttpResult reply = post(body);
        QCOMPARE(reply.status, 201);
        QVERIFY(orderStored(idOf(body)));
    }

    // A step of two picks, the same drink twice or one of each at its delta; untaxed combo.
    void acceptsAStepOfTwoPicks()
    {
        const QJsonObject body = comboBody([](OrderLine *meal) {
            meal->itemId = meal->comboId = u"two_drinks"_s;
            meal->parts = {{u"cola"_s, {}, {}, {}, 0}, {u"lemonade"_s, {}, {}, {}, 25}};
            meal->unitPriceCents = 349 + 25;
        });
        QCOMPARE(post(body).status, 201);
        const QJsonObject twice = comboBody([](OrderLine *meal) {
            meal->itemId = meal->comboId = u"two_drinks"_s;
            meal->parts = {{u"cola"_s, {}, {}, {}, 0}, {u"cola"_s, {}, {}, {}, 0}};
            meal->unitPriceCents = 349;
        });
        QCOMPARE(post(twice).status, 201);
    }

    void refusesABrokenComboLine_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown combo") << comboBody([](OrderLine *m) { m->itemId = m->comboId = u"kids_meal"_s; })
                                       << u"lines[0].combo_id: unknown combo \"kids_meal\""_s;
        QTest::newRow("not a choice of the step")
            << comboBody([](OrderLine *m) { m->parts[1].itemId = u"classic_burger"_s; })
            << u"lines[0].parts[1].item_id: \"classic_burger\" is not a choice of step \"drink\" of combo \"burger_meal\""_s;
        QTest::newRow("a step left empty")
            << comboBody([](OrderLine *m) { m->parts.removeLast(); m->unitPriceCents -= 50; })
            << u"lines[0].parts: step \"drink\" of combo \"burger_meal\" takes 1 part(s), got 0"_s;
        QTest::newRow("a part too many")
            << comboBody([](OrderLine *m) { m->parts.append({u"cola"_s, {}, {}, {}, 0}); })
            << u"lines[0].parts[2]: combo \"burger_meal\" has no step left for \"cola\""_s;
        QTest::newRow("delta not the menu's")
            << comboBody([](OrderLine *m) { m->parts[1].priceDeltaCents = 0; m->unitPriceCents -= 50; })
            << u"lines[0].parts[1].price_delta_cents: expected 50, got 0"_s;
        QTest::newRow("modifier of another item")
            << comboBody([](OrderLine *m) { m->parts[1].optionIds = {u"extra_cheese"_s}; })
            << u"lines[0].parts[1].modifiers[0]: unknown modifier \"extra_cheese\" for item \"lemonade\""_s;
        QTest::newRow("two sizes")
            << comboBody([](OrderLine *m) { m->parts[0].optionIds = {u"burger_single"_s, u"burger_double"_s}; m->unitPriceCents -= 75; })
            << u"lines[0].parts[0].modifiers: group \"burger_size\" takes 1 to 1 modifiers, got 2"_s;
        QTest::newRow("no size")
            << comboBody([](OrderLine *m) { m->parts[0].optionIds = {}; m->unitPriceCents -= 375; })
            << u"lines[0].parts[0].modifiers: group \"burger_size\" takes 1 to 1 modifiers, got 0"_s;
        QTest::newRow("unit price")
            << comboBody([](OrderLine *m) { m->unitPriceCents = 1099; })
            << u"lines[0].unit_price_cents: expected 1524 (combo 1099 + deltas 50 + modifiers 375), got 1099"_s;
    }
    void refusesABrokenComboLine()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        const HttpResult reply = post(body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), error);
        QVERIFY(!orderStored(idOf(body)));
    }
};

QTEST_GUILESS_MAIN(TestRefposCombos)
#include "tst_refposcombos.moc"
