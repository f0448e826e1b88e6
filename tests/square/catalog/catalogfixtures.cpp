#include "catalogfixtures.h"

using namespace Qt::StringLiterals;

namespace kiosk::catalogtest {

namespace {

QJsonObject object(const QString &type, const QString &id, const QString &dataKey,
                   const QJsonObject &data)
{
    return QJsonObject{
            {u"type"_s, type},
            {u"id"_s, id},
            {u"version"_s, 1},
            {u"is_deleted"_s, false},
            {u"present_at_all_locations"_s, true},
            {dataKey, data},
    };
}

QString dataKeyOf(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().endsWith(u"_data"_s))
            return it.key();
    }
    return {};
}

} // namespace

QJsonObject money(qint64 cents, const QString &currency)
{
    return QJsonObject{{u"amount"_s, cents}, {u"currency"_s, currency}};
}

QJsonObject category(const QString &id, const QString &name, const QStringList &imageIds)
{
    QJsonObject data{{u"name"_s, name}};
    if (!imageIds.isEmpty())
        data.insert(u"image_ids"_s, QJsonArray::fromStringList(imageIds));
    return object(u"CATEGORY"_s, id, u"category_data"_s, data);
}

QJsonObject item(const QString &id, const QString &name, const QString &categoryId,
                 const QJsonArray &variations, const QStringList &imageIds)
{
    QJsonObject data{
            {u"name"_s, name},
            {u"product_type"_s, u"FOOD_AND_BEV"_s},
            {u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, categoryId}}}},
            {u"variations"_s, variations},
    };
    if (!imageIds.isEmpty())
        data.insert(u"image_ids"_s, QJsonArray::fromStringList(imageIds));
    return object(u"ITEM"_s, id, u"item_data"_s, data);
}

QJsonObject variation(const QString &id, const QString &itemId, const QString &name,
                      qint64 cents, int ordinal)
{
    return object(u"ITEM_VARIATION"_s, id, u"item_variation_data"_s,
                  QJsonObject{
                          {u"item_id"_s, itemId},
                          {u"name"_s, name},
                          {u"ordinal"_s, ordinal},
                          {u"pricing_type"_s, u"FIXED_PRICING"_s},
                          {u"price_money"_s, money(cents)},
                          {u"sellable"_s, true},
                  });
}

QJsonObject modifierList(const QString &id, const QString &name, const QJsonArray &modifiers)
{
    return object(u"MODIFIER_LIST"_s, id, u"modifier_list_data"_s,
                  QJsonObject{
                          {u"name"_s, name},
                          {u"modifier_type"_s, u"LIST"_s},
                          {u"min_selected_modifiers"_s, -1},
                          {u"max_selected_modifiers"_s, -1},
                          {u"selection_type"_s, u"MULTIPLE"_s},
                          {u"modifiers"_s, modifiers},
                  });
}

QJsonObject modifier(const QString &id, const QString &listId, const QString &name,
                     qint64 cents, int ordinal)
{
    return object(u"MODIFIER"_s, id, u"modifier_data"_s,
                  QJsonObject{
                          {u"modifier_list_id"_s, listId},
                          {u"name"_s, name},
                          {u"ordinal"_s, ordinal},
                          {u"price_money"_s, money(cents)},
                  });
}

QJsonObject tax(const QString &id, const QString &name, const QString &percentage)
{
    return object(u"TAX"_s, id, u"tax_data"_s,
                  QJsonObject{
                          {u"name"_s, name},
                          {u"percentage"_s, percentage},
                          {u"calculation_phase"_s, u"TAX_SUBTOTAL_PHASE"_s},
                          {u"inclusion_type"_s, u"ADDITIVE"_s},
                          {u"enabled"_s, true},
                  });
}

QJsonObject image(const QString &id, const QString &url)
{
    return object(u"IMAGE"_s, id, u"image_data"_s, QJsonObject{{u"url"_s, url}});
}

QJsonObject with(QJsonObject object, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject withData(QJsonObject object, const QJsonObject &extra)
{
    const QString key = dataKeyOf(object);
    object.insert(key, with(object.value(key).toObject(), extra));
    return object;
}

QJsonObject locationOverride(const QJsonObject &fields)
{
    return with(QJsonObject{{u"location_id"_s, Location}}, fields);
}

CatalogMapInput input()
{
    CatalogMapInput in;
    in.locationId = Location;
    in.currency = u"USD"_s;
    in.languages = {u"en"_s, u"es"_s};
    in.imageFolder = u"square-images"_s;
    return in;
}

QJsonArray cafe()
{
    QJsonObject latte = item(u"LATTE"_s, u"Latte"_s, u"COFFEE"_s,
                             {variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0),
                              variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1)},
                             {u"LATTEIMG"_s});
    latte = withData(latte, {{u"tax_ids"_s, QJsonArray{u"SALES"_s}},
                             {u"modifier_list_info"_s,
                              QJsonArray{QJsonObject{{u"modifier_list_id"_s, u"MILK"_s},
                                                     {u"min_selected_modifiers"_s, -1},
                                                     {u"max_selected_modifiers"_s, -1},
                                                     {u"enabled"_s, true}}}}});
    const QJsonObject croissant =
            withData(item(u"CROISSANT"_s, u"Croissant"_s, u"BAKERY"_s,
                          {variation(u"CROISSANTR"_s, u"CROISSANT"_s, u"Regular"_s, 300)}),
                     {{u"tax_ids"_s, QJsonArray{u"SALES"_s}}});
    return QJsonArray{
            category(u"COFFEE"_s, u"Coffee"_s, {u"COFFEEIMG"_s}),
            category(u"BAKERY"_s, u"Bakery"_s),
            latte,
            croissant,
            modifierList(u"MILK"_s, u"Milk"_s,
                         {modifier(u"OAT"_s, u"MILK"_s, u"Oat milk"_s, 60, 1),
                          modifier(u"WHOLE"_s, u"MILK"_s, u"Whole milk"_s, 0, 0)}),
            tax(u"SALES"_s, u"Sales tax"_s, u"8.25"_s),
            image(u"LATTEIMG"_s, u"https://items-images.example/files/latte.PNG?w=1"_s),
            image(u"COFFEEIMG"_s, u"https://items-images.example/files/coffee"_s),
    };
}

std::optional<QJsonObject> byId(const QJsonObject &menu, const QString &key, const QString &id)
{
    for (const QJsonValue &value : menu.value(key).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

QStringList idsOf(const QJsonArray &array)
{
    QStringList ids;
    for (const QJsonValue &value : array)
        ids.append(value.toObject().value(u"id"_s).toString());
    return ids;
}

bool hasProblem(const CatalogMapping &mapping, const QString &prefix, const QString &text)
{
    return std::any_of(mapping.problems.cbegin(), mapping.problems.cend(), [&](const QString &line) {
        return line.startsWith(prefix) && line.contains(text);
    });
}

} // namespace kiosk::catalogtest
