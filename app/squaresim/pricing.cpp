#include "squaresim/pricing.h"

#include "squaresim/catalog.h"
#include "squaresim/pricingparts.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

// A percentage string ("8.25") in millionths of the whole (82500); -1 when it is not one.
qint64 percentMicros(const QString &percentage)
{
    bool ok = false;
    const double value = percentage.toDouble(&ok);
    if (!ok || value < 0 || value > 100)
        return -1;
    return qRound64(value * 10'000);
}

QString field(int line, const QString &rest = QString())
{
    return u"order.line_items[%1]%2"_s.arg(line).arg(rest);
}

} // namespace

bool Pricing::presentHere(const QJsonObject &object) const
{
    const auto has = [&](const QString &key) {
        return object.value(key).toArray().contains(QJsonValue(m_locationId));
    };
    if (object.value(u"present_at_all_locations"_s).toBool(true))
        return !has(u"absent_at_location_ids"_s);
    return has(u"present_at_location_ids"_s);
}

std::optional<Pricing::Line> Pricing::line(const QJsonObject &item, int index, Response *rejection) const
{
    static const QRegularExpression wholeQuantity(u"^[1-9][0-9]{0,5}$"_s);
    const QString quantity = item.value(u"quantity"_s).toString();
    if (!wholeQuantity.match(quantity).hasMatch()) {
        *rejection = badRequest(u"INVALID_VALUE"_s, u"The simulator sells whole quantities (1 to 999999), got `%1`."_s.arg(quantity),
                                field(index, u".quantity"_s));
        return std::nullopt;
    }
    const qint64 count = quantity.toLongLong();
    Line line;
    line.json = item;
    if (!item.contains(u"uid"_s))
        line.json.insert(u"uid"_s, newSquareId(22));
    qint64 unitPrice = amountOf(item.value(u"base_price_money"_s));
    QStringList modifierLists;
    const QString variationId = item.value(u"catalog_object_id"_s).toString();
    if (!variationId.isEmpty()) {
        const std::optional<QJsonObject> variation = m_catalog.object(variationId);
        if (!variation || variation->value(u"type"_s).toString() != u"ITEM_VARIATION" || variation->value(u"is_deleted"_s).toBool()) {
            *rejection = badRequest(u"NOT_FOUND"_s, u"Item variation with catalog object ID `%1` not found."_s.arg(variationId),
                                    field(index, u".catalog_object_id"_s));
            return std::nullopt;
        }
        const QJsonObject data = variation->value(u"item_variation_data"_s).toObject();
        const std::optional<QJsonObject> parent = m_catalog.object(data.value(u"item_id"_s).toString());
        const QJsonObject itemData = parent ? parent->value(u"item_data"_s).toObject() : QJsonObject();
        if (!parent || parent->value(u"is_deleted"_s).toBool() || !presentHere(*parent) || !presentHere(*variation)) {
            *rejection = badRequest(u"INVALID_VALUE"_s, u"Item variation `%1` is not sold at location `%2`."_s.arg(variationId, m_locationId),
                                    field(index, u".catalog_object_id"_s));
            return std::nullopt;
        }
        QJsonValue price = data.value(u"price_money"_s);
        for (const QJsonValue &value : data.value(u"location_overrides"_s).toArray()) {
            const QJsonObject override = value.toObject();
            if (override.value(u"location_id"_s).toString() != m_locationId)
                continue;
            if (override.value(u"sold_out"_s).toBool()) {
                *rejection = badRequest(u"INVALID_VALUE"_s, u"Item variation `%1` is sold out at location `%2`."_s.arg(variationId, m_locationId),
                                        field(index, u".catalog_object_id"_s));
                return std::nullopt;
            }
            if (override.contains(u"price_money"_s))
                price = override.value(u"price_money"_s);
        }
        if (price.isObject())
            unitPrice = amountOf(price);
        line.json.insert(u"name"_s, itemData.value(u"name"_s));
        line.json.insert(u"variation_name"_s, data.value(u"name"_s));
        line.json.insert(u"catalog_version"_s, variation->value(u"version"_s));
        line.json.insert(u"item_type"_s, u"ITEM"_s);
        for (const QJsonValue &tax : itemData.value(u"tax_ids"_s).toArray())
            line.catalogTaxIds.append(tax.toString());
        for (const QJsonValue &info : itemData.value(u"modifier_list_info"_s).toArray()) {
            if (info.toObject().value(u"enabled"_s).toBool(true))
                modifierLists.append(info.toObject().value(u"modifier_list_id"_s).toString());
        }
    } else if (!item.value(u"base_price_money"_s).isObject() || item.value(u"name"_s).toString().isEmpty()) {
        *rejection = badRequest(u"MISSING_REQUIRED_PARAMETER"_s,
                                u"A line item without catalog_object_id needs a name and base_price_money."_s, field(index));
        return std::nullopt;
    }
    line.json.insert(u"base_price_money"_s, money(unitPrice, m_currency));
    line.json.insert(u"variation_total_price_money"_s, money(unitPrice * count, m_currency));

    qint64 modifiersPerUnit = 0;
    QJsonArray modifiers = item.value(u"modifiers"_s).toArray();
    for (qsizetype j = 0; j < modifiers.size(); ++j) {
        QJsonObject modifier = modifiers.at(j).toObject();
        const QString modifierId = modifier.value(u"catalog_object_id"_s).toString();
        const std::optional<QJsonObject> object = m_catalog.object(modifierId);
        const QJsonObject data = object ? object->value(u"modifier_data"_s).toObject() : QJsonObject();
        if (!object || object->value(u"type"_s).toString() != u"MODIFIER" || object->value(u"is_deleted"_s).toBool()
            || !modifierLists.contains(data.value(u"modifier_list_id"_s).toString())) {
            *rejection = badRequest(u"NOT_FOUND"_s, u"Modifier with catalog object ID `%1` not found for this item."_s.arg(modifierId),
                                    field(index, u".modifiers[%1].catalog_object_id"_s.arg(j)));
            return std::nullopt;
        }
        const qint64 each = amountOf(data.value(u"price_money"_s));
        const qint64 times = modifier.value(u"quantity"_s).toString(u"1"_s).toLongLong();
        modifiersPerUnit += each * times;
        if (!modifier.contains(u"uid"_s))
            modifier.insert(u"uid"_s, newSquareId(22));
        modifier.insert(u"name"_s, data.value(u"name"_s));
        modifier.insert(u"catalog_version"_s, object->value(u"version"_s));
        modifier.insert(u"base_price_money"_s, money(each, m_currency));
        modifier.insert(u"total_price_money"_s, money(each * times * count, m_currency));
        modifiers.replace(j, modifier);
    }
    if (!modifiers.isEmpty())
        line.json.insert(u"modifiers"_s, modifiers);
    // "gross sales": the variation and its modifiers, times the quantity
    // (https://developer.squareup.com/reference/square/objects/OrderLineItem, gross_sales_money).
    line.gross = (unitPrice + modifiersPerUnit) * count;
    line.json.insert(u"gross_sales_money"_s, money(line.gross, m_currency));
    return line;
}

