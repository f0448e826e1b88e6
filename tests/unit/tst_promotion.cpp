// A promo code's rule on its own: every answer of checkPromotion (with the boundaries of the
// dates and of the minimum), each kind's discount, percent after rewards, the clamp, and tax on
// the discounted subtotal through Basket::totals(); the code's normalizing and form.
#include "domain/basket.h"
#include "domain/promotion.h"
#include "menufixture.h"
#include "promotionfixture.h"

#include <QTest>

using namespace kiosk;
using Check = PromotionCheck;

namespace {

const QDateTime From = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
const QDateTime Until = QDateTime::fromString(QStringLiteral("2026-12-31T08:00:00Z"), Qt::ISODate);

// The sample menu and a $20.00 platter, for round figures.
Menu menuWithPlatter()
{
    const Menu sample = test::sampleMenu();
    QList<MenuItem> items = sample.items();
    MenuItem platter;
    platter.id = QStringLiteral("platter");
    platter.categoryId = QStringLiteral("mains");
    platter.name = test::text("Platter");
    platter.priceCents = 2000;
    items.append(platter);
    return Menu(sample.categories(), sample.modifierGroups(), items);
}

} // namespace

class TestPromotion : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = menuWithPlatter();

    ItemSelection selection(const char *id) { return test::withDefaults(m_menu, id); }

    Cart cartOf(std::initializer_list<const char *> itemIds)
    {
        Cart cart;
        for (const char *id : itemIds)
            cart.add(selection(id), 1);
        return cart;
    }

