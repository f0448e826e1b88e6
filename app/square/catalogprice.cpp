#include "square/catalogprice.h"

#include "square/catalogindex.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The kiosk menu's bound on a price (config/menuparser.cpp).
constexpr Cents MaxPriceCents = 10'000'000;

} // namespace

CatalogPrice catalogPrice(const CatalogIndex &index, const QJsonObject &data,
                          const CatalogPriceRules &rules)
{
    CatalogPrice price;
    const QJsonObject override = index.locationOverride(data);
    price.soldOut = override.value(u"sold_out"_s).toBool();
    // Square sets sold_out_valid_until when the seller marks an item sold out "until"; past that
    // time it is no longer sold out (ItemVariationLocationOverrides.sold_out_valid_until).
    const QDateTime until = QDateTime::fromString(
            override.value(u"sold_out_valid_until"_s).toString(), Qt::ISODateWithMs);
    if (price.soldOut && until.isValid() && rules.now.isValid() && rules.now > until)
        price.soldOut = false;

    const QString pricingType =
            override.value(u"pricing_type"_s).toString(data.value(u"pricing_type"_s).toString());
    if (pricingType == u"VARIABLE_PRICING"_s) {
        price.problem = u"variable pricing (the price is entered at the time of sale) cannot be sold at a kiosk"_s;
        return price;
    }
    const QJsonValue overridden = override.value(u"price_money"_s);
    const QJsonObject money =
            overridden.isObject() ? overridden.toObject() : data.value(u"price_money"_s).toObject();
    if (!money.contains(u"amount"_s)) {
        if (!rules.missingIsFree)
            price.problem = u"no price; it cannot be sold at a kiosk"_s;
        return price;
    }
    const QString currency = money.value(u"currency"_s).toString();
    if (currency != rules.currency) {
        price.problem = u"priced in %1, the kiosk sells in %2"_s.arg(
                currency.isEmpty() ? u"no currency"_s : currency, rules.currency);
        return price;
    }
    const QJsonValue amount = money.value(u"amount"_s);
    const qint64 cents = amount.toInteger(-1);
    if (cents < 0 || cents > MaxPriceCents) {
        price.problem = u"price %1 is outside what a kiosk menu allows (0 to %2 cents)"_s.arg(
                amount.toVariant().toString())
                                .arg(MaxPriceCents);
        return price;
    }
    price.cents = cents;
    return price;
}

} // namespace kiosk
