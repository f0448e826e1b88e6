#include "domain/pricing.h"

#include "domain/cart.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <numeric>
#include <utility>

// Square's arithmetic, as documented (links also in docs/square.md):
// - Taxes and discounts per line or per order, order-level amounts "distributed across all the
//   line item subtotals": https://developer.squareup.com/docs/orders-api/price-adjustments
// - Fixed-amount order-scoped discounts "are distributed across all non-zero line item totals
//   ... relative to the amount contributed by the item to the order subtotal":
//   https://developer.squareup.com/reference/square/objects/OrderLineItemDiscount
// - Inclusive taxes: "a $1.00 item with a 10% inclusive tax would have a total cost to the buyer
//   of $1.00, with $0.91 ... being the cost of the item and $0.09 ... being tax":
//   https://developer.squareup.com/reference/square/enums/TaxInclusionType
// - ORDER-scoped taxes are computed per tax ("rate bucket") on the sum of the amounts and rounded
//   once, not per line: https://developer.squareup.com/docs/international-development/japan-order-calculation
//   and, with figures (8.875 % on $15 + $8 + $6.95 + $6.95 is $3.27, where rounding per line
//   would give $3.28): https://developer.squareup.com/forums/t/square-banker-s-rounding-clarification/11179
// - Rounding is half to even ("0.585 ... will round down to 0.58"):
//   https://developer.squareup.com/forums/t/how-does-square-calculate-taxes-for-a-half/11705
//   https://developer.squareup.com/forums/t/order-level-tax-calculation-clarification/2354

namespace kiosk {

namespace {

// Products of cents and rates outgrow 64 bits before any sane order does: 128 bits hold them.
__extension__ typedef __int128 Wide;

constexpr qint64 RateScale = 10'000; // basis points
// A sum of fractions whose common denominator would pass this is summed in fixed point instead.
constexpr Wide MaxDenominator = Wide(1'000'000'000'000'000LL);
constexpr qint64 FixedPointScale = 1'000'000'000; // billionths of a cent

Wide gcd(Wide a, Wide b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0)
        a = std::exchange(b, a % b);
    return a;
}

// numerator / denominator (denominator > 0) rounded to the nearest integer, a half to even.
Wide divideHalfEven(Wide numerator, Wide denominator)
{
    const bool negative = numerator < 0;
    const Wide n = negative ? -numerator : numerator;
    Wide quotient = n / denominator;
    const Wide twice = 2 * (n % denominator);
    if (twice > denominator || (twice == denominator && quotient % 2 != 0))
        ++quotient;
    return negative ? -quotient : quotient;
}

// One tax's exact amount in cents: the sum over the lines' pre-tax denominators (10000 + R) of
// (sum of amount x rate) / denominator.
class TaxSum
{
public:
    void add(Cents amount, int rateBps, qint64 denominator)
    {
        m_byDenominator[denominator] += Wide(amount) * rateBps;
    }

    Cents roundedHalfEven() const
    {
        Wide common = 1;
        for (auto it = m_byDenominator.cbegin(); it != m_byDenominator.cend(); ++it) {
            common = common / gcd(common, it.key()) * it.key();
            if (common > MaxDenominator)
                return fixedPoint();
        }
        Wide numerator = 0;
        for (auto it = m_byDenominator.cbegin(); it != m_byDenominator.cend(); ++it)
            numerator += it.value() * (common / it.key());
        return Cents(divideHalfEven(numerator, common));
    }

private:
    // Only a menu with many inclusive taxes in many combinations gets here; a tie could then be
    // missed by a billionth of a cent.
    Cents fixedPoint() const
    {
        Wide sum = 0;
        for (auto it = m_byDenominator.cbegin(); it != m_byDenominator.cend(); ++it)
            sum += divideHalfEven(it.value() * FixedPointScale, it.key());
        return Cents(divideHalfEven(sum, FixedPointScale));
    }

