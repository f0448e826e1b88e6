// refpos's re-check of an order's promo code (app/refpos/promotionsettlement.h), at the edges
// of each rule: the dates at the very instant, the minimum to the cent, the first failing check.
#include "refpos/promotionsettlement.h"
#include "support/orderbuilder.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::refpos;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Noon(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

Promotion promotion(const QString &code)
{
    Promotion p;
    p.code = code;
    p.name.byLanguage = {{u"en"_s, code}};
    p.kind = Promotion::Kind::AmountOff;
    p.amountCents = 100;
    return p;
}

// The sample order ($23.47: burgers and fries) at noon with `code`.
Order orderWith(const QString &code)
{
    Order order = test::sampleOrder();
    order.createdAt = Noon;
    order.promoCode = code;
    return order;
}

} // namespace

class TestPromotionSettlement : public QObject
{
    Q_OBJECT

private slots:
    void noCodeIsNothingToCheck()
    {
        QCOMPARE(promotionRefusal({}, orderWith(QString())), std::nullopt);
    }

    void datesAtTheInstant()
    {
        Promotion starts = promotion(u"STARTS"_s);
        starts.validFrom = Noon; // from noon on: valid at noon
        Promotion ends = promotion(u"ENDS"_s);
        ends.validUntil = Noon; // exclusive: over at noon
        Promotion later = promotion(u"LATER"_s);
        later.validFrom = Noon.addSecs(1);
        const QList<Promotion> list{starts, ends, later};
        QCOMPARE(promotionRefusal(list, orderWith(u"STARTS"_s)), std::nullopt);
        QCOMPARE(promotionRefusal(list, orderWith(u"ENDS"_s)), u"expired at 2026-12-07T12:00:00Z"_s);
        QCOMPARE(promotionRefusal(list, orderWith(u"LATER"_s)), u"not valid until 2026-12-07T12:00:01Z"_s);
        QCOMPARE(promotionRefusal(list, orderWith(u"OTHER"_s)), u"no such promotion"_s);
    }

    void minimumToTheCent()
    {
        Promotion exact = promotion(u"EXACT"_s);
        exact.minSubtotalCents = 2347;
        Promotion oneMore = promotion(u"ONEMORE"_s);
        oneMore.minSubtotalCents = 2348;
        QCOMPARE(promotionRefusal({exact, oneMore}, orderWith(u"EXACT"_s)), std::nullopt);
        QCOMPARE(promotionRefusal({exact, oneMore}, orderWith(u"ONEMORE"_s)),
                 u"needs a subtotal of at least 2348 cents, the order has 2347"_s);
    }

    void freeItemAmongTheLines()
    {
        Promotion fries = promotion(u"FRIES"_s);
        fries.kind = Promotion::Kind::FreeItem;
        fries.itemId = u"classic_fries"_s;
        Promotion shake = fries;
        shake.code = u"SHAKE"_s;
        shake.itemId = u"vanilla_shake"_s;
        QCOMPARE(promotionRefusal({fries, shake}, orderWith(u"FRIES"_s)), std::nullopt);
        QCOMPARE(promotionRefusal({fries, shake}, orderWith(u"SHAKE"_s)),
                 u"free item vanilla_shake is not in the order"_s);
    }

    void rewardsOnlyWhenItCombines()
    {
        Promotion alone = promotion(u"ALONE"_s);
        Promotion together = promotion(u"TOGETHER"_s);
        together.combinesWithRewards = true;
        Order order = orderWith(u"ALONE"_s);
        order.loyalty = LoyaltyClaim{u"mbr-1001"_s, {}};
        QCOMPARE(promotionRefusal({alone, together}, order), std::nullopt); // a member, no reward
        order.loyalty->rewardIds = {u"two_dollars_off"_s};
        QCOMPARE(promotionRefusal({alone, together}, order), u"does not combine with rewards"_s);
        order.promoCode = u"TOGETHER"_s;
        QCOMPARE(promotionRefusal({alone, together}, order), std::nullopt);
    }

    // The kiosk's order of checks: an expired code below its minimum is "expired".
    void theFirstFailingCheckIsTheReason()
    {
        Promotion p = promotion(u"MANY"_s);
        p.validUntil = Noon.addDays(-1);
        p.minSubtotalCents = 5000;
        p.kind = Promotion::Kind::FreeItem;
        p.itemId = u"vanilla_shake"_s;
        QCOMPARE(promotionRefusal({p}, orderWith(u"MANY"_s)), u"expired at 2026-12-06T12:00:00Z"_s);
        p.validUntil = QDateTime();
        QCOMPARE(promotionRefusal({p}, orderWith(u"MANY"_s)),
                 u"needs a subtotal of at least 5000 cents, the order has 2347"_s);
    }
};

QTEST_GUILESS_MAIN(TestPromotionSettlement)
#include "tst_promotionsettlement.moc"
