#include "domain/cart.h"
#include "domain/menuinforce.h"

#include "combofixture.h"
#include "daypartfixture.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// comboMenu() with a breakfast category (06:00-10:30 every day: pancakes), a late-night
// category (fri 22:00-02:00: nachos), an item of an always-open category with a window of its
// own (mains' "lunch_special", 11:00-14:00), and two combos using pancakes: "brunch_box"
// (main pancakes | burger, drink soda) and "breakfast_meal" (main pancakes, drink soda).
Menu daypartMenu()
{
    const Menu base = comboMenu();
    QList<Category> categories = base.categories();
    categories.append({QStringLiteral("breakfast"), text("Breakfast"),
                       {}, {{EveryDay, QTime(6, 0), QTime(10, 30)}}});
    categories.append({QStringLiteral("late"), text("Late night"), {}, {{{Qt::Friday}, QTime(22, 0), QTime(2, 0)}}});
    QList<MenuItem> items = base.items();
    items.append(itemIn("pancakes", "breakfast"));
    items.append(itemIn("nachos", "late"));
    MenuItem lunch = itemIn("lunch_special", "mains");
    lunch.availableAt = {{EveryDay, QTime(11, 0), QTime(14, 0)}};
    items.append(lunch);
    QList<Combo> combos = base.combos();
    combos.append(comboOf("brunch_box", 999,
                          {{QStringLiteral("main"), text("Main"), 1,
                            {{QStringLiteral("pancakes"), 0}, {QStringLiteral("burger"), 0}}},
                           {QStringLiteral("drink"), text("Drink"), 1, {{QStringLiteral("soda"), 0}}}}));
    combos.append(comboOf("breakfast_meal", 899,
                          {{QStringLiteral("main"), text("Main"), 1, {{QStringLiteral("pancakes"), 0}}},
                           {QStringLiteral("drink"), text("Drink"), 1, {{QStringLiteral("soda"), 0}}}}));
    Menu menu(categories, base.modifierGroups(), items, base.taxes(), combos);
    UpsellRules upsell;
    upsell.atCheckout.append({QStringLiteral("drink"), {QStringLiteral("drinks")}, {QStringLiteral("soda")}});
    menu.setUpsell(upsell);
    return menu;
}

QStringList categoryIds(const Menu &menu)
{
    QStringList ids;
    for (const Category &c : menu.categories())
        ids.append(c.id);
    return ids;
}

} // namespace

