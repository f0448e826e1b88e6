#pragma once

#include "squaresim/pricing.h"

#include <QStringList>

namespace kiosk::squaresim {

// What Pricing works on between reading the request and writing the totals.
struct Pricing::Line
{
    QJsonObject json;
    qint64 gross = 0;
    QStringList catalogTaxIds;
};

// An order-level tax or discount, filled from the catalog when it names a catalog object.
struct Pricing::Adjustment
{
    QJsonObject json;
    bool tax = false;
    QString uid;
    QString type;      // ADDITIVE / INCLUSIVE, or FIXED_PERCENTAGE / FIXED_AMOUNT
    qint64 micros = 0; // a percentage in millionths of the whole
    qint64 amount = 0; // FIXED_AMOUNT
    bool orderScope = true;
    qint64 applied = 0;
};

} // namespace kiosk::squaresim