    QMap<qint64, Wide> m_byDenominator;
};

// `discount` (0..sum of amounts) shared out in proportion to the amounts: each line gets the
// floor of its exact share, and the cents left go one each to the largest remainders (the
// earlier line on a tie), so the shares add up to the discount and none exceeds its line.
QList<Cents> apportion(const QList<PricedLine> &lines, Cents discount)
{
    QList<Cents> shares(lines.size(), 0);
    Cents base = 0;
    for (const PricedLine &line : lines)
        base += std::max<Cents>(line.amount, 0);
    if (discount <= 0 || base <= 0)
        return shares;
    QList<Wide> remainders(lines.size(), 0);
    Cents left = discount;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Wide exact = Wide(discount) * std::max<Cents>(lines.at(i).amount, 0);
        shares[i] = Cents(exact / base);
        remainders[i] = exact % base;
        left -= shares.at(i);
    }
    QList<qsizetype> order(lines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype k = 0; k < order.size() && left > 0; ++k, --left)
        ++shares[order.at(k)];
    return shares;
}

bool usesStoreRateOnly(const QList<PricedLine> &lines)
{
    return std::all_of(lines.cbegin(), lines.cend(), [](const PricedLine &l) { return !l.taxes; });
}

} // namespace

Totals computeTotals(Cents subtotal, Cents discount, int taxRateBps)
{
    Totals totals;
    totals.subtotal = subtotal;
    totals.discount = std::clamp<Cents>(discount, 0, std::max<Cents>(subtotal, 0));
    totals.tax = applyBasisPoints(subtotal - totals.discount, taxRateBps);
    totals.total = subtotal - totals.discount + totals.tax;
    return totals;
}

QList<PricedLine> pricedLines(const Cart &cart)
{
    QList<PricedLine> lines;
    lines.reserve(cart.lines().size());
    for (const CartLine &line : cart.lines())
        lines.append(PricedLine{line.lineTotalCents(), line.taxes});
    return lines;
}

Totals computeTotals(const Cart &cart, int taxRateBps, Cents discount)
{
    return computeTotals(pricedLines(cart), discount, taxRateBps);
}

PriceBreakdown priceLines(const QList<PricedLine> &lines, Cents discount, int storeTaxRateBps)
{
    PriceBreakdown result;
    Cents subtotal = 0;
    for (const PricedLine &line : lines)
        subtotal += line.amount;
    Totals &totals = result.totals;
    totals.subtotal = subtotal;
    totals.discount = std::clamp<Cents>(discount, 0, std::max<Cents>(subtotal, 0));
    result.lineDiscounts = apportion(lines, totals.discount);

    // Each tax by id, in the order the lines first name it; the store's rate under "".
    QList<TaxAmount> order;
    QHash<QString, TaxSum> sums;
    Cents storeBase = 0;
    bool storeUsed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PricedLine &line = lines.at(i);
        const Cents net = line.amount - result.lineDiscounts.at(i);
        if (!line.taxes) {
            storeBase += net;
            storeUsed = true;
            continue;
        }
        qint64 inclusiveBps = 0;
        for (const Tax &tax : *line.taxes)
            inclusiveBps += tax.inclusive ? tax.rateBps : 0;
        for (const Tax &tax : *line.taxes) {
            if (!sums.contains(tax.id))
                order.append(TaxAmount{tax.id, 0, tax.inclusive});
            sums[tax.id].add(net, tax.rateBps, RateScale + inclusiveBps);
        }
    }
    if (storeUsed) {
        // The kiosk's own rule, unchanged: one store-wide rate, rounded half-up.
        result.taxes.append(TaxAmount{QString(), applyBasisPoints(storeBase, storeTaxRateBps), false});
        totals.tax += result.taxes.constLast().amount;
    }
    for (TaxAmount amount : std::as_const(order)) {
        amount.amount = sums.value(amount.taxId).roundedHalfEven();
        (amount.inclusive ? totals.taxIncluded : totals.tax) += amount.amount;
        result.taxes.append(amount);
    }
    totals.total = subtotal - totals.discount + totals.tax;
    return result;
}

Totals computeTotals(const QList<PricedLine> &lines, Cents discount, int storeTaxRateBps)
{
    // Every menu before per-item taxes: the store-wide rule, bit for bit.
    if (usesStoreRateOnly(lines)) {
        Cents subtotal = 0;
        for (const PricedLine &line : lines)
            subtotal += line.amount;
        return computeTotals(subtotal, discount, storeTaxRateBps);
    }
    return priceLines(lines, discount, storeTaxRateBps).totals;
}

} // namespace kiosk
