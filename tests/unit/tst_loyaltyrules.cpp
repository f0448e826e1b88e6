// The loyalty rules of the domain: the discount of every reward kind on carts with modifiers,
// priced with tax by the same computeTotals as every other cart, and the points estimate.
#include "domain/cart.h"
#include "domain/loyalty.h"
#include "domain/pricing.h"
#include "menufixture.h"

#include <QTest>

using namespace kiosk;

namespace {

constexpr int TaxBps = 825;

LoyaltyReward amountOff(Cents cents)
{
    LoyaltyReward r;
    r.id = QStringLiteral("amount");
    r.kind = LoyaltyReward::Kind::AmountOff;
    r.amountCents = cents;
    return r;
}

LoyaltyReward percentOff(int percent)
{
    LoyaltyReward r;
    r.id = QStringLiteral("percent");
    r.kind = LoyaltyReward::Kind::PercentOff;
    r.percent = percent;
    return r;
}

LoyaltyReward freeItem(const char *itemId)
{
    LoyaltyReward r;
    r.id = QStringLiteral("free_") + QLatin1String(itemId);
    r.kind = LoyaltyReward::Kind::FreeItem;
    r.itemId = QLatin1String(itemId);
    return r;
}

} // namespace

class TestLoyaltyRules : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();

    ItemSelection selection(const char *id)
    {
        return ItemSelection::withDefaults(m_menu, *m_menu.item(QString::fromLatin1(id)));
    }

    // Two double bacon burgers ((899 + 250 + 150) x 2 = 2598) and a soda (199): 2797.
    Cart upsizedCart()
    {
        Cart cart;
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("size"), QStringLiteral("double"));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        cart.add(burger, 2);
        cart.add(selection("soda"), 1);
        return cart;
    }

private slots:
    void amountOffWithTax()
    {
        const Cart cart = upsizedCart();
        const Cents discount = rewardDiscount(cart, amountOff(200));
        QCOMPARE(discount, 200);
        const Totals t = computeTotals(cart, TaxBps, discount);
        QCOMPARE(t.subtotal, 2797);
        QCOMPARE(t.discount, 200);
        QCOMPARE(t.tax, 214); // 2597 x 8.25 % = 214.25
        QCOMPARE(t.total, 2811);
    }

    void amountOffNeverExceedsTheSubtotal()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        const Cents discount = rewardDiscount(cart, amountOff(500));
        QCOMPARE(discount, 199);
        const Totals t = computeTotals(cart, TaxBps, discount);
        QCOMPARE(t.tax, 0);
        QCOMPARE(t.total, 0);
    }

    void percentOffRoundsHalfUp()
    {
        const Cart cart = upsizedCart();
        const Cents discount = rewardDiscount(cart, percentOff(10));
        QCOMPARE(discount, 280); // 279.7
        const Totals t = computeTotals(cart, TaxBps, discount);
        QCOMPARE(t.tax, 208);    // 2517 x 8.25 % = 207.65
        QCOMPARE(t.total, 2725);

        Cart half;
        half.add(selection("soda"), 1); // 199 x 50 % = 99.5 -> 100
        QCOMPARE(rewardDiscount(half, percentOff(50)), 100);
        QCOMPARE(rewardDiscount(half, percentOff(0)), 0);
        QCOMPARE(rewardDiscount(half, percentOff(150)), 199); // clamped to 100 %
    }

    void freeItemIsOneUnitWithItsDefaults()
    {
        const Cart cart = upsizedCart();
        // One burger as it comes (single, no extras: 899) is free; the double and the bacon
        // the customer chose stay charged.
        const Cents discount = rewardDiscount(cart, freeItem("burger"));
        QCOMPARE(discount, 899);
        const Totals t = computeTotals(cart, TaxBps, discount);
        QCOMPARE(t.tax, 157); // 1898 x 8.25 % = 156.585
        QCOMPARE(t.total, 2055);
    }

    void freeItemWithARequiredChoiceWithoutDefault()
    {
        Cart cart;
        ItemSelection tenders = selection("tenders");
        tenders.toggle(QStringLiteral("sauce"), QStringLiteral("ranch")); // 749 + 50
        cart.add(tenders, 1);
        QCOMPARE(rewardDiscount(cart, freeItem("tenders")), 749); // the ranch is still paid
    }

    void freeItemPicksTheLineThatGivesMost()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        ItemSelection cheap = selection("burger");
        cart.add(cheap, 1);                                         // 899
        ItemSelection dear = selection("burger");
        dear.toggle(QStringLiteral("size"), QStringLiteral("double")); // 1149, default 899
        cart.add(dear, 1);
        QCOMPARE(rewardDiscount(cart, freeItem("burger")), 899);
    }

    void freeItemNotInTheCartOrSoldOutGivesNothing()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        QCOMPARE(rewardDiscount(cart, freeItem("burger")), 0);

        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("soda"))
                item.available = false;
        }
        cart.refreshAvailability(Menu(m_menu.categories(), m_menu.modifierGroups(), items));
        QCOMPARE(rewardDiscount(cart, freeItem("soda")), 0);
    }

    void twoFreeItemsNeedTwoUnits()
    {
        Cart cart;
        cart.add(selection("soda"), 1);
        const QList<LoyaltyReward> twice{freeItem("soda"), freeItem("soda")};
        QCOMPARE(loyaltyDiscount(cart, twice), 199);
        cart.add(selection("soda"), 1); // merged: quantity 2
        QCOMPARE(loyaltyDiscount(cart, twice), 398);
    }

    void severalRewardsApplyInOrderOnWhatIsLeft()
    {
        const Cart cart = upsizedCart();
        // $2 off, then 10 % of the 2597 left (259.7 -> 260).
        QCOMPARE(loyaltyDiscount(cart, {amountOff(200), percentOff(10)}), 460);
        // 10 % of 2797 first (280), then $2.
        QCOMPARE(loyaltyDiscount(cart, {percentOff(10), amountOff(200)}), 480);
        // Never more than the subtotal, whatever is stacked.
        QCOMPARE(loyaltyDiscount(cart, {percentOff(100), amountOff(200), freeItem("burger")}), 2797);
        QCOMPARE(loyaltyDiscount(Cart(), {amountOff(200)}), 0);
    }

    void pointsEstimate()
    {
        LoyaltyRules rules;
        rules.enabled = true;
        rules.pointsPerDollar = 10;
        rules.tierMultiplierPercent = {{QStringLiteral("Gold"), 150}};
        rules.birthdayBonusPoints = 100;
        LoyaltyMember member;
        member.tier = QStringLiteral("Silver"); // not listed: x1
        QCOMPARE(estimatePoints(2597, member, rules), 259); // $25.97 x 10, rounded down
        member.tier = QStringLiteral("Gold");
        QCOMPARE(estimatePoints(2597, member, rules), 389); // 389.55
        member.birthdayToday = true;
        QCOMPARE(estimatePoints(2597, member, rules), 489);
        QCOMPARE(estimatePoints(-5, member, rules), 100);   // a fully discounted order
        rules.enabled = false;
        QCOMPARE(estimatePoints(2597, member, rules), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyRules)
#include "tst_loyaltyrules.moc"
