#pragma once

#include "square/catalogprice.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kiosk {

class CatalogIndex;
class CatalogTexts;
class CatalogTaxes;
class CatalogImages;
class CatalogModifierGroups;

// One Square ITEM as one kiosk item: its variations as the price (one) or a size group
// (several), its modifier lists, taxes, image, texts, calories and allergens.
class CatalogItemMapper
{
public:
    struct Parts
    {
        const CatalogIndex &index;
        const CatalogTexts &texts;
        const CatalogTaxes &taxes;
        CatalogImages &images;
        CatalogModifierGroups &groups;
    };
    CatalogItemMapper(Parts parts, const CatalogPriceRules &rules, QStringList *problems);

    // The kiosk item in category `categoryId`, or nullopt when it cannot be shown (listed in
    // the problems unless the store chose it: absent at the location).
    std::optional<QJsonObject> map(const QJsonObject &item, const QString &categoryId);

private:
    using Variation = PricedObject;
    QList<Variation> sellableVariations(const QJsonObject &item) const;
    QStringList sizeGroup(const QJsonObject &item, const QList<Variation> &variations,
                          Cents *price);
    void addFoodDetails(const QJsonObject &item, QJsonObject *kioskItem) const;

    Parts m_parts;
    CatalogPriceRules m_rules;
    QStringList *m_problems;
};

} // namespace kiosk
