#include "domain/menuinforce.h"

#include <QSet>
#include <algorithm>

namespace kiosk {

namespace {

bool isPausedAt(const PausedUntil &pausedUntil, const QString &itemId, const QDateTime &utc)
{
    const auto it = pausedUntil.constFind(itemId);
    return it != pausedUntil.cend() && *it > utc;
}

// `combo` with only the choices of items in `shownItems`; nullopt when a step is left empty.
std::optional<Combo> comboOf(Combo combo, const QSet<QString> &shownItems)
{
    for (ComboStep &step : combo.steps) {
        step.choices.removeIf([&](const ComboChoice &c) { return !shownItems.contains(c.itemId); });
        if (step.choices.isEmpty())
            return std::nullopt;
    }
    return combo;
}

void keepEarliest(std::optional<QDateTime> *earliest, const std::optional<QDateTime> &candidate)
{
    if (candidate && (!*earliest || *candidate < **earliest))
        *earliest = candidate;
}

} // namespace

Menu menuAt(const Menu &menu, const QDateTime &utc, const QTimeZone &zone, const PausedUntil &pausedUntil)
{
    QList<MenuItem> items;
    QSet<QString> shownItems;
    QSet<QString> shownCategories; // those with something left to show
    for (const MenuItem &item : menu.items()) {
        if (!menu.isVisibleAt(item, utc, zone))
            continue;
        items.append(item);
        if (isPausedAt(pausedUntil, item.id, utc))
            items.last().available = false;
        shownItems.insert(item.id);
        shownCategories.insert(item.categoryId);
    }
    QList<Combo> combos;
    for (const Combo &combo : menu.combos()) {
        const Category *category = menu.category(combo.categoryId);
        if (!isOpenAt(combo.availableAt, utc, zone) || (category && !menu.isVisibleAt(*category, utc, zone)))
            continue;
        if (std::optional<Combo> shown = comboOf(combo, shownItems)) {
            combos.append(std::move(*shown));
            shownCategories.insert(combo.categoryId);
        }
    }
    QList<Category> categories = menu.categories();
    categories.removeIf([&](const Category &c) { return !shownCategories.contains(c.id); });
    Menu shown(std::move(categories), menu.modifierGroups(), std::move(items), menu.taxes(), std::move(combos));
    shown.setUpsell(menu.upsell());
    return shown;
}

std::optional<QDateTime> nextMenuChangeAfter(const Menu &menu, const QDateTime &utc, const QTimeZone &zone,
                                             const PausedUntil &pausedUntil)
{
    std::optional<QDateTime> earliest;
    for (const Category &category : menu.categories())
        keepEarliest(&earliest, nextChangeAfter(category.availableAt, utc, zone));
    for (const MenuItem &item : menu.items())
        keepEarliest(&earliest, nextChangeAfter(item.availableAt, utc, zone));
    for (const Combo &combo : menu.combos())
        keepEarliest(&earliest, nextChangeAfter(combo.availableAt, utc, zone));
    for (auto it = pausedUntil.cbegin(); it != pausedUntil.cend(); ++it) {
        if (*it > utc && menu.item(it.key()))
            keepEarliest(&earliest, it->toUTC());
    }
    return earliest;
}

} // namespace kiosk
