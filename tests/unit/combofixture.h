#pragma once

// test::sampleMenu() with sides and two combos:
// - "burger_meal" $11.99 (meals): main burger | tenders +1.00; side fries; drink soda | shake +0.50
//   (the shake is sold out);
// - "snack_box" $5.99 (meals): two sides of fries | rings +0.50.
#include "domain/comboselection.h"
#include "menufixture.h"

namespace kiosk::test {

inline Combo comboOf(const char *id, Cents price, QList<ComboStep> steps)
{
    Combo combo;
    combo.id = QString::fromLatin1(id);
    combo.categoryId = QStringLiteral("meals");
    combo.name = text(combo.id);
    combo.priceCents = price;
    combo.steps = std::move(steps);
    return combo;
}

inline Menu comboMenu()
{
    const Menu base = sampleMenu();
    QList<Category> categories = base.categories();
    categories.append({QStringLiteral("meals"), text("Meals", "Combos"), {}});
    QList<MenuItem> items = base.items();
    MenuItem fries;
    fries.id = QStringLiteral("fries");
    fries.categoryId = QStringLiteral("mains");
    fries.name = text("Fries", "Papas");
    fries.priceCents = 299;
    items.append(fries);
    MenuItem rings = fries;
    rings.id = QStringLiteral("rings");
    rings.name = text("Onion rings", "Aros de cebolla");
    rings.priceCents = 349;
    items.append(rings);
    const QList<Combo> combos{
        comboOf("burger_meal", 1199,
                {{QStringLiteral("main"), text("Main"), 1,
                  {{QStringLiteral("burger"), 0}, {QStringLiteral("tenders"), 100}}},
                 {QStringLiteral("side"), text("Side"), 1, {{QStringLiteral("fries"), 0}}},
                 {QStringLiteral("drink"), text("Drink"), 1,
                  {{QStringLiteral("soda"), 0}, {QStringLiteral("shake"), 50}}}}),
        comboOf("snack_box", 599,
                {{QStringLiteral("sides"), text("Sides"), 2,
                  {{QStringLiteral("fries"), 0}, {QStringLiteral("rings"), 50}}}}),
    };
    return Menu(categories, base.modifierGroups(), items, base.taxes(), combos);
}

// A complete burger meal: the burger with `burgerOptions` toggled in (group, option pairs),
// fries and a soda.
inline ComboSelection burgerMeal(const Menu &menu, const QList<std::pair<const char *, const char *>> &burgerOptions = {})
{
    ComboSelection meal(menu, *menu.combo(QStringLiteral("burger_meal")));
    ItemSelection burger = withDefaults(menu, "burger");
    for (const auto &[group, option] : burgerOptions)
        burger.toggle(QString::fromLatin1(group), QString::fromLatin1(option));
    meal.pick(QStringLiteral("main"), burger);
    meal.pick(QStringLiteral("side"), withDefaults(menu, "fries"));
    meal.pick(QStringLiteral("drink"), withDefaults(menu, "soda"));
    return meal;
}

} // namespace kiosk::test
