#pragma once

#include "domain/availabilitywindow.h"
#include "domain/combo.h"
#include "domain/localizedtext.h"
#include "domain/money.h"
#include "domain/upsellrules.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
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
    // When it is on sale, on the store's clock (its category's windows apply too); empty: always.
    QList<AvailabilityWindow> availableAt;
};

struct Category
{
    QString id;
    LocalizedText name;
    QString image; // absolute path
    // When it and its items are shown, on the store's clock; empty: always. ("= {}" lets the
    // brace-initialised categories of older code leave it out without a warning.)
    QList<AvailabilityWindow> availableAt = {};
};

// A validated menu. Lookups return nullptr for unknown ids.
class Menu
{
public:
    Menu() = default;
    Menu(QList<Category> categories, QList<ModifierGroup> groups, QList<MenuItem> items,
         QList<Tax> taxes = {}, QList<Combo> combos = {});

    const QList<Category> &categories() const { return m_categories; }
    const QList<ModifierGroup> &modifierGroups() const { return m_groups; }
    const QList<MenuItem> &items() const { return m_items; }
    const QList<Tax> &taxes() const { return m_taxes; }
    const QList<Combo> &combos() const { return m_combos; }
    // The suggestion rules (menu.json "upsell"); empty when the menu has none.
    const UpsellRules &upsell() const { return m_upsell; }
    void setUpsell(UpsellRules upsell) { m_upsell = std::move(upsell); }

    const Category *category(const QString &id) const;
    const ModifierGroup *modifierGroup(const QString &id) const;
    const MenuItem *item(const QString &id) const;
    const Tax *tax(const QString &id) const;
    const Combo *combo(const QString &id) const;
    // The taxes on `item`, in the order it lists them; nullopt: the store's rate (see taxIds).
    std::optional<QList<Tax>> taxesOf(const MenuItem &item) const;
    std::optional<QList<Tax>> taxesOf(const Combo &combo) const;
    // The combos whose first step (their main) offers `itemId`, in menu order.
    QList<const Combo *> combosWithMain(const QString &itemId) const;
    QList<const Combo *> combosInCategory(const QString &categoryId) const;
    QList<const MenuItem *> itemsInCategory(const QString &categoryId) const;
    // The groups of an item, in the order the item lists them.
    QList<const ModifierGroup *> groupsOf(const MenuItem &item) const;

    // Dayparts, read on the wall clock of `zone` at the instant `utc`. Outside its windows a
    // category or an item is not shown at all; an item's category's windows apply to it too.
    bool isVisibleAt(const Category &category, const QDateTime &utc, const QTimeZone &zone) const;
    bool isVisibleAt(const MenuItem &item, const QDateTime &utc, const QTimeZone &zone) const;
    // Shown and not sold out: what a cart line may hold at checkout.
    bool isOrderableAt(const MenuItem &item, const QDateTime &utc, const QTimeZone &zone) const;

private:
    std::optional<QList<Tax>> taxesOf(const std::optional<QStringList> &taxIds) const;
    QList<const Combo *> combosWhere(const std::function<bool(const Combo &)> &matches) const;

    QList<Category> m_categories;
    QList<ModifierGroup> m_groups;
    QList<MenuItem> m_items;
    QList<Tax> m_taxes;
    QList<Combo> m_combos;
    UpsellRules m_upsell;
};

} // namespace kiosk