class TestMenuInForce : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{QByteArray("America/Los_Angeles")};
    const Menu m_menu = daypartMenu();

    // A wall-clock time in Los Angeles as the UTC instant.
    QDateTime la(int year, int month, int day, int hour, int minute = 0, int second = 0) const
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second), m_zone).toUTC();
    }
    // Wednesday 9 December 2026 (PST).
    QDateTime wed(int hour, int minute = 0, int second = 0) const { return la(2026, 12, 9, hour, minute, second); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_zone.isValid());
        QCOMPARE(QDate(2026, 12, 9).dayOfWeek(), int(Qt::Wednesday));
    }

    void breakfastShownFromSixUntilHalfPastTen()
    {
        for (const QDateTime &at : {wed(6, 0), wed(10, 29, 59)}) {
            const Menu shown = menuAt(m_menu, at, m_zone, {});
            QVERIFY(shown.category(QStringLiteral("breakfast")));
            QVERIFY(shown.item(QStringLiteral("pancakes")));
        }
        for (const QDateTime &at : {wed(5, 59, 59), wed(10, 30)}) {
            const Menu shown = menuAt(m_menu, at, m_zone, {});
            QVERIFY(!shown.category(QStringLiteral("breakfast")));
            QVERIFY(!shown.item(QStringLiteral("pancakes")));
        }
        // The rest keeps its order, and what is not menu content is kept whole.
        const Menu late = menuAt(m_menu, wed(10, 30), m_zone, {});
        QCOMPARE(categoryIds(late), (QStringList{"mains", "drinks", "meals"}));
        QCOMPARE(late.modifierGroups().size(), m_menu.modifierGroups().size());
        QCOMPARE(late.upsell().atCheckout.size(), 1);
        QCOMPARE(nextMenuChangeAfter(m_menu, wed(10, 29, 59), m_zone, {}), wed(10, 30));
    }

    void anItemsOwnWindowHidesOnlyIt()
    {
        QVERIFY(!menuAt(m_menu, wed(10, 59, 59), m_zone, {}).item(QStringLiteral("lunch_special")));
        const Menu lunch = menuAt(m_menu, wed(11, 0), m_zone, {});
        QVERIFY(lunch.item(QStringLiteral("lunch_special")));
        QVERIFY(lunch.item(QStringLiteral("burger")));
        QCOMPARE(nextMenuChangeAfter(m_menu, wed(10, 45), m_zone, {}), wed(11, 0));
    }

    void aWindowPastMidnightBelongsToTheDayItStartsOn()
    {
        // Friday 11 December 22:00 to Saturday 02:00.
        QVERIFY(!menuAt(m_menu, la(2026, 12, 11, 21, 59), m_zone, {}).category(QStringLiteral("late")));
        QVERIFY(menuAt(m_menu, la(2026, 12, 11, 22, 0), m_zone, {}).item(QStringLiteral("nachos")));
        QVERIFY(menuAt(m_menu, la(2026, 12, 12, 1, 59), m_zone, {}).item(QStringLiteral("nachos")));
        QVERIFY(!menuAt(m_menu, la(2026, 12, 12, 2, 0), m_zone, {}).item(QStringLiteral("nachos")));
        // Saturday 22:00 starts nothing: it is not a Friday.
        QVERIFY(!menuAt(m_menu, la(2026, 12, 12, 23, 0), m_zone, {}).item(QStringLiteral("nachos")));
        QCOMPARE(nextMenuChangeAfter(m_menu, la(2026, 12, 12, 0, 30), m_zone, {}), la(2026, 12, 12, 2, 0));
    }

    void breakfastHoldsTheWallClockOnTheDstDay()
    {
        // Sunday 1 November 2026: Los Angeles goes from UTC-7 to UTC-8 at 02:00.
        const QDateTime sixBefore = la(2026, 10, 31, 6, 0);
        const QDateTime sixOnTheDay = la(2026, 11, 1, 6, 0);
        QCOMPARE(sixBefore, QDateTime(QDate(2026, 10, 31), QTime(13, 0), Qt::UTC));
        QCOMPARE(sixOnTheDay, QDateTime(QDate(2026, 11, 1), QTime(14, 0), Qt::UTC));
        QVERIFY(!menuAt(m_menu, sixOnTheDay.addSecs(-1), m_zone, {}).category(QStringLiteral("breakfast")));
        QVERIFY(menuAt(m_menu, sixOnTheDay, m_zone, {}).category(QStringLiteral("breakfast")));
        QCOMPARE(nextMenuChangeAfter(m_menu, la(2026, 11, 1, 3, 0), m_zone, {}), sixOnTheDay);
    }

    void aPauseSellsOutUntilItEnds()
    {
        const PausedUntil paused{{QStringLiteral("burger"), wed(13, 0)}};
        const MenuItem *during = menuAt(m_menu, wed(12, 0), m_zone, paused).item(QStringLiteral("burger"));
        QVERIFY(during);
        QVERIFY(!during->available); // shown, sold out: a pause does not hide
        QVERIFY(menuAt(m_menu, wed(13, 0), m_zone, paused).item(QStringLiteral("burger"))->available);
        // The pause's end is the next change when no window comes first.
        QCOMPARE(nextMenuChangeAfter(m_menu, wed(12, 0), m_zone, paused), wed(13, 0));
        // An ended pause, or one of an item the menu does not have, changes nothing.
        const PausedUntil ended{{QStringLiteral("burger"), wed(9, 0)}, {QStringLiteral("gone"), wed(12, 30)}};
        QCOMPARE(nextMenuChangeAfter(m_menu, wed(12, 0), m_zone, ended), wed(14, 0));
        QVERIFY(menuAt(m_menu, wed(12, 0), m_zone, ended).item(QStringLiteral("burger"))->available);
    }

    void aComboLosesTheChoicesOfHiddenItems()
    {
        const Combo *morning = menuAt(m_menu, wed(8, 0), m_zone, {}).combo(QStringLiteral("brunch_box"));
        QVERIFY(morning);
        QCOMPARE(morning->steps.first().choices.size(), 2);
        const Menu noon = menuAt(m_menu, wed(12, 0), m_zone, {});
        const Combo *brunch = noon.combo(QStringLiteral("brunch_box"));
        QVERIFY(brunch);
        QCOMPARE(brunch->steps.first().choices, (QList<ComboChoice>{{QStringLiteral("burger"), 0}}));
    }

    void aComboWithAnEmptyStepIsRemoved()
    {
        QVERIFY(menuAt(m_menu, wed(8, 0), m_zone, {}).combo(QStringLiteral("breakfast_meal")));
        const Menu noon = menuAt(m_menu, wed(12, 0), m_zone, {});
        QVERIFY(!noon.combo(QStringLiteral("breakfast_meal")));
        QVERIFY(noon.combo(QStringLiteral("burger_meal")));
    }

    void aComboOutsideItsOwnWindowIsRemoved()
    {
        Menu menu = m_menu;
        QList<Combo> combos = menu.combos();
        combos.first().availableAt = {{EveryDay, QTime(11, 0), QTime(15, 0)}};
        const Menu lunchMeals(menu.categories(), menu.modifierGroups(), menu.items(), menu.taxes(), combos);
        QVERIFY(!menuAt(lunchMeals, wed(10, 59), m_zone, {}).combo(QStringLiteral("burger_meal")));
        QVERIFY(menuAt(lunchMeals, wed(11, 0), m_zone, {}).combo(QStringLiteral("burger_meal")));
        QCOMPARE(nextMenuChangeAfter(lunchMeals, wed(14, 30), m_zone, {}), wed(15, 0));
    }

    // A cart checked against the menu in force flags what it no longer shows, as sold out.
    void aCartLineOfAHiddenItemIsFlagged()
    {
        const Menu morning = menuAt(m_menu, wed(8, 0), m_zone, {});
        Cart cart;
        QCOMPARE(cart.add(withDefaults(morning, "pancakes"), 1), Cart::Add::Added);
        QCOMPARE(cart.add(withDefaults(morning, "soda"), 1), Cart::Add::Added);
        ComboSelection meal(morning, *morning.combo(QStringLiteral("breakfast_meal")));
        meal.pick(QStringLiteral("main"), withDefaults(morning, "pancakes"));
        meal.pick(QStringLiteral("drink"), withDefaults(morning, "soda"));
        QCOMPARE(cart.add(meal, 1), Cart::Add::Added);
        ComboSelection brunch(morning, *morning.combo(QStringLiteral("brunch_box")));
        brunch.pick(QStringLiteral("main"), withDefaults(morning, "pancakes"));
        brunch.pick(QStringLiteral("drink"), withDefaults(morning, "soda"));
        QCOMPARE(cart.add(brunch, 1), Cart::Add::Added);
        QCOMPARE(cart.refreshAvailability(morning), 0);

        const Menu noon = menuAt(m_menu, wed(12, 0), m_zone, {});
        QCOMPARE(cart.refreshAvailability(noon), 3);
        QVERIFY(!cart.lines().at(0).available); // pancakes
        QVERIFY(cart.lines().at(1).available);  // soda
        QVERIFY(!cart.lines().at(2).available); // the combo is gone
        QVERIFY(!cart.lines().at(3).available); // the combo stays, its pancakes do not
        QVERIFY(!cart.lines().at(3).parts.at(0).available);
        QVERIFY(cart.lines().at(3).parts.at(1).available);
    }
};

QTEST_APPLESS_MAIN(TestMenuInForce)
#include "tst_menuinforce.moc"
