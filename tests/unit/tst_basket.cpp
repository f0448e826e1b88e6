// The basket, the order in progress, on its own: lines (merging, quantities, removal), every
// answer to a redemption, a free item's reward leaving with its item, the offline cap applied
// once, totals through pricing, and the availability refresh. No Qt Quick, no backend.
#include "domain/basket.h"
#include "menufixture.h"

#include <QTest>

using namespace kiosk;
using Redeem = Basket::Redeem;

namespace {

constexpr int TaxBps = 825;

LoyaltyReward reward(const QString &id, LoyaltyReward::Kind kind, int pointsCost)
{
    LoyaltyReward r;
    r.id = id;
    r.name = test::text(id);
    r.kind = kind;
    r.pointsCost = pointsCost;
    return r;
}

LoyaltyReward amountOff(Cents cents, int pointsCost = 250)
{
    LoyaltyReward r = reward(QStringLiteral("two_off"), LoyaltyReward::Kind::AmountOff, pointsCost);
    r.amountCents = cents;
    return r;
}

LoyaltyReward percentOff(int percent, int pointsCost = 500)
{
    LoyaltyReward r = reward(QStringLiteral("ten_percent"), LoyaltyReward::Kind::PercentOff, pointsCost);
    r.percent = percent;
    return r;
}

LoyaltyReward freeItem(const char *itemId, int pointsCost = 300)
{
    LoyaltyReward r = reward(QStringLiteral("free_") + QLatin1String(itemId), LoyaltyReward::Kind::FreeItem, pointsCost);
    r.itemId = QLatin1String(itemId);
    return r;
}

// Offered the three kinds of reward, with `points` to spend on them.
LoyaltyMember member(int points)
{
    LoyaltyMember m;
    m.id = QStringLiteral("mbr-1");
    m.firstName = QStringLiteral("Ada");
    m.points = points;
    m.rewards = {amountOff(200), percentOff(10), freeItem("soda"), freeItem("burger")};
    return m;
}

QStringList ids(const QList<LoyaltyReward> &rewards)
{
    QStringList result;
    for (const LoyaltyReward &r : rewards)
        result.append(r.id);
    return result;
}

} // namespace

class TestBasket : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();

    ItemSelection selection(const char *id) { return test::withDefaults(m_menu, id); }

    // Two double bacon burgers ((899 + 250 + 150) x 2 = 2598) and a soda (199): 2797.
    void fill(Basket *basket)
    {
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("size"), QStringLiteral("double"));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        QCOMPARE(basket->add(burger, 2), Basket::Add::Added);
        QCOMPARE(basket->add(selection("soda"), 1), Basket::Add::Added);
        QCOMPARE(basket->totals().subtotal, 2797);
    }

    QString lineOf(const Basket &basket, const char *itemId)
    {
        for (const CartLine &line : basket.lines()) {
            if (line.itemId == QLatin1String(itemId))
                return line.lineId;
        }
        return {};
    }

    Menu withSoldOut(const char *itemId)
    {
        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String(itemId))
                item.available = false;
        }
        return Menu(m_menu.categories(), m_menu.modifierGroups(), items);
    }

