// The basket's promo code: a refused code changes nothing, a second replaces the first, the
// status follows the lines both ways (the code stays attached), rewards redeemed after a code
// that does not combine, the offline cap limiting the rewards only, and clear() removing it.
#include "domain/basket.h"
#include "menufixture.h"
#include "promotionfixture.h"

#include <QTest>

using namespace kiosk;
using Check = PromotionCheck;

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-12-07T12:00:00Z"), Qt::ISODate);

LoyaltyMember memberWithTwoOff()
{
    LoyaltyReward twoOff;
    twoOff.id = QStringLiteral("two_off");
    twoOff.kind = LoyaltyReward::Kind::AmountOff;
    twoOff.amountCents = 200;
    twoOff.pointsCost = 100;
    LoyaltyMember m;
    m.id = QStringLiteral("mbr-1");
    m.points = 1000;
    m.rewards = {twoOff};
    return m;
}

} // namespace

class TestBasketPromotion : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();

    ItemSelection selection(const char *id) { return test::withDefaults(m_menu, id); }

private slots:
    void noneByDefault()
    {
        Basket basket;
        basket.add(selection("burger"), 1);
        QVERIFY(!basket.promotion());
        QCOMPARE(basket.promotionStatus(), Check::Applies);
        QCOMPARE(basket.appliedPromoCode(), QString());
        QCOMPARE(basket.promotionDiscountCents(), 0);
    }

    void refusedChangesNothing()
    {
        Basket basket;
        basket.add(selection("burger"), 1); // 899
        QCOMPARE(basket.applyPromotion(test::amountOffCode(100, true), Now), Check::Applies);
        Promotion expired = test::percentOffCode(10);
        expired.validUntil = Now;
        QCOMPARE(basket.applyPromotion(expired, Now), Check::Expired);
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10, 5000), Now), Check::BelowMinimum);
        QCOMPARE(basket.promotion()->code, QStringLiteral("FIVEOFF"));
        QCOMPARE(basket.discountCents(), 100);
    }

    void aSecondCodeReplacesTheFirst()
    {
        Basket basket;
        basket.add(selection("burger"), 1);
        QCOMPARE(basket.applyPromotion(test::amountOffCode(100, true), Now), Check::Applies);
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10), Now), Check::Applies);
        QCOMPARE(basket.appliedPromoCode(), QStringLiteral("SAVE10"));
        QCOMPARE(basket.discountCents(), 90); // 89.9
        basket.removePromotion();
        QVERIFY(!basket.promotion());
        QCOMPARE(basket.discountCents(), 0);
    }

    void statusFollowsTheLinesBothWays()
    {
        Basket basket;
        basket.add(selection("burger"), 2); // 1798
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10, 1500), Now), Check::Applies);
        QCOMPARE(basket.discountCents(), 180);
        const QString line = basket.lines().first().lineId;

        QCOMPARE(basket.setQuantity(line, 1), Basket::SetQuantity::Changed); // 899: below
        QCOMPARE(basket.promotionStatus(), Check::BelowMinimum);
        QVERIFY(basket.promotion()); // stays attached
        QCOMPARE(basket.appliedPromoCode(), QString());
        QCOMPARE(basket.promotionDiscountCents(), 0);
        QCOMPARE(basket.totals().discount, 0);

        QCOMPARE(basket.setQuantity(line, 2), Basket::SetQuantity::Changed); // back above
        QCOMPARE(basket.promotionStatus(), Check::Applies);
        QCOMPARE(basket.appliedPromoCode(), QStringLiteral("SAVE10"));
        QCOMPARE(basket.totals().discount, 180);
    }

    void datesAreNotRecheckedOnceApplied()
    {
        Basket basket;
        basket.add(selection("burger"), 1);
        Promotion p = test::percentOffCode(10);
        p.validUntil = Now.addSecs(60);
        QCOMPARE(basket.applyPromotion(p, Now), Check::Applies);
        QCOMPARE(basket.promotionStatus(), Check::Applies); // whatever the clock says later
    }

    void rewardRedeemedAfterACodeThatDoesNotCombine()
    {
        Basket basket;
        basket.add(selection("burger"), 2); // 1798
        basket.setMember(memberWithTwoOff(), false);
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10), Now), Check::Applies);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::Redeemed);
        QCOMPARE(basket.promotionStatus(), Check::DoesNotCombine);
        QCOMPARE(basket.promotionDiscountCents(), 0);
        QCOMPARE(basket.appliedPromoCode(), QString());
        QCOMPARE(basket.discountCents(), 200);

        QVERIFY(basket.unredeem(QStringLiteral("two_off")));
        QCOMPARE(basket.promotionStatus(), Check::Applies);
        QCOMPARE(basket.appliedPromoCode(), QStringLiteral("SAVE10"));
        QCOMPARE(basket.discountCents(), 180);

        // Entered while a reward is redeemed: refused, nothing changes.
        basket.removePromotion();
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::Redeemed);
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10), Now), Check::DoesNotCombine);
        QVERIFY(!basket.promotion());
    }

    void combinesAfterTheRewards()
    {
        Basket basket;
        basket.add(selection("burger"), 2); // 1798
        basket.setMember(memberWithTwoOff(), false);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::Redeemed);
        Promotion p = test::percentOffCode(10);
        p.combinesWithRewards = true;
        QCOMPARE(basket.applyPromotion(p, Now), Check::Applies);
        QCOMPARE(basket.rewardsDiscountCents(), 200);
        QCOMPARE(basket.promotionDiscountCents(), 160); // 10% of 1598 = 159.8
        QCOMPARE(basket.discountCents(), 360);
    }

    void offlineCapLimitsRewardsOnly()
    {
        Basket basket;
        basket.setOfflineRedemptionCap(150);
        basket.add(selection("burger"), 2); // 1798
        basket.setMember(memberWithTwoOff(), true);
        QCOMPARE(basket.applyPromotion(test::amountOffCode(500, true), Now), Check::Applies);
        // The $2 reward is over the cap: refused; the code is not a redemption.
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::OfflineCapReached);
        QCOMPARE(basket.discountCents(), 500);
        basket.setOfflineRedemptionCap(1000);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::Redeemed);
        basket.setOfflineRedemptionCap(150); // the cap holds whatever changes
        QCOMPARE(basket.rewardsDiscountCents(), 150);
        QCOMPARE(basket.promotionDiscountCents(), 500);
        QCOMPARE(basket.discountCents(), 650);
    }

    void neverAboveTheSubtotal()
    {
        Basket basket;
        basket.add(selection("soda"), 1); // 199
        basket.setMember(memberWithTwoOff(), false);
        QCOMPARE(basket.applyPromotion(test::amountOffCode(500, true), Now), Check::Applies);
        QCOMPARE(basket.redeem(QStringLiteral("two_off")), Basket::Redeem::Redeemed);
        QCOMPARE(basket.discountCents(), 199);
        QCOMPARE(basket.totals().total, 0);
    }

    void memberChangesKeepItClearRemovesIt()
    {
        Basket basket;
        basket.add(selection("burger"), 1);
        QCOMPARE(basket.applyPromotion(test::amountOffCode(100, true), Now), Check::Applies);
        basket.setMember(memberWithTwoOff(), false);
        basket.clearMember();
        QCOMPARE(basket.appliedPromoCode(), QStringLiteral("FIVEOFF"));
        basket.clear();
        QVERIFY(!basket.promotion());
        QCOMPARE(basket.appliedPromoCode(), QString());
    }
};

QTEST_GUILESS_MAIN(TestBasketPromotion)
#include "tst_basketpromotion.moc"
