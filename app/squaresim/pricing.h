#pragma once

#include "squaresim/squarejson.h"

#include <QJsonObject>
#include <optional>

namespace kiosk::squaresim {

class Catalog;

// Square's order arithmetic (https://developer.squareup.com/docs/orders-api/how-it-works,
// .../price-adjustments, .../apply-taxes-and-discounts): line items by catalog id, their
// modifiers, order- and line-scoped taxes and discounts, catalog taxes when
// pricing_options.auto_apply_taxes is set (LINE_ITEM-scoped, rounded per line), ORDER-scoped
// taxes computed once over the lines that do not block them (pricing_blocklists) and rounded
// once, and the totals, all in Bankers' Rounding.
class Pricing
{
public:
    Pricing(const Catalog &catalog, QString locationId, QString currency)
        : m_catalog(catalog), m_locationId(std::move(locationId)), m_currency(std::move(currency))
    {
    }

    // `order` with every computed field filled in (names, prices, applied amounts, totals);
    // nullopt with Square's 400 in `rejection` when a line cannot be sold. `paid` is what the
    // order's tenders already cover (net_amount_due_money is the rest).
    std::optional<QJsonObject> price(QJsonObject order, qint64 paid, Response *rejection) const;

private:
    struct Line;
    struct Adjustment;
    std::optional<Line> line(const QJsonObject &item, int index, Response *rejection) const;
    bool presentHere(const QJsonObject &object) const;
    // Discounts, then taxes on what the discounts leave, per line; then the order's totals.
    QJsonObject totals(QJsonObject order, QList<Line> &lines, QList<Adjustment> &adjustments, qint64 paid) const;

    const Catalog &m_catalog;
    QString m_locationId;
    QString m_currency;
};

} // namespace kiosk::squaresim