std::optional<QJsonObject> Pricing::price(QJsonObject order, qint64 paid, Response *rejection) const
{
    // Taxes applied automatically last time are applied afresh (an order priced again after a
    // reward keeps only what its client asked for).
    QJsonArray askedTaxes;
    QSet<QString> autoApplied;
    for (const QJsonValue &tax : order.value(u"taxes"_s).toArray()) {
        if (tax.toObject().value(u"auto_applied"_s).toBool())
            autoApplied.insert(tax.toObject().value(u"uid"_s).toString());
        else
            askedTaxes.append(tax);
    }
    order.insert(u"taxes"_s, askedTaxes);
    QJsonArray items = order.value(u"line_items"_s).toArray();
    for (qsizetype i = 0; i < items.size() && !autoApplied.isEmpty(); ++i) {
        QJsonObject item = items.at(i).toObject();
        QJsonArray kept;
        for (const QJsonValue &applied : item.value(u"applied_taxes"_s).toArray()) {
            if (!autoApplied.contains(applied.toObject().value(u"tax_uid"_s).toString()))
                kept.append(applied);
        }
        item.insert(u"applied_taxes"_s, kept);
        items.replace(i, item);
    }

    QList<Line> lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<Line> priced = line(items.at(i).toObject(), int(i), rejection);
        if (!priced)
            return std::nullopt;
        lines.append(*priced);
    }

    // Order-level taxes and discounts, from the request or the catalog.
    QList<Adjustment> adjustments;
    const auto adjust = [&](const QJsonValue &value, bool tax, int index) -> bool {
        Adjustment a;
        a.json = value.toObject();
        a.tax = tax;
        const QString what = tax ? u"taxes"_s : u"discounts"_s;
        const QString catalogId = a.json.value(u"catalog_object_id"_s).toString();
        if (!catalogId.isEmpty()) {
            const std::optional<QJsonObject> object = m_catalog.object(catalogId);
            const QString type = tax ? u"TAX"_s : u"DISCOUNT"_s;
            if (!object || object->value(u"type"_s).toString() != type) {
                *rejection = badRequest(u"NOT_FOUND"_s, u"%1 with catalog object ID `%2` not found."_s.arg(type, catalogId),
                                        u"order.%1[%2].catalog_object_id"_s.arg(what).arg(index));
                return false;
            }
            const QJsonObject data = object->value(tax ? u"tax_data"_s : u"discount_data"_s).toObject();
            a.json.insert(u"name"_s, data.value(u"name"_s));
            a.json.insert(u"catalog_version"_s, object->value(u"version"_s));
            a.json.insert(u"type"_s, data.value(tax ? u"inclusion_type"_s : u"discount_type"_s));
            for (const QString &key : {u"percentage"_s, u"amount_money"_s}) {
                if (data.contains(key))
                    a.json.insert(key, data.value(key));
            }
        }
        if (!a.json.contains(u"uid"_s))
            a.json.insert(u"uid"_s, newSquareId(22));
        if (!a.json.contains(u"scope"_s))
            a.json.insert(u"scope"_s, u"ORDER"_s);
        a.uid = a.json.value(u"uid"_s).toString();
        a.type = a.json.value(u"type"_s).toString(tax ? u"ADDITIVE"_s : u"FIXED_PERCENTAGE"_s);
        a.json.insert(u"type"_s, a.type);
        a.orderScope = a.json.value(u"scope"_s).toString() == u"ORDER";
        a.amount = amountOf(a.json.value(u"amount_money"_s));
        a.micros = percentMicros(a.json.value(u"percentage"_s).toString());
        if (a.type != u"FIXED_AMOUNT" && a.micros < 0) {
            *rejection = badRequest(u"INVALID_VALUE"_s, u"The percentage must be a decimal from 0 to 100."_s,
                                    u"order.%1[%2].percentage"_s.arg(what).arg(index));
            return false;
        }
        adjustments.append(a);
        return true;
    };
    const QJsonArray taxes = order.value(u"taxes"_s).toArray();
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        if (!adjust(taxes.at(i), true, int(i)))
            return std::nullopt;
    }
    const QJsonArray discounts = order.value(u"discounts"_s).toArray();
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        if (!adjust(discounts.at(i), false, int(i)))
            return std::nullopt;
    }
    // auto_apply_taxes: each item's own catalog taxes, LINE_ITEM-scoped and auto_applied
    // (https://developer.squareup.com/docs/orders-api/apply-taxes-and-discounts).
    if (order.value(u"pricing_options"_s).toObject().value(u"auto_apply_taxes"_s).toBool()) {
        QHash<QString, QString> uidOfTax;
        for (Line &line : lines) {
            QJsonArray applied = line.json.value(u"applied_taxes"_s).toArray();
            for (const QString &taxId : std::as_const(line.catalogTaxIds)) {
                const std::optional<QJsonObject> tax = m_catalog.object(taxId);
                if (!tax || tax->value(u"is_deleted"_s).toBool() || !presentHere(*tax)
                    || !tax->value(u"tax_data"_s).toObject().value(u"enabled"_s).toBool(true))
                    continue;
                if (!uidOfTax.contains(taxId)) {
                    QJsonObject json{{u"catalog_object_id"_s, taxId}, {u"scope"_s, u"LINE_ITEM"_s},
                                     {u"auto_applied"_s, true}};
                    if (!adjust(json, true, int(adjustments.size())))
                        return std::nullopt;
                    uidOfTax.insert(taxId, adjustments.last().uid);
                }
                applied.append(QJsonObject{{u"uid"_s, newSquareId(22)}, {u"tax_uid"_s, uidOfTax.value(taxId)}});
            }
            if (!applied.isEmpty())
                line.json.insert(u"applied_taxes"_s, applied);
        }
    }
    return totals(order, lines, adjustments, paid);
}

} // namespace kiosk::squaresim
