#pragma once

// A small menu built in code for domain tests: a burger with a required size (with a default)
// and up to two extras, tenders with a required sauce and no default, a sold-out shake.
#include "domain/itemselection.h"
#include "domain/menu.h"

namespace kiosk::test {

inline LocalizedText text(const QString &en, const QString &es = {})
{
    return LocalizedText{{{QStringLiteral("en"), en}, {QStringLiteral("es"), es.isEmpty() ? en : es}}};
}

inline Menu sampleMenu()
{
    const QList<Category> categories{
        {QStringLiteral("mains"), text("Mains", "Platos"), {}},
        {QStringLiteral("drinks"), text("Drinks", "Bebidas"), {}},
    };
    const QList<ModifierGroup> groups{
        {QStringLiteral("size"), text("Size", "Tamaño"), 1, 1,
         {{QStringLiteral("single"), text("Single"), 0, true},
          {QStringLiteral("double"), text("Double"), 250, false}}},
        {QStringLiteral("extras"), text("Extras"), 0, 2,
         {{QStringLiteral("bacon"), text("Bacon"), 150, false},
          {QStringLiteral("cheese"), text("Cheese"), 100, false},
          {QStringLiteral("avocado"), text("Avocado"), 175, false}}},
        {QStringLiteral("sauce"), text("Sauce", "Salsa"), 1, 1,
         {{QStringLiteral("bbq"), text("BBQ"), 0, false},
          {QStringLiteral("ranch"), text("Ranch"), 50, false}}},
    };
    QList<MenuItem> items;
    MenuItem burger;
    burger.id = QStringLiteral("burger");
    burger.categoryId = QStringLiteral("mains");
    burger.name = text("Burger", "Hamburguesa");
    burger.priceCents = 899;
    burger.modifierGroupIds = {QStringLiteral("size"), QStringLiteral("extras")};
    items.append(burger);
    MenuItem tenders;
    tenders.id = QStringLiteral("tenders");
    tenders.categoryId = QStringLiteral("mains");
    tenders.name = text("Tenders");
    tenders.priceCents = 749;
    tenders.modifierGroupIds = {QStringLiteral("sauce")};
    items.append(tenders);
    MenuItem shake;
    shake.id = QStringLiteral("shake");
    shake.categoryId = QStringLiteral("drinks");
    shake.name = text("Shake", "Malteada");
    shake.priceCents = 499;
    shake.available = false;
    items.append(shake);
    MenuItem soda;
    soda.id = QStringLiteral("soda");
    soda.categoryId = QStringLiteral("drinks");
    soda.name = text("Soda", "Refresco");
    soda.priceCents = 199;
    items.append(soda);
    return Menu(categories, groups, items);
}

// One item, "water" at $11.00, whose price holds a 10 % inclusive tax ("t_vat"): $1.00 of it.
inline Menu inclusiveTaxMenu()
{
    MenuItem water;
    water.id = QStringLiteral("water");
    water.categoryId = QStringLiteral("drinks");
    water.name = text("Water", "Agua");
    water.priceCents = 1100;
    water.taxIds = QStringList{QStringLiteral("t_vat")};
    return Menu({}, {}, {water}, {Tax{QStringLiteral("t_vat"), text("VAT", "IVA"), 1000, true}});
}

// `itemId` of `menu` with its default choices.
inline ItemSelection withDefaults(const Menu &menu, const char *itemId)
{
    return ItemSelection::withDefaults(menu, *menu.item(QString::fromLatin1(itemId)));
}

} // namespace kiosk::test