private slots:
    void addMergesIdenticalPicks()
    {
        Basket basket;
        fill(&basket); // two double bacon burgers, a soda
        QCOMPARE(basket.add(selection("soda"), 2), Basket::Add::Merged);
        QCOMPARE(basket.add(selection("burger"), 1), Basket::Add::Added); // a single: other picks
        QCOMPARE(basket.lines().size(), 3);
        QCOMPARE(basket.lines().at(1).quantity, 3);
        QCOMPARE(basket.cart().itemCount(), 6);
        QCOMPARE(basket.totals().subtotal, 2797 + 2 * 199 + 899);

        QCOMPARE(basket.add(selection("shake"), 1), Basket::Add::ItemUnavailable);
        QCOMPARE(basket.add(selection("tenders"), 1), Basket::Add::Incomplete);
        QCOMPARE(basket.add(selection("soda"), Cart::MaxQuantityPerLine), Basket::Add::InvalidQuantity);
        QCOMPARE(basket.lines().size(), 3);
    }

    void quantities()
    {
        Basket basket;
        basket.add(selection("soda"), 1);
        const QString id = basket.lines().first().lineId;
        QCOMPARE(basket.setQuantity(id, 5), Basket::SetQuantity::Changed);
        QCOMPARE(basket.setQuantity(id, 0), Basket::SetQuantity::InvalidQuantity);
        QCOMPARE(basket.setQuantity(id, Cart::MaxQuantityPerLine + 1), Basket::SetQuantity::InvalidQuantity);
        QCOMPARE(basket.setQuantity(QStringLiteral("missing"), 2), Basket::SetQuantity::UnknownLine);
        QCOMPARE(basket.lines().first().quantity, 5);
        QCOMPARE(basket.totals().subtotal, 5 * 199);
    }

    void removal()
    {
        Basket basket;
        fill(&basket);
        QVERIFY(!basket.remove(QStringLiteral("missing")).removed);
        const Basket::Removal removal = basket.remove(lineOf(basket, "soda"));
        QVERIFY(removal.removed);
        QVERIFY(removal.droppedRewards.isEmpty());
        QCOMPARE(basket.lines().size(), 1);
        QCOMPARE(basket.totals().subtotal, 2598);
    }

    void everyRedeemAnswer()
    {
        Basket basket;
        fill(&basket);
        // Nobody signed in: nothing can be redeemed.
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::NotAllowed);

        basket.setMember(member(800), false);
        QCOMPARE(basket.redeem(QStringLiteral("not_offered")), Redeem::NotAllowed);
        QCOMPARE(basket.redeem(QStringLiteral("free_tenders")), Redeem::NotAllowed);
        QCOMPARE(basket.redeem(QStringLiteral("ten_percent")), Redeem::Redeemed);
        QCOMPARE(basket.redeem(QStringLiteral("ten_percent")), Redeem::AlreadyRedeemed);
        QCOMPARE(basket.pointsLeft(), 300);
        QCOMPARE(basket.redeem(QStringLiteral("free_soda")), Redeem::Redeemed); // 300 of 300
        QCOMPARE(basket.pointsLeft(), 0);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::NotEnoughPoints);
        QVERIFY(basket.unredeem(QStringLiteral("ten_percent")));
        QVERIFY(!basket.unredeem(QStringLiteral("ten_percent")));
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        QCOMPARE(basket.claim()->memberId, QStringLiteral("mbr-1"));
        QCOMPARE(basket.claim()->rewardIds, QStringList({QStringLiteral("free_soda"), QStringLiteral("two_off")}));

        // A free item needs a unit of its item not made free yet.
        Basket burgerless;
        burgerless.add(selection("soda"), 1);
        burgerless.setMember(member(5000), false);
        QCOMPARE(burgerless.redeem(QStringLiteral("free_burger")), Redeem::ItemNotInCart);
        QCOMPARE(burgerless.discountCents(), 0);

        // From the offline cache: within the store's cap only, and none with no cap set.
        Basket offline;
        fill(&offline);
        offline.setMember(member(5000), true);
        QCOMPARE(offline.redeem(QStringLiteral("two_off")), Redeem::OfflineCapReached);
        offline.setOfflineRedemptionCap(100);
        QCOMPARE(offline.redeem(QStringLiteral("two_off")), Redeem::OfflineCapReached); // 200 > 100
        offline.setOfflineRedemptionCap(400);
        QCOMPARE(offline.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        QCOMPARE(offline.redeem(QStringLiteral("ten_percent")), Redeem::OfflineCapReached); // 200 + 260
    }

    void aNewMemberStartsWithoutRedemptions()
    {
        Basket basket;
        fill(&basket);
        basket.setMember(member(800), false);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        basket.setMember(member(800), false);
        QVERIFY(basket.redeemedRewards().isEmpty());
        QCOMPARE(basket.discountCents(), 0);
        basket.clearMember();
        QVERIFY(!basket.hasMember());
        QVERIFY(!basket.claim());
        QCOMPARE(basket.pointsLeft(), 0);
    }

    void freeItemLeavesWithItsItem()
    {
        Basket basket;
        fill(&basket);
        basket.add(selection("soda"), 1); // merged: two sodas
        basket.setMember(member(5000), false);
        QCOMPARE(basket.redeem(QStringLiteral("free_soda")), Redeem::Redeemed);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        QCOMPARE(basket.discountCents(), 199 + 200);

        // Fewer units keep the reward while one is left.
        QCOMPARE(basket.setQuantity(lineOf(basket, "soda"), 1), Basket::SetQuantity::Changed);
        QCOMPARE(basket.discountCents(), 199 + 200);

        const Basket::Removal removal = basket.remove(lineOf(basket, "soda"));
        QVERIFY(removal.removed);
        QCOMPARE(ids(removal.droppedRewards), QStringList{QStringLiteral("free_soda")});
        QCOMPARE(removal.droppedRewards.first().name.text(QStringLiteral("en")), QStringLiteral("free_soda"));
        QCOMPARE(ids(basket.redeemedRewards()), QStringList{QStringLiteral("two_off")});
        QCOMPARE(basket.discountCents(), 200);
        QCOMPARE(basket.pointsLeft(), 5000 - 250);
    }

    void offlineCapAppliedOnce()
    {
        Basket basket;
        basket.setTaxRateBps(TaxBps);
        basket.setOfflineRedemptionCap(300);
        fill(&basket);
        basket.setMember(member(5000), true);
        QVERIFY(basket.offlineCap());
        QCOMPARE(*basket.offlineCap(), 300);
        QCOMPARE(basket.redeem(QStringLiteral("ten_percent")), Redeem::Redeemed); // 280
        QCOMPARE(basket.discountCents(), 280);
        // The percent grows with the order; the cap holds: 10 % of 4096 would be 410.
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("size"), QStringLiteral("double"));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        QCOMPARE(basket.add(burger, 1), Basket::Add::Merged);
        QCOMPARE(basket.totals().subtotal, 4096);
        QCOMPARE(basket.discountCents(), 300);
        const Totals t = basket.totals();
        QCOMPARE(t.discount, 300);
        QCOMPARE(t, computeTotals(4096, 300, TaxBps)); // capped once, then priced as any discount

        // The store's cap only binds members from the cache.
        basket.setMember(member(5000), false);
        QVERIFY(!basket.offlineCap());
        QCOMPARE(basket.redeem(QStringLiteral("ten_percent")), Redeem::Redeemed);
        QCOMPARE(basket.discountCents(), 410); // 409.6
    }

    void totalsThroughPricing()
    {
        Basket basket;
        basket.setTaxRateBps(TaxBps);
        fill(&basket);
        QCOMPARE(basket.totals(), computeTotals(basket.cart(), TaxBps));
        basket.setMember(member(5000), false);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        const Totals t = basket.totals();
        QCOMPARE(t.subtotal, 2797);
        QCOMPARE(t.discount, 200);
        QCOMPARE(t.tax, 214); // on the discounted 2597: 214.25
        QCOMPARE(t.total, 2811);
        QCOMPARE(t, computeTotals(basket.cart(), TaxBps, loyaltyDiscount(basket.cart(), basket.redeemedRewards())));
    }

    void availabilityRefresh()
    {
        Basket basket;
        fill(&basket);
        basket.setMember(member(5000), false);
        QCOMPARE(basket.redeem(QStringLiteral("free_soda")), Redeem::Redeemed);
        QCOMPARE(basket.redeem(QStringLiteral("free_burger")), Redeem::Redeemed);
        Basket::Availability availability = basket.refreshAvailability(m_menu);
        QCOMPARE(availability.unavailableLines, 0);
        QVERIFY(availability.droppedRewards.isEmpty());

        availability = basket.refreshAvailability(withSoldOut("soda"));
        QCOMPARE(availability.unavailableLines, 1);
        QCOMPARE(ids(availability.droppedRewards), QStringList{QStringLiteral("free_soda")});
        QVERIFY(basket.cart().hasUnavailableLines());
        QVERIFY(!basket.lines().at(1).available);
        QCOMPARE(ids(basket.redeemedRewards()), QStringList{QStringLiteral("free_burger")});

        const Menu gone(m_menu.categories(), m_menu.modifierGroups(), {});
        availability = basket.refreshAvailability(gone);
        QCOMPARE(availability.unavailableLines, 2);
        QCOMPARE(ids(availability.droppedRewards), QStringList{QStringLiteral("free_burger")});
        QCOMPARE(basket.lines().size(), 2); // flagged, not removed
    }

    void clearEndsTheOrderNotTheMember()
    {
        Basket basket;
        fill(&basket);
        basket.setMember(member(5000), false);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Redeem::Redeemed);
        basket.clear();
        QVERIFY(basket.isEmpty());
        QVERIFY(basket.redeemedRewards().isEmpty());
        QCOMPARE(basket.totals(), Totals{});
        QVERIFY(basket.hasMember());
        QCOMPARE(basket.claim()->rewardIds, QStringList());
        QCOMPARE(basket.pointsLeft(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestBasket)
#include "tst_basket.moc"
