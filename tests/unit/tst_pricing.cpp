// Per-item taxes (menu "taxes" / items' "tax_ids"), priced as Square's Orders API prices them:
// the figures quoted below are from the pages cited in app/domain/pricing.cpp.
#include "domain/cart.h"
#include "domain/pricing.h"

#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

Tax additive(const char *id, int bps) { return Tax{QString::fromLatin1(id), {}, bps, false}; }
Tax inclusive(const char *id, int bps) { return Tax{QString::fromLatin1(id), {}, bps, true}; }
PricedLine line(Cents amount, QList<Tax> taxes) { return PricedLine{amount, std::move(taxes)}; }
PricedLine storeRateLine(Cents amount) { return PricedLine{amount, std::nullopt}; }

MenuItem menuItem(const char *id, Cents price, std::optional<QStringList> taxIds)
{
    MenuItem item;
    item.id = QString::fromLatin1(id);
    item.categoryId = u"mains"_s;
    item.priceCents = price;
    item.taxIds = std::move(taxIds);
    return item;
}

const Tax Sales = additive("t_sales", 825);
const Tax Vat = inclusive("t_vat", 1000);

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    // TaxInclusionType: "a $1.00 item with a 10% additive tax would have a total cost to the
    // buyer of $1.10"; "with a 10% inclusive tax ... $1.00, with $0.91 ... being the cost of the
    // item and $0.09 ... being tax".
    void squareTaxInclusionTypeExamples()
    {
        QCOMPARE(computeTotals({line(100, {additive("t_a", 1000)})}, 0, 0),
                 (Totals{100, 0, 10, 110, 0}));
        QCOMPARE(computeTotals({line(100, {inclusive("t_i", 1000)})}, 0, 0),
                 (Totals{100, 0, 0, 100, 9}));
    }

    // Square rounds half to even: "$6.00 purchase and the tax rate is 9.75% ... 0.585 ... it will
    // round down to 0.58"; "$6.00, with a tax rate of 11.75% ... .705 ... 0.70"; "$30.20 ...
    // 11.75% ... 3.5485 ... up to 3.55". The store-wide rule keeps rounding half up.
    void roundsHalfToEvenLikeSquare_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("bps");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("forum 9.75% on $6.00") << qint64(600) << 975 << qint64(58);
        QTest::newRow("forum 11.75% on $6.00") << qint64(600) << 1175 << qint64(70);
        QTest::newRow("forum 11.75% on $30.20") << qint64(3020) << 1175 << qint64(355);
        QTest::newRow("half, even below: 82.5") << qint64(1000) << 825 << qint64(82);
        QTest::newRow("half, odd below: 115.5") << qint64(1400) << 825 << qint64(116);
        QTest::newRow("below half") << qint64(899) << 825 << qint64(74); // 74.1675
        QTest::newRow("above half") << qint64(1099) << 825 << qint64(91); // 90.6675
        QTest::newRow("zero rate") << qint64(1234) << 0 << qint64(0);
    }
    void roundsHalfToEvenLikeSquare()
    {
        QFETCH(qint64, amount);
        QFETCH(int, bps);
        QFETCH(qint64, tax);
        const Totals t = computeTotals({line(amount, {additive("t_x", bps)})}, 0, 0);
        QCOMPARE(t.tax, tax);
        QCOMPARE(t.total, amount + tax);
    }

    // An inclusive tax is price x rate / (1 + rate), rounded half to even too: at 100 % the
    // tax is half the price, so 5 cents holds 2.5 -> 2 and 7 cents 3.5 -> 4.
    void inclusiveHalfCents()
    {
        QCOMPARE(computeTotals({line(5, {inclusive("t_all", 10000)})}, 0, 0).taxIncluded, 2);
        QCOMPARE(computeTotals({line(7, {inclusive("t_all", 10000)})}, 0, 0).taxIncluded, 4);
        QCOMPARE(computeTotals({line(1100, {Vat})}, 0, 0).taxIncluded, 100); // exact
    }

    // Each tax is rounded once on the sum of its lines ("per-rate-bucket"), not per line:
    // 8.25 % on two $10.00 lines is 165, where rounding each 82.5 would give 82 + 82. Square's
    // community example: 3 x $8.99 at 9.5 % is "$26.97 x 0.095 ... $2.56", not 3 x $0.85.
    void eachTaxRoundsOnceOnItsLines()
    {
        QCOMPARE(computeTotals({line(1000, {Sales}), line(1000, {Sales})}, 0, 0).tax, 165);
        QCOMPARE(computeTotals({line(3 * 899, {additive("t_ca", 950)})}, 0, 0).tax, 256);
    }

    // Four lines, each with its own inclusive tax (so four pre-tax denominators, 10007, 10009,
    // 10037 and 10039, whose product passes the exact path's bound) and one additive tax on all:
    // each tax is still rounded once, from its exact sum (worked out with Python's Fraction).
    void manyInclusiveCombinationsStillRoundOnce()
    {
        const Tax sales = additive("t_sales", 825);
        const QList<Tax> inclusives = {inclusive("t_a", 7), inclusive("t_b", 9), inclusive("t_c", 37),
                                       inclusive("t_d", 39)};
        const QList<Cents> amounts = {1234, 2345, 3456, 4567};
        QList<PricedLine> lines;
        for (int i = 0; i < 4; ++i)
            lines.append(line(amounts.at(i), {inclusives.at(i), sales}));
        const PriceBreakdown p = priceLines(lines, 0, 0);
        QCOMPARE(p.taxes, (QList<TaxAmount>{{u"t_a"_s, 1, true},       // 0.863
                                            {u"t_sales"_s, 954, false}, // 954.405
                                            {u"t_b"_s, 2, true},        // 2.109
                                            {u"t_c"_s, 13, true},       // 12.740
                                            {u"t_d"_s, 18, true}}));    // 17.742
        QCOMPARE(p.totals, (Totals{11602, 0, 954, 12556, 34}));
    }

    void mixedAdditiveAndInclusiveLines()
    {
        const PriceBreakdown p = priceLines({line(1000, {Sales}), line(1100, {Vat})}, 0, 0);
        // 1000 x 8.25 % = 82.5 -> 82 on top; 1100 x 10 / 110 = 100 inside the price.
        QCOMPARE(p.totals, (Totals{2100, 0, 82, 2182, 100}));
        QCOMPARE(p.taxes, (QList<TaxAmount>{{u"t_sales"_s, 82, false}, {u"t_vat"_s, 100, true}}));
    }

    // Several taxes on one line: the inclusive ones come out of the price together (1000 /
    // 1.15 = 869.57 before tax), and every tax is its rate of that, so none taxes another.
    void severalTaxesOnOneLine()
    {
        const QList<Tax> taxes = {inclusive("t_5", 500), inclusive("t_10", 1000), additive("t_2", 200)};
        const PriceBreakdown p = priceLines({line(1000, taxes)}, 0, 0);
        QCOMPARE(p.taxes, (QList<TaxAmount>{{u"t_5"_s, 43, true},   // 43.478
                                            {u"t_10"_s, 87, true},  // 86.957
                                            {u"t_2"_s, 17, false}})); // 17.391
        QCOMPARE(p.totals, (Totals{1000, 0, 17, 1017, 130}));
        // Two additive taxes on one line each apply to the price.
        QCOMPARE(computeTotals({line(1000, {Sales, additive("t_city", 100)})}, 0, 0).tax, 82 + 10);
    }

    // The discount is shared in proportion to the lines (Square: "relative to the amount
    // contributed by the item to the order subtotal"), then each tax applies to its lines' rest.
    void discountIsApportionedAcrossDifferentlyTaxedLines()
    {
        const PriceBreakdown p = priceLines({line(1500, {Sales}), line(500, {Vat})}, 300, 0);
        QCOMPARE(p.lineDiscounts, (QList<Cents>{225, 75}));
        // 1275 x 8.25 % = 105.19 -> 105; 425 x 10 / 110 = 38.64 -> 39.
        QCOMPARE(p.totals, (Totals{2000, 300, 105, 1805, 39}));
    }

    // The cents rounding leaves go to the largest remainders, earlier lines first on a tie, so
    // the shares always add up to the discount and never pass their line.
    void apportionedCentsAddUp()
    {
        const QList<PricedLine> three = {line(1000, {}), line(1000, {}), line(1000, {})};
        QCOMPARE(priceLines(three, 100, 0).lineDiscounts, (QList<Cents>{34, 33, 33}));
        const QList<PricedLine> uneven = {line(1, {}), line(2, {}), line(997, {})};
        QCOMPARE(priceLines(uneven, 5, 0).lineDiscounts, (QList<Cents>{0, 0, 5})); // .005 .01 4.985
        QCOMPARE(priceLines(three, 5000, 0).lineDiscounts, (QList<Cents>{1000, 1000, 1000})); // clamped
        QCOMPARE(priceLines({line(0, {Sales}), line(800, {Sales})}, 100, 0).lineDiscounts,
                 (QList<Cents>{0, 100})); // a free line takes none
    }

    void untaxedItems()
    {
        QCOMPARE(computeTotals({line(500, {}), line(1000, {Sales})}, 0, 825),
                 (Totals{1500, 0, 82, 1582, 0}));
        QCOMPARE(computeTotals({line(500, {}), line(700, {})}, 200, 825), (Totals{1200, 200, 0, 1000, 0}));
    }

    // No line with taxes of its own: exactly the store-wide rule (half up on the discounted
    // subtotal), whatever the lines and the discount.
    void storeRateOnlyIsTheOldRule()
    {
        const QList<Cents> amounts = {899, 1099, 199, 249, 1000, 2597, 1, 3020};
        for (int n = 1; n <= amounts.size(); ++n) {
            QList<PricedLine> lines;
            Cents subtotal = 0;
            for (int i = 0; i < n; ++i) {
                lines.append(storeRateLine(amounts.at(i)));
                subtotal += amounts.at(i);
            }
            for (const Cents discount : {Cents(0), Cents(1), Cents(300), Cents(-5), subtotal + 10}) {
                for (const int bps : {0, 825, 975, 10000}) {
                    const Totals old = computeTotals(subtotal, discount, bps);
                    QCOMPARE(computeTotals(lines, discount, bps), old);
                    // The general path agrees too, so mixing in a taxed line changes only its part.
                    QCOMPARE(priceLines(lines, discount, bps).totals, old);
                }
            }
        }
        // Mixed: the store-rate lines keep half up (1000 x 8.25 % = 82.5 -> 83).
        QCOMPARE(computeTotals({storeRateLine(1000), line(1000, {Sales})}, 0, 825).tax, 83 + 82);
    }

    // The cart line carries the item's taxes as it carries its price: computeTotals(cart, ...)
    // prices per item without the menu.
    void cartLinesCarryTheirItemsTaxes()
    {
        const Menu menu({}, {},
                        {menuItem("burger", 1000, QStringList{u"t_sales"_s}),
                         menuItem("water", 150, QStringList()),
                         menuItem("cookie", 200, std::nullopt)}, // no tax_ids: the store's rate
                        {Sales, Vat});
        Cart cart;
        for (const MenuItem &item : menu.items())
            QCOMPARE(cart.add(ItemSelection::withDefaults(menu, item), 2), Cart::Add::Added);
        QCOMPARE(cart.lines().at(0).taxes, std::optional<QList<Tax>>(QList<Tax>{Sales}));
        QCOMPARE(cart.lines().at(1).taxes, std::optional<QList<Tax>>(QList<Tax>{}));
        QVERIFY(!cart.lines().at(2).taxes);
        // 2000 x 8.25 % = 165 (half even, t_sales) + 400 x 10 % = 40 (half up, store).
        QCOMPARE(computeTotals(cart, 1000), (Totals{2700, 0, 205, 2905, 0}));
    }
};

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