private slots:
    void datesAreHalfOpen()
    {
        Promotion p = test::percentOffCode(10);
        p.validFrom = From;
        p.validUntil = Until;
        const Cart cart = cartOf({"soda"});
        QCOMPARE(checkPromotion(p, cart, From.addMSecs(-1), false), Check::NotYetValid);
        QCOMPARE(checkPromotion(p, cart, From, false), Check::Applies); // exactly at the start
        QCOMPARE(checkPromotion(p, cart, Until.addMSecs(-1), false), Check::Applies);
        QCOMPARE(checkPromotion(p, cart, Until, false), Check::Expired); // the end is exclusive
        // Open at either end when invalid.
        p.validFrom = {};
        QCOMPARE(checkPromotion(p, cart, From.addYears(-5), false), Check::Applies);
        p.validUntil = {};
        QCOMPARE(checkPromotion(p, cart, Until.addYears(5), false), Check::Applies);
    }

    void minimumIsInclusive()
    {
        const Cart cart = cartOf({"burger"}); // 899
        QCOMPARE(checkPromotion(test::percentOffCode(10, 899), cart, From, false), Check::Applies);
        QCOMPARE(checkPromotion(test::percentOffCode(10, 900), cart, From, false), Check::BelowMinimum);
        QCOMPARE(promotionDiscount(cart, test::percentOffCode(10, 900), 0), 0);
    }

    void freeItemNeedsAnOrderableLine()
    {
        QCOMPARE(checkPromotion(test::freeItemCode("soda"), cartOf({"burger"}), From, false), Check::ItemNotInCart);
        Cart cart = cartOf({"burger", "soda"});
        QCOMPARE(checkPromotion(test::freeItemCode("soda"), cart, From, false), Check::Applies);
        // A sold-out soda is not orderable.
        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("soda"))
                item.available = false;
        }
        cart.refreshAvailability(Menu(m_menu.categories(), m_menu.modifierGroups(), items));
        QCOMPARE(checkPromotion(test::freeItemCode("soda"), cart, From, false), Check::ItemNotInCart);
        QCOMPARE(promotionDiscount(cart, test::freeItemCode("soda"), 0), 0);
    }

    void combiningWithRewards()
    {
        const Cart cart = cartOf({"burger"});
        Promotion p = test::percentOffCode(10);
        QCOMPARE(checkPromotion(p, cart, From, false), Check::Applies);
        QCOMPARE(checkPromotion(p, cart, From, true), Check::DoesNotCombine);
        p.combinesWithRewards = true;
        QCOMPARE(checkPromotion(p, cart, From, true), Check::Applies);
    }

    void checksComeInOrder()
    {
        // Expired, below the minimum, item missing and rewards redeemed: the dates answer first,
        // then the minimum, then the item.
        Promotion p = test::freeItemCode("soda");
        p.combinesWithRewards = false;
        p.minSubtotalCents = 5000;
        p.validUntil = Until;
        const Cart cart = cartOf({"burger"});
        QCOMPARE(checkPromotion(p, cart, Until, true), Check::Expired);
        QCOMPARE(checkPromotion(p, cart, From, true), Check::BelowMinimum);
        p.minSubtotalCents = 0;
        QCOMPARE(checkPromotion(p, cart, From, true), Check::ItemNotInCart);
        QCOMPARE(checkPromotion(p, cartOf({"soda"}), From, true), Check::DoesNotCombine);
    }

    void eachKindsDiscount()
    {
        const Cart cart = cartOf({"burger", "soda"}); // 1098
        QCOMPARE(promotionDiscount(cart, test::percentOffCode(10), 0), 110); // 109.8 half-up
        QCOMPARE(promotionDiscount(cart, test::amountOffCode(500), 0), 500);
        QCOMPARE(promotionDiscount(cart, test::freeItemCode("soda"), 0), 199);
    }

    void percentAfterRewards()
    {
        const Cart cart = cartOf({"platter"}); // 2000
        // A $2 reward first, then 10% of the 1800 left.
        Promotion p = test::percentOffCode(10);
        QCOMPARE(promotionDiscount(cart, p, 200), 0); // it does not combine
        p.combinesWithRewards = true;
        QCOMPARE(promotionDiscount(cart, p, 200), 180);
    }

    void freeItemKeepsPaidExtrasCharged()
    {
        Cart cart;
        ItemSelection burger = selection("burger");
        burger.toggle(QStringLiteral("size"), QStringLiteral("double"));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        cart.add(burger, 1); // 899 + 250 + 150
        QCOMPARE(cart.subtotalCents(), 1299);
        QCOMPARE(promotionDiscount(cart, test::freeItemCode("burger"), 0), 899);
    }

    void amountOffClampsToWhatIsLeft()
    {
        const Cart cart = cartOf({"soda"}); // 199
        QCOMPARE(promotionDiscount(cart, test::amountOffCode(500), 0), 199);
        QCOMPARE(promotionDiscount(cart, test::amountOffCode(500, true), 150), 49);
        QCOMPARE(promotionDiscount(cart, test::amountOffCode(500, true), 199), 0);
        QCOMPARE(promotionDiscount(cart, test::freeItemCode("soda"), 100), 99);
    }

    void taxOnTheDiscountedSubtotal()
    {
        Basket basket;
        basket.setTaxRateBps(875);
        QCOMPARE(basket.add(selection("platter"), 1), Basket::Add::Added);
        QCOMPARE(basket.applyPromotion(test::percentOffCode(10), From), Check::Applies);
        QCOMPARE(applyBasisPoints(1800, 875), 158); // 157.5 rounds half-up
        const Totals totals = basket.totals();
        QCOMPARE(totals.subtotal, 2000);
        QCOMPARE(totals.discount, 200);
        QCOMPARE(totals.tax, 158);
        QCOMPARE(totals.total, 1958);
    }

    void codes()
    {
        QCOMPARE(normalizedPromoCode(QStringLiteral("  save10 ")), QStringLiteral("SAVE10"));
        QCOMPARE(normalizedPromoCode(QStringLiteral("free-fries_2")), QStringLiteral("FREE-FRIES_2"));
        QVERIFY(isWellFormedPromoCode(QStringLiteral("SAVE10")));
        QVERIFY(isWellFormedPromoCode(QStringLiteral("A")));
        QVERIFY(isWellFormedPromoCode(QStringLiteral("FREE-FRIES_2")));
        QVERIFY(isWellFormedPromoCode(QString(32, QLatin1Char('X'))));
        QVERIFY(!isWellFormedPromoCode(QString(33, QLatin1Char('X'))));
        QVERIFY(!isWellFormedPromoCode(QString()));
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("save10"))); // not normalized
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("SAVE 10")));
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("SAVE10/../X")));
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("SAVE10%")));
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("ÅBC")));
        QVERIFY(!isWellFormedPromoCode(QStringLiteral("SAVE10\n")));
    }

    void kindCodes()
    {
        QCOMPARE(promotionKindCode(Promotion::Kind::PercentOff), QStringLiteral("percent_off"));
        QCOMPARE(promotionKindCode(Promotion::Kind::AmountOff), QStringLiteral("amount_off"));
        QCOMPARE(promotionKindCode(Promotion::Kind::FreeItem), QStringLiteral("free_item"));
    }
};

QTEST_GUILESS_MAIN(TestPromotion)
#include "tst_promotion.moc"
