#include "square/squareorderrequest.h"

#include "square/squareids.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The catalog id behind a kiosk id of `kind`, or "" when it is not one.
QString catalogId(const QString &kioskId, SquareIdKind kind)
{
    const std::optional<SquareRef> ref = squareRefFor(kioskId);
    return ref && ref->kind == kind ? ref->squareId : QString();
}

// The kiosk's id of a catalog tax (t_<lower-case id>).
QString catalogKioskTaxId(const QString &taxId)
{
    return kioskIdFor(SquareIdKind::Tax, taxId).value_or(QString());
}

} // namespace

QString squareDineOptionWords(const QString &code)
{
    return code == u"togo" ? u"To go"_s : u"For here"_s;
}

std::optional<QJsonObject> squareCreateOrder(const QJsonObject &order, const QString &locationId, QString *error)
{
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    if (lines.isEmpty()) {
        *error = u"the order has no lines"_s;
        return std::nullopt;
    }
    // Every tax the lines name, in the order they first name it (see squareOrderTaxes).
    QStringList taxes;
    bool everyLineTaxed = true;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        everyLineTaxed = everyLineTaxed && line.value(u"tax_ids"_s).isArray();
        for (const QJsonValue &tax : line.value(u"tax_ids"_s).toArray()) {
            const QString taxId = catalogId(tax.toString(), SquareIdKind::Tax);
            if (taxId.isEmpty()) {
                *error = u"tax %1 is not a Square catalog tax (the menu is not Square's)"_s.arg(tax.toString());
                return std::nullopt;
            }
            if (!taxes.contains(taxId))
                taxes.append(taxId);
        }
    }
    QJsonArray lineItems;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QString itemId = line.value(u"item_id"_s).toString();
        QString variation = catalogId(itemId, SquareIdKind::Variation);
        QJsonArray modifiers;
        for (const QJsonValue &option : line.value(u"modifiers"_s).toArray()) {
            const QString optionId = option.toString();
            // An i_ item's size is its variation, chosen as an option of its size group.
            if (const QString size = catalogId(optionId, SquareIdKind::Variation); !size.isEmpty()) {
                if (!variation.isEmpty()) {
                    *error = u"line %1 (%2) names two variations"_s.arg(i + 1).arg(itemId);
                    return std::nullopt;
                }
                variation = size;
                continue;
            }
            const QString modifier = catalogId(optionId, SquareIdKind::Modifier);
            if (modifier.isEmpty()) {
                *error = u"line %1: option %2 is not a Square catalog modifier (the menu is not Square's)"_s.arg(i + 1).arg(optionId);
                return std::nullopt;
            }
            modifiers.append(QJsonObject{{u"catalog_object_id"_s, modifier}, {u"quantity"_s, u"1"_s}});
        }
        if (variation.isEmpty() || (catalogId(itemId, SquareIdKind::Item).isEmpty() && catalogId(itemId, SquareIdKind::Variation).isEmpty())) {
            *error = u"line %1: item %2 is not a Square catalog item with a chosen variation (the menu is not Square's)"_s.arg(i + 1).arg(itemId);
            return std::nullopt;
        }
        const int quantity = line.value(u"quantity"_s).toInt();
        if (quantity < 1) {
            *error = u"line %1: quantity %2"_s.arg(i + 1).arg(quantity);
            return std::nullopt;
        }
        QJsonObject item{{u"catalog_object_id"_s, variation}, {u"quantity"_s, QString::number(quantity)}};
        if (!modifiers.isEmpty())
            item.insert(u"modifiers"_s, modifiers);
        QJsonArray blocked;
        for (const QString &tax : std::as_const(taxes)) {
            if (!line.value(u"tax_ids"_s).toArray().contains(QJsonValue(catalogKioskTaxId(tax))))
                blocked.append(QJsonObject{{u"tax_catalog_object_id"_s, tax}});
        }
        if (everyLineTaxed && !blocked.isEmpty())
            item.insert(u"pricing_blocklists"_s, QJsonObject{{u"blocked_taxes"_s, blocked}});
        lineItems.append(item);
    }
    const QString number = order.value(u"number"_s).toString();
    const QString dine = squareDineOptionWords(order.value(u"dine_option"_s).toString());
    const QJsonObject pickup{
        {u"schedule_type"_s, u"ASAP"_s},
        {u"recipient"_s, QJsonObject{{u"display_name"_s, u"Order "_s + number}}},
        {u"note"_s, dine},
    };
    QJsonObject squareOrder{
        {u"location_id"_s, locationId},
        {u"reference_id"_s, number},
        {u"ticket_name"_s, number + u" "_s + dine},
        {u"line_items"_s, lineItems},
        {u"fulfillments"_s, QJsonArray{QJsonObject{{u"type"_s, u"PICKUP"_s}, {u"pickup_details"_s, pickup}}}},
    };
    if (everyLineTaxed) {
        QJsonArray orderTaxes;
        for (const QString &tax : std::as_const(taxes))
            orderTaxes.append(QJsonObject{{u"uid"_s, tax}, {u"catalog_object_id"_s, tax}, {u"scope"_s, u"ORDER"_s}});
        if (!orderTaxes.isEmpty())
            squareOrder.insert(u"taxes"_s, orderTaxes);
    } else {
        // A body from a menu without per-item taxes (it cannot be Square's catalog menu, which
        // always names them): Square applies the items' catalog taxes, line by line.
        squareOrder.insert(u"pricing_options"_s, QJsonObject{{u"auto_apply_taxes"_s, true}});
    }
    return QJsonObject{{u"idempotency_key"_s, order.value(u"id"_s).toString()}, {u"order"_s, squareOrder}};
}

} // namespace kiosk
