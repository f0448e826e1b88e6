#include "square/catalogmapper.h"

#include "square/catalogindex.h"
#include "square/catalogitemmapper.h"
#include "square/catalogmodifiergroups.h"
#include "square/catalogtaxes.h"
#include "square/catalogtexts.h"
#include "square/squareids.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// CatalogItemProductType values a restaurant kiosk has nothing to do with (bookings, events,
// gift cards, online-only goods): left out as the store's own business, not as problems.
const QStringList OtherChannelProductTypes = {
        u"GIFT_CARD"_s, u"APPOINTMENTS_SERVICE"_s, u"EVENT"_s, u"DIGITAL"_s, u"DONATION"_s,
        u"LEGACY_SQUARE_ONLINE_SERVICE"_s, u"LEGACY_SQUARE_ONLINE_MEMBERSHIP"_s,
};
const QStringList SellableProductTypes = {QString(), u"REGULAR"_s, u"FOOD_AND_BEV"_s};

// Names compare without case, then exactly, then by id: a total order that does not depend on
// the machine's locale, so the document is the same on every kiosk.
bool nameBefore(const QJsonObject &a, const QJsonObject &b)
{
    const QString na = catalogName(a);
    const QString nb = catalogName(b);
    if (const int c = na.compare(nb, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (na != nb)
        return na < nb;
    return a.value(u"id"_s).toString() < b.value(u"id"_s).toString();
}

struct PlacedItem
{
    QJsonObject item;
    int ordinal = std::numeric_limits<int>::max(); // its place in the category (Square's)
};

// The item's category: the first of its categories the kiosk has (the deprecated category_id
// when it has none), or "" when none.
QString categoryOf(const QJsonObject &item, const QMap<QString, QJsonObject> &categories,
                   int *ordinal)
{
    const QJsonObject data = catalogData(item);
    for (const QJsonValue &value : data.value(u"categories"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        if (categories.contains(id)) {
            *ordinal = entry.value(u"ordinal"_s).toInt(std::numeric_limits<int>::max());
            return id;
        }
    }
    const QString deprecated = data.value(u"category_id"_s).toString();
    return categories.contains(deprecated) ? deprecated : QString();
}

} // namespace

CatalogMapping mapCatalog(const QJsonArray &objects, const CatalogMapInput &input)
{
    CatalogMapping mapping;
    QStringList &problems = mapping.problems;
    const CatalogIndex index(objects, input.locationId);
    problems += index.malformed();
    const CatalogTexts texts(input.languages, input.translations, &problems);
    const CatalogPriceRules rules{input.currency, input.now};
    const CatalogTaxes taxes(index, texts, &problems);
    const QString placeholder = input.placeholderImage.isEmpty()
            ? input.imageFolder + u"/placeholder.png"_s
            : input.placeholderImage;
    CatalogImages images(index, input.imageFolder, placeholder, &problems);
    CatalogModifierGroups groups(index, texts, rules, &problems);
    CatalogItemMapper itemMapper({index, texts, taxes, images, groups}, rules, &problems);

    // Deleted or absent at this location: the store's choice, left out without a problem line.
    QMap<QString, QJsonObject> categories;
    for (const QJsonObject &category : index.ofType(u"CATEGORY"_s)) {
        if (!index.isLive(category))
            continue;
        if (!kioskIdFor(SquareIdKind::Category, category.value(u"id"_s).toString()))
            problems.append(problemLine(category, u"its id cannot be a kiosk id; its items have no category"_s));
        else if (!hasName(category))
            problems.append(problemLine(category, u"has no name; its items have no category"_s));
        else
            categories.insert(category.value(u"id"_s).toString(), category);
    }

    QHash<QString, QList<PlacedItem>> itemsByCategory;
    for (const QJsonObject &item : index.ofType(u"ITEM"_s)) {
        const QJsonObject data = catalogData(item);
        // Deleted, archived or absent here: the store's choice, not a problem.
        if (!index.isLive(item) || data.value(u"is_archived"_s).toBool())
            continue;
        const QString productType = data.value(u"product_type"_s).toString();
        if (OtherChannelProductTypes.contains(productType))
            continue;
        if (!SellableProductTypes.contains(productType)) {
            problems.append(problemLine(item, u"product type %1 cannot be sold at a kiosk; not shown"_s.arg(productType)));
            continue;
        }
        PlacedItem placed{item};
        const QString category = categoryOf(item, categories, &placed.ordinal);
        if (category.isEmpty()) {
            problems.append(problemLine(item, u"none of its categories is on the kiosk's menu; not shown"_s));
            continue;
        }
        itemsByCategory[category].append(placed);
    }

    QList<QJsonObject> orderedCategories = categories.values();
    std::sort(orderedCategories.begin(), orderedCategories.end(), nameBefore);
    QJsonArray kioskCategories;
    QJsonArray kioskItems;
    for (const QJsonObject &category : std::as_const(orderedCategories)) {
        const QString squareId = category.value(u"id"_s).toString();
        QList<PlacedItem> placed = itemsByCategory.value(squareId);
        std::sort(placed.begin(), placed.end(), [](const PlacedItem &a, const PlacedItem &b) {
            if (a.ordinal != b.ordinal)
                return a.ordinal < b.ordinal;
            return nameBefore(a.item, b.item);
        });
        const QString categoryId = *kioskIdFor(SquareIdKind::Category, squareId);
        qsizetype shown = 0;
        for (const PlacedItem &entry : std::as_const(placed)) {
            if (const auto kioskItem = itemMapper.map(entry.item, categoryId)) {
                kioskItems.append(*kioskItem);
                ++shown;
            }
        }
        // A kiosk menu refuses an empty category; one whose items are all absent here (or
        // listed above) is simply not on this kiosk's menu.
        if (shown == 0)
            continue;
        kioskCategories.append(QJsonObject{
                {u"id"_s, categoryId},
                {u"name"_s, texts.text(category, u"name"_s, catalogName(category))},
                {u"image"_s, images.imageFor(category)},
        });
    }

    mapping.menu = QJsonObject{
            {u"schema"_s, 1},
            {u"categories"_s, kioskCategories},
            {u"modifier_groups"_s, groups.groups()},
            {u"items"_s, kioskItems},
            {u"taxes"_s, taxes.taxes()},
    };
    problems.sort();
    problems.removeDuplicates();
    mapping.images = images.images();
    return mapping;
}

} // namespace kiosk
