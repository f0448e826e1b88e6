#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace kiosk {

class CatalogIndex;

// What a variation or modifier costs at the kiosk's location, and whether it is sold out there.
struct CatalogPrice
{
    Cents cents = 0;
    QString problem;      // why it cannot be sold at a kiosk; empty when it can
    bool soldOut = false; // location_overrides[].sold_out for the kiosk's location
};

struct CatalogPriceRules
{
    QString currency;       // the kiosk's
    QDateTime now;          // for sold_out_valid_until; invalid: the flag is taken as it is
    bool missingIsFree = false; // modifiers: no price_money means free
};

// A variation or modifier the kiosk can sell, with its price here.
struct PricedObject
{
    QJsonObject object;
    Cents cents = 0;
    bool soldOut = false;
};

// `data` is item_variation_data or modifier_data; the location's override wins for the price,
// the pricing type and sold out.
CatalogPrice catalogPrice(const CatalogIndex &index, const QJsonObject &data,
                          const CatalogPriceRules &rules);

} // namespace kiosk
