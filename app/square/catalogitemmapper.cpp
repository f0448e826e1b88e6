#include "square/catalogitemmapper.h"

#include "square/catalogimages.h"
#include "square/catalogindex.h"
#include "square/catalogmodifiergroups.h"
#include "square/catalogtaxes.h"
#include "square/catalogtexts.h"
#include "square/squareids.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The kiosk menu's bound on calories (config/menuparser.cpp).
constexpr int MaxCalories = 10'000;

// Square's standard ingredients (CatalogItemFoodAndBeverageDetailsIngredientStandardIngredient)
// that are one of the kiosk's nine allergens, in the kiosk's order. GLUTEN is not "wheat"
// (barley and rye have it too), so it is listed as a problem rather than guessed.
const QList<std::pair<QString, QString>> Allergens = {
        {u"MILK"_s, u"milk"_s},       {u"EGGS"_s, u"eggs"_s},
        {u"FISH"_s, u"fish"_s},       {u"CRUSTACEANS"_s, u"shellfish"_s},
        {u"TREE_NUTS"_s, u"tree_nuts"_s}, {u"PEANUTS"_s, u"peanuts"_s},
        {u"SOY"_s, u"soy"_s},         {u"SESAME"_s, u"sesame"_s},
};

int ordinalOf(const QJsonObject &variation)
{
    return catalogData(variation).value(u"ordinal"_s).toInt(std::numeric_limits<int>::max());
}

} // namespace

CatalogItemMapper::CatalogItemMapper(Parts parts, const CatalogPriceRules &rules,
                                     QStringList *problems)
    : m_parts(parts), m_rules(rules), m_problems(problems)
{
}

std::optional<QJsonObject> CatalogItemMapper::map(const QJsonObject &item,
                                                  const QString &categoryId)
{
    const QString squareId = item.value(u"id"_s).toString();
    if (!kioskIdFor(SquareIdKind::Item, squareId)) {
        m_problems->append(problemLine(item, u"its id cannot be a kiosk id; not shown"_s));
        return std::nullopt;
    }
    if (!hasName(item)) {
        m_problems->append(problemLine(item, u"has no name; not shown"_s));
        return std::nullopt;
    }
    const QList<Variation> variations = sellableVariations(item);
    if (variations.isEmpty())
        return std::nullopt;

    QStringList groupIds;
    Cents price = variations.first().cents;
    QString id = *kioskIdFor(SquareIdKind::Variation, variations.first().object.value(u"id"_s).toString());
    if (variations.size() > 1) {
        id = *kioskIdFor(SquareIdKind::Item, squareId);
        groupIds = sizeGroup(item, variations, &price);
    }
    const CatalogModifierGroups::Attached modifiers = m_parts.groups.attach(item);
    groupIds += modifiers.groupIds;
    const bool allSoldOut = std::all_of(variations.cbegin(), variations.cend(),
                                        [](const Variation &v) { return v.soldOut; });

    const QJsonObject data = catalogData(item);
    QJsonObject kioskItem{
            {u"id"_s, id},
            {u"category"_s, categoryId},
            {u"name"_s, m_parts.texts.text(item, u"name"_s, catalogName(item))},
            {u"price_cents"_s, price},
            {u"image"_s, m_parts.images.imageFor(item)},
            {u"available"_s, !allSoldOut && modifiers.orderable},
            {u"modifier_groups"_s, QJsonArray::fromStringList(groupIds)},
            {u"tax_ids"_s, m_parts.taxes.taxIdsFor(item)},
    };
    const QString description = data.value(u"description_plaintext"_s)
                                        .toString(data.value(u"description"_s).toString())
                                        .trimmed();
    if (!description.isEmpty())
        kioskItem.insert(u"description"_s, m_parts.texts.text(item, u"description"_s, description));
    addFoodDetails(item, &kioskItem);
    return kioskItem;
}

