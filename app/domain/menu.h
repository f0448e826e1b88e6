#pragma once

#include "domain/localizedtext.h"
#include "domain/money.h"
#include "domain/upsellrules.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

struct ModifierOption
{
    QString id;
    LocalizedText name;
    Cents priceCents = 0;
    bool isDefault = false;
};

// A choice on an item ("Size", "Extras"): between `min` and `max` options are picked.
struct ModifierGroup
{
    QString id;
    LocalizedText name;
    int min = 0;
    int max = 1;
    QList<ModifierOption> options;

    const ModifierOption *option(const QString &optionId) const;
    bool isRequired() const { return min > 0; }
};

// A tax the store charges (a Square CatalogTax): `inclusive` taxes are already inside the price,
// the others are added on top of it. How they are computed: app/domain/pricing.h.
struct Tax
{
    QString id;
    LocalizedText name;
    int rateBps = 0; // basis points, 825 = 8.25 %
    bool inclusive = false;

    bool operator==(const Tax &) const = default;
};

struct MenuItem
{
    QString id;
    QString categoryId;
    LocalizedText name;
    LocalizedText description;
    Cents priceCents = 0;
    QString image; // absolute path, resolved by the config loader
    bool available = true;
    int calories = 0;
    QStringList allergens;
    QStringList modifierGroupIds;
    // The ids of the menu's taxes on this item. nullopt: the store's tax_rate_bps, added on
    // top (every menu before per-item taxes); empty: the item is not taxed.
    std::optional<QStringList> taxIds;
};

struct Category
{
    QString id;
    LocalizedText name;
    QString image; // absolute path
};

// A validated menu. Lookups return nullptr for unknown ids.
class Menu
{
public:
    Menu() = default;
    Menu(QList<Category> categories, QList<ModifierGroup> groups, QList<MenuItem> items,
         QList<Tax> taxes = {});

    const QList<Category> &categories() const { return m_categories; }
    const QList<ModifierGroup> &modifierGroups() const { return m_groups; }
    const QList<MenuItem> &items() const { return m_items; }
    const QList<Tax> &taxes() const { return m_taxes; }
    // The suggestion rules (menu.json "upsell"); empty when the menu has none.
    const UpsellRules &upsell() const { return m_upsell; }
    void setUpsell(UpsellRules upsell) { m_upsell = std::move(upsell); }

    const Category *category(const QString &id) const;
    const ModifierGroup *modifierGroup(const QString &id) const;
    const MenuItem *item(const QString &id) const;
    const Tax *tax(const QString &id) const;
    // The taxes on `item`, in the order it lists them; nullopt: the store's rate (see taxIds).
    std::optional<QList<Tax>> taxesOf(const MenuItem &item) const;
    QList<const MenuItem *> itemsInCategory(const QString &categoryId) const;
    // The groups of an item, in the order the item lists them.
    QList<const ModifierGroup *> groupsOf(const MenuItem &item) const;

private:
    QList<Category> m_categories;
    QList<ModifierGroup> m_groups;
    QList<MenuItem> m_items;
    QList<Tax> m_taxes;
    UpsellRules m_upsell;
};

} // namespace kiosk
