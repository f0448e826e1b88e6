#include "domain/order.h"
#include "combofixture.h"
#include "menufixture.h"

#include <QJsonArray>
#include <QTest>

using namespace kiosk;

class TestOrder : public QObject
{
    Q_OBJECT

private slots:
    void snapshotMatchesTheContract()
    {
        const Menu menu = test::sampleMenu();
        Cart cart;
        ItemSelection burger = ItemSelection::withDefaults(menu, *menu.item(QStringLiteral("burger")));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("cheese"));
        cart.add(burger, 2);
        Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::ToGo, QStringLiteral("es"), 825);
        order.number = QStringLiteral("K1-007");
        QVERIFY(!order.id.isNull());
        QCOMPARE(order.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(order.lines.first().itemName, QStringLiteral("Burger")); // kitchen language

        const QJsonObject json = order.toContractJson();
        QCOMPARE(json.value("number").toString(), QStringLiteral("K1-007"));
        QCOMPARE(json.value("dine_option").toString(), QStringLiteral("togo"));
        QVERIFY(json.value("created_at").toString().endsWith(QLatin1Char('Z')));
        const QJsonObject line = json.value("lines").toArray().first().toObject();
        QCOMPARE(line.value("item_id").toString(), QStringLiteral("burger"));
        QCOMPARE(line.value("modifiers").toArray().size(), 2);
        QCOMPARE(line.value("unit_price_cents").toInteger(), 999);
        QCOMPARE(line.value("line_total_cents").toInteger(), 1998);
        QCOMPARE(json.value("subtotal_cents").toInteger(), 1998);
        QCOMPARE(json.value("tax_cents").toInteger(), 165); // 164.835
        QCOMPARE(json.value("total_cents").toInteger(), 2163);
        QVERIFY(json.value("loyalty").isNull());
        QVERIFY(!json.contains("tax_included_cents")); // only for inclusive taxes
        QVERIFY(!line.contains("tax_ids")); // the store's rate: none of its own
    }

    // An item with an inclusive tax: the order's totals come from its taxes, and the included
    // part travels as tax_included_cents, outside total_cents.
    void perItemTaxesReachTheContract()
    {
        const Menu menu = test::inclusiveTaxMenu();
        Cart cart;
        cart.add(test::withDefaults(menu, "water"), 1);
        const Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
        QCOMPARE(order.totals, (Totals{1100, 0, 0, 1100, 100})); // 1100 x 10 / 110; no store rate
        const QJsonObject json = order.toContractJson();
        QCOMPARE(json.value("tax_cents").toInteger(), 0);
        QCOMPARE(json.value("tax_included_cents").toInteger(), 100);
        QCOMPARE(json.value("total_cents").toInteger(), 1100);
        // The line names its item's taxes, so a backend that prices per tax (Square) taxes it
        // as the kiosk did.
        const QJsonObject line = json.value("lines").toArray().first().toObject();
        QCOMPARE(line.value("tax_ids").toArray(), QJsonArray::fromStringList(*menu.item(QStringLiteral("water"))->taxIds));
        QVERIFY(!line.value("tax_ids").toArray().isEmpty());
    }

    // makeOrder copies a combo line's parts, in English, and the body carries them.
    void comboLinesKeepTheirParts()
    {
        const Menu menu = test::comboMenu();
        Cart cart;
        QCOMPARE(cart.add(test::burgerMeal(menu, {{"extras", "bacon"}}), 2), Cart::Add::Added);
        const Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("es"), 825);
        const OrderLine &line = order.lines.first();
        QCOMPARE(line.comboId, QStringLiteral("burger_meal"));
        QCOMPARE(line.itemId, QStringLiteral("burger_meal"));
        QCOMPARE(line.unitPriceCents, 1199 + 150);
        QCOMPARE(line.lineTotalCents, 2 * 1349);
        QCOMPARE(line.parts.size(), 3);
        QCOMPARE(line.parts.at(0), (OrderLinePart{QStringLiteral("burger"), QStringLiteral("Burger"),
                                                  {QStringLiteral("single"), QStringLiteral("bacon")},
                                                  {QStringLiteral("Single"), QStringLiteral("Bacon")}, 0}));
        QCOMPARE(line.parts.at(2).itemName, QStringLiteral("Soda"));
        QCOMPARE(order.totals.subtotal, 2 * 1349);

        const QJsonObject json = order.toContractJson().value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(json.value(QStringLiteral("combo_id")).toString(), QStringLiteral("burger_meal"));
        QCOMPARE(json.value(QStringLiteral("modifiers")).toArray(), QJsonArray());
        const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toObject().value(QStringLiteral("modifiers")).toArray(),
                 QJsonArray({QStringLiteral("single"), QStringLiteral("bacon")}));
    }

    // The promo code travels only when the order has one: every other body keeps its keys.
    void promoCodeOnlyWhenSet()
    {
        const Menu menu = test::sampleMenu();
        Cart cart;
        cart.add(test::withDefaults(menu, "soda"), 1);
        Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
        const QJsonObject without = order.toContractJson();
        QVERIFY(!without.contains(QStringLiteral("promo_code")));
        QCOMPARE(without.keys(), (QStringList{"created_at", "dine_option", "discount_cents", "id", "kiosk_id", "lines",
                                              "loyalty", "number", "subtotal_cents", "tax_cents", "total_cents"}));

        order.promoCode = QStringLiteral("SAVE10");
        QJsonObject with = order.toContractJson();
        QCOMPARE(with.value(QStringLiteral("promo_code")).toString(), QStringLiteral("SAVE10"));
        with.remove(QStringLiteral("promo_code"));
        QCOMPARE(with, without); // nothing else moves
    }
};

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