// The variations a kiosk can sell, by ordinal; the others are listed (or absent: not a problem).
QList<CatalogItemMapper::Variation> CatalogItemMapper::sellableVariations(const QJsonObject &item) const
{
    QList<QJsonObject> all = m_parts.index.variationsOf(item.value(u"id"_s).toString());
    if (all.isEmpty()) {
        m_problems->append(problemLine(item, u"has no variations in the catalog; not shown"_s));
        return {};
    }
    std::stable_sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return ordinalOf(a) < ordinalOf(b);
    });
    QList<Variation> sellable;
    bool anyLive = false;
    for (const QJsonObject &variation : std::as_const(all)) {
        const QJsonObject data = catalogData(variation);
        // Absent here, or a stock component the store does not sell on its own (sellable false).
        if (!m_parts.index.isLive(variation) || !data.value(u"sellable"_s).toBool(true))
            continue;
        anyLive = true;
        if (!kioskIdFor(SquareIdKind::Variation, variation.value(u"id"_s).toString())) {
            m_problems->append(problemLine(variation, u"its id cannot be a kiosk id; not offered"_s));
            continue;
        }
        if (!data.value(u"measurement_unit_id"_s).toString().isEmpty()) {
            m_problems->append(problemLine(variation, u"sold by a measurement unit; a kiosk sells whole units; not offered"_s));
            continue;
        }
        const CatalogPrice price = catalogPrice(m_parts.index, data, m_rules);
        if (!price.problem.isEmpty()) {
            m_problems->append(problemLine(variation, price.problem + u"; not offered"_s));
            continue;
        }
        // A kiosk menu item costs at least a cent (config/menuparser.cpp), and the size
        // options are priced from the cheapest variation.
        if (price.cents == 0) {
            m_problems->append(problemLine(variation, u"free (price 0); a kiosk item costs at least 1 cent; not offered"_s));
            continue;
        }
        sellable.append({variation, price.cents, price.soldOut});
    }
    // Several: each is a size option the customer chooses by its name.
    if (sellable.size() > 1) {
        const auto unnamed = std::remove_if(sellable.begin(), sellable.end(), [&](const Variation &v) {
            if (hasName(v.object))
                return false;
            m_problems->append(problemLine(v.object, u"has no name to choose it by; not offered"_s));
            return true;
        });
        sellable.erase(unnamed, sellable.end());
    }
    if (sellable.isEmpty() && anyLive)
        m_problems->append(problemLine(item, u"none of its variations can be sold at a kiosk; not shown"_s));
    return sellable;
}

// The size group s_<item id>: the cheapest variation is the item's price and the default, the
// others cost the difference. Sold-out variations are left out (the store set them so; the
// item is sold out only when all are), unless all are, so the group stays valid.
QStringList CatalogItemMapper::sizeGroup(const QJsonObject &item,
                                         const QList<Variation> &variations, Cents *price)
{
    QList<Variation> offered;
    std::copy_if(variations.cbegin(), variations.cend(), std::back_inserter(offered),
                 [](const Variation &v) { return !v.soldOut; });
    if (offered.isEmpty())
        offered = variations;
    const auto cheapest = std::min_element(offered.cbegin(), offered.cend(),
                                           [](const Variation &a, const Variation &b) {
                                               return a.cents < b.cents;
                                           });
    *price = cheapest->cents;
    QJsonArray options;
    for (const Variation &variation : std::as_const(offered)) {
        options.append(QJsonObject{
                {u"id"_s, *kioskIdFor(SquareIdKind::Variation, variation.object.value(u"id"_s).toString())},
                {u"name"_s, m_parts.texts.text(variation.object, u"name"_s, catalogName(variation.object))},
                {u"price_cents"_s, variation.cents - *price},
                {u"default"_s, &variation == &*cheapest},
        });
    }
    // Square's item has no name for its variations' choice (item options are not fetched).
    const QString id = *kioskIdFor(SquareIdKind::SizeGroup, item.value(u"id"_s).toString());
    m_parts.groups.add(id, QJsonObject{
            {u"id"_s, id},
            {u"name"_s, m_parts.texts.builtIn({{u"en"_s, u"Size"_s}, {u"es"_s, u"Tamaño"_s}})},
            {u"min"_s, 1},
            {u"max"_s, 1},
            {u"options"_s, options},
    });
    return {id};
}

// Calories and allergens from food_and_beverage_details where Square has them; else 0 and []
// (the kiosk shows no calories then, and claims no allergen).
void CatalogItemMapper::addFoodDetails(const QJsonObject &item, QJsonObject *kioskItem) const
{
    const QJsonObject details = catalogData(item).value(u"food_and_beverage_details"_s).toObject();
    const qint64 calories = details.value(u"calorie_count"_s).toInteger(0);
    if (calories < 0 || calories > MaxCalories)
        m_problems->append(problemLine(item, u"calorie_count %1 is not 0 to %2; not shown"_s.arg(calories).arg(MaxCalories)));
    kioskItem->insert(u"calories"_s, calories >= 0 && calories <= MaxCalories ? calories : 0);

    QStringList found;
    for (const QJsonValue &value : details.value(u"ingredients"_s).toArray()) {
        const QJsonObject ingredient = value.toObject();
        const QString name = ingredient.value(u"standard_name"_s).toString();
        const auto known = std::find_if(Allergens.cbegin(), Allergens.cend(),
                                        [&](const auto &a) { return a.first == name; });
        if (known != Allergens.cend()) {
            found.append(known->second);
        } else {
            const QString shown = name.isEmpty() ? ingredient.value(u"custom_name"_s).toString() : name;
            m_problems->append(problemLine(item, u"ingredient \"%1\" is not one of the kiosk's allergens; not shown"_s.arg(shown)));
        }
    }
    QJsonArray allergens;
    for (const auto &[square, kiosk] : Allergens) {
        if (found.contains(kiosk))
            allergens.append(kiosk);
    }
    kioskItem->insert(u"allergens"_s, allergens);
}

} // namespace kiosk
