#include "domain/cart.h"
#include "domain/pricing.h"
#include "combofixture.h"
#include "menufixture.h"

#include <QTest>

using namespace kiosk;

class TestCart : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();
    ItemSelection selection(const char *id) { return ItemSelection::withDefaults(m_menu, *m_menu.item(QString::fromLatin1(id))); }

private slots:
    void quantitiesMultiplyAndIdenticalPicksMerge()
    {
        Cart cart;
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("extras"), QStringLiteral("cheese"));
        QCOMPARE(cart.add(burger, 2), Cart::Add::Added);
        QCOMPARE(cart.add(burger, 1), Cart::Add::Merged);
        QCOMPARE(cart.lines().size(), 1);
        QCOMPARE(cart.lines().first().quantity, 3);
        QCOMPARE(cart.subtotalCents(), 3 * (899 + 100));
        QCOMPARE(cart.add(selection("burger"), 1), Cart::Add::Added); // different options
        QCOMPARE(cart.lines().size(), 2);
        QCOMPARE(cart.itemCount(), 4);
    }

    void pricingWithModifiersAndTax()
    {
        Cart cart;
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("size"), QStringLiteral("double"));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        cart.add(burger, 2);                    // (899 + 250 + 150) * 2 = 2598
        ItemSelection tenders = selection("tenders");
        tenders.toggle(QStringLiteral("sauce"), QStringLiteral("ranch"));
        cart.add(tenders, 1);                   // 749 + 50 = 799
        cart.add(selection("soda"), 3);         // 597
        const Totals t = computeTotals(cart, 825);
        QCOMPARE(t.subtotal, 3994);
        QCOMPARE(t.tax, 330);                   // 329.505 -> 330
        QCOMPARE(t.total, 4324);
    }

    void soldOutAndIncompleteItemsAreRefused()
    {
        Cart cart;
        QCOMPARE(cart.add(selection("shake"), 1), Cart::Add::ItemUnavailable);
        QCOMPARE(cart.add(selection("tenders"), 1), Cart::Add::Incomplete);
        QCOMPARE(cart.add(selection("soda"), 0), Cart::Add::InvalidQuantity);
        QCOMPARE(cart.add(selection("soda"), Cart::MaxQuantityPerLine + 1), Cart::Add::InvalidQuantity);
        QVERIFY(cart.isEmpty());
    }

    void quantityLimits()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        const QString id = cart.lines().first().lineId;
        QVERIFY(cart.setQuantity(id, 5));
        QVERIFY(!cart.setQuantity(id, 0));
        QVERIFY(!cart.setQuantity(id, Cart::MaxQuantityPerLine + 1));
        QVERIFY(!cart.setQuantity(QStringLiteral("missing"), 2));
        QCOMPARE(cart.lines().first().quantity, 5);
        QCOMPARE(cart.add(selection("soda"), Cart::MaxQuantityPerLine), Cart::Add::InvalidQuantity);
        QVERIFY(cart.remove(id));
        QVERIFY(cart.isEmpty());
    }

    void itemThatSellsOutIsFlagged()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        cart.add(selection("burger"), 1);
        QCOMPARE(cart.refreshAvailability(m_menu), 0);

        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("soda"))
                item.available = false;
        }
        const Menu soldOut(m_menu.categories(), m_menu.modifierGroups(), items);
        QCOMPARE(cart.refreshAvailability(soldOut), 1);
        QVERIFY(cart.hasUnavailableLines());
        QVERIFY(!cart.lines().at(0).available);
        QVERIFY(cart.lines().at(1).available);

        const Menu gone(m_menu.categories(), m_menu.modifierGroups(), {});
        QCOMPARE(cart.refreshAvailability(gone), 2);
    }

    // Breakfast ends at 10:30 on the store's clock: a breakfast line in the cart is flagged,
    // as a sold-out one is; a window on the category flags its items the same way.
    void aLineOutsideItsDaypartIsFlagged()
    {
        const QTimeZone zone(QByteArray("America/Los_Angeles"));
        const QDateTime nine = QDateTime(QDate(2026, 12, 7), QTime(9, 0), zone).toUTC();
        const QDateTime eleven = nine.addSecs(2 * 3600);
        const AvailabilityWindow breakfast{{Qt::Monday}, QTime(6, 0), QTime(10, 30)};
        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("burger"))
                item.availableAt = {breakfast};
        }
        const Menu dayparted(m_menu.categories(), m_menu.modifierGroups(), items);
        Cart cart;
        cart.add(selection("burger"), 1);
        cart.add(selection("soda"), 1);
        QCOMPARE(cart.refreshAvailability(dayparted, nine, zone), 0);
        QCOMPARE(cart.refreshAvailability(dayparted, eleven, zone), 1);
        QVERIFY(!cart.lines().at(0).available);
        QVERIFY(cart.lines().at(1).available);
        // The overload without a time keeps its meaning: windows are not its business.
        QCOMPARE(cart.refreshAvailability(dayparted), 0);

        QList<Category> categories = m_menu.categories();
        categories[1].availableAt = {breakfast}; // drinks
        const Menu drinksAtBreakfast(categories, m_menu.modifierGroups(), m_menu.items());
        QCOMPARE(cart.refreshAvailability(drinksAtBreakfast, eleven, zone), 1);
        QVERIFY(cart.lines().at(0).available);
        QVERIFY(!cart.lines().at(1).available);
        QVERIFY(drinksAtBreakfast.isVisibleAt(*drinksAtBreakfast.category(u"drinks"_qs), nine, zone));
        QVERIFY(!drinksAtBreakfast.isVisibleAt(*drinksAtBreakfast.category(u"drinks"_qs), eleven, zone));
        QVERIFY(!drinksAtBreakfast.isVisibleAt(*drinksAtBreakfast.item(u"soda"_qs), eleven, zone));
        // Sold out: shown (greyed by the pages), never orderable.
        const MenuItem &shake = *drinksAtBreakfast.item(u"shake"_qs);
        QVERIFY(drinksAtBreakfast.isVisibleAt(shake, nine, zone));
        QVERIFY(!drinksAtBreakfast.isOrderableAt(shake, nine, zone));
        QVERIFY(drinksAtBreakfast.isOrderableAt(*drinksAtBreakfast.item(u"soda"_qs), nine, zone));
    }

    void comboIsOneLineWithItsPartsAndMerges()
    {
        const Menu menu = test::comboMenu();
        Cart cart;
        const ComboSelection meal = test::burgerMeal(menu, {{"extras", "bacon"}});
        QCOMPARE(cart.add(meal, 1), Cart::Add::Added);
        QCOMPARE(cart.add(test::burgerMeal(menu, {{"extras", "bacon"}}), 2), Cart::Add::Merged);
        QCOMPARE(cart.add(test::burgerMeal(menu), 1), Cart::Add::Added); // other modifiers
        QCOMPARE(cart.add(test::withDefaults(menu, "burger"), 1), Cart::Add::Added); // not a meal
        QCOMPARE(cart.lines().size(), 3);
        const CartLine &line = cart.lines().at(0);
        QVERIFY(line.isCombo());
        QCOMPARE(line.comboId, QStringLiteral("burger_meal"));
        QCOMPARE(line.itemId, QStringLiteral("burger_meal"));
        QCOMPARE(line.quantity, 3);
        QCOMPARE(line.unitPriceCents, 1199 + 150);
        QCOMPARE(line.parts.size(), 3);
        QCOMPARE(line.parts.at(0).itemId, QStringLiteral("burger"));
        QCOMPARE(line.parts.at(0).optionIds, QStringList({QStringLiteral("single"), QStringLiteral("bacon")}));
        QCOMPARE(line.parts.at(0).optionNames.at(1).text(QStringLiteral("en")), QStringLiteral("Bacon"));
        QCOMPARE(line.parts.at(2).stepId, QStringLiteral("drink"));
        QVERIFY(!cart.lines().at(2).isCombo());
        QCOMPARE(cart.subtotalCents(), 3 * 1349 + 1199 + 899);
    }

    void incompleteComboIsRefused()
    {
        const Menu menu = test::comboMenu();
        Cart cart;
        ComboSelection meal(menu, *menu.combo(QStringLiteral("burger_meal")));
        meal.pick(QStringLiteral("main"), test::withDefaults(menu, "burger"));
        QCOMPARE(cart.add(meal, 1), Cart::Add::Incomplete);
        QCOMPARE(cart.add(test::burgerMeal(menu), 0), Cart::Add::InvalidQuantity);
        QVERIFY(cart.isEmpty());
    }

    void comboLineIsFlaggedWhenAPartOrTheComboGoes()
    {
        const Menu menu = test::comboMenu();
        Cart cart;
        cart.add(test::burgerMeal(menu), 1);
        QCOMPARE(cart.refreshAvailability(menu), 0);

        QList<MenuItem> items = menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("fries"))
                item.available = false;
        }
        const Menu friesSoldOut(menu.categories(), menu.modifierGroups(), items, {}, menu.combos());
        QCOMPARE(cart.refreshAvailability(friesSoldOut), 1);
        QVERIFY(!cart.lines().first().available);
        QVERIFY(cart.lines().first().parts.at(0).available);
        QVERIFY(!cart.lines().first().parts.at(1).available);

        QCOMPARE(cart.refreshAvailability(menu), 0); // back in stock
        QVERIFY(cart.lines().first().parts.at(1).available);

        // Soda no longer a choice of the drink step.
        QList<Combo> combos = menu.combos();
        combos[0].steps[2].choices.removeFirst();
        QCOMPARE(cart.refreshAvailability(Menu(menu.categories(), menu.modifierGroups(), menu.items(), {}, combos)), 1);
        QVERIFY(!cart.lines().first().parts.at(2).available);

        const Menu noCombos(menu.categories(), menu.modifierGroups(), menu.items());
        QCOMPARE(cart.refreshAvailability(noCombos), 1);
        QVERIFY(cart.hasUnavailableLines());
    }
};

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
