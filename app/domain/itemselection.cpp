#include "domain/itemselection.h"

namespace kiosk {

ItemSelection::ItemSelection(const Menu &menu, MenuItem item, QList<ModifierGroup> groups)
    : m_item(std::move(item)), m_groups(std::move(groups)), m_taxes(menu.taxesOf(m_item))
{
}

ItemSelection ItemSelection::withDefaults(const Menu &menu, const MenuItem &item)
{
    QList<ModifierGroup> groups;
    for (const ModifierGroup *g : menu.groupsOf(item))
        groups.append(*g);
    ItemSelection selection(menu, item, groups);
    for (const ModifierGroup &g : selection.m_groups) {
        QStringList defaults;
        for (const ModifierOption &o : g.options) {
            if (o.isDefault && defaults.size() < g.max)
                defaults.append(o.id);
        }
        if (!defaults.isEmpty())
            selection.m_picked.insert(g.id, defaults);
    }
    return selection;
}

std::optional<ItemSelection> ItemSelection::fromOptionIds(const Menu &menu, const MenuItem &item,
                                                          const QStringList &optionIds)
{
    QList<ModifierGroup> groups;
    for (const ModifierGroup *g : menu.groupsOf(item))
        groups.append(*g);
    ItemSelection selection(menu, item, groups);
    for (const QString &optionId : optionIds) {
        const ModifierGroup *owner = nullptr;
        for (const ModifierGroup &g : selection.m_groups) {
            if (g.option(optionId)) {
                owner = &g;
                break;
            }
        }
        if (!owner)
            return std::nullopt;
        QStringList &picked = selection.m_picked[owner->id];
        if (picked.contains(optionId) || picked.size() >= owner->max)
            return std::nullopt;
        picked.append(optionId);
    }
    // Keep the canonical option order whatever order the ids came in.
    for (const ModifierGroup &g : selection.m_groups) {
        QStringList ordered;
        for (const ModifierOption &o : g.options) {
            if (selection.m_picked.value(g.id).contains(o.id))
                ordered.append(o.id);
        }
        if (!ordered.isEmpty())
            selection.m_picked.insert(g.id, ordered);
    }
    return selection;
}

const ModifierGroup *ItemSelection::group(const QString &groupId) const
{
    for (const ModifierGroup &g : m_groups) {
        if (g.id == groupId)
            return &g;
    }
    return nullptr;
}

ItemSelection::Toggle ItemSelection::toggle(const QString &groupId, const QString &optionId)
{
    const ModifierGroup *g = group(groupId);
    if (!g || !g->option(optionId))
        return Toggle::UnknownOption;

    QStringList &picked = m_picked[groupId];
    if (picked.contains(optionId)) {
        if (g->max == 1 && g->min == 1)
            return Toggle::Unchanged;
        picked.removeOne(optionId);
        return Toggle::Deselected;
    }
    if (g->max == 1 && !picked.isEmpty()) {
        picked = {optionId};
        return Toggle::Replaced;
    }
    if (picked.size() >= g->max)
        return Toggle::RefusedAtMax;

    QStringList ordered;
    for (const ModifierOption &o : g->options) {
        if (o.id == optionId || picked.contains(o.id))
            ordered.append(o.id);
    }
    picked = ordered;
    return Toggle::Selected;
}

bool ItemSelection::isSelected(const QString &groupId, const QString &optionId) const
{
    return m_picked.value(groupId).contains(optionId);
}

int ItemSelection::selectedCount(const QString &groupId) const
{
    return int(m_picked.value(groupId).size());
}

QStringList ItemSelection::unmetGroupIds() const
{
    QStringList unmet;
    for (const ModifierGroup &g : m_groups) {
        if (selectedCount(g.id) < g.min)
            unmet.append(g.id);
    }
    return unmet;
}

QStringList ItemSelection::optionIds() const
{
    QStringList ids;
    for (const ModifierOption *o : selectedOptions())
        ids.append(o->id);
    return ids;
}

QList<const ModifierOption *> ItemSelection::selectedOptions() const
{
    QList<const ModifierOption *> options;
    for (const ModifierGroup &g : m_groups) {
        const QStringList picked = m_picked.value(g.id);
        for (const ModifierOption &o : g.options) {
            if (picked.contains(o.id))
                options.append(&o);
        }
    }
    return options;
}

Cents ItemSelection::unitPriceCents() const
{
    Cents price = m_item.priceCents;
    for (const ModifierOption *o : selectedOptions())
        price += o->priceCents;
    return price;
}

Cents ItemSelection::defaultUnitPriceCents() const
{
    Cents price = m_item.priceCents;
    for (const ModifierGroup &g : m_groups) {
        int picked = 0; // the same defaults withDefaults() picks
        for (const ModifierOption &o : g.options) {
            if (o.isDefault && picked < g.max) {
                price += o.priceCents;
                ++picked;
            }
        }
    }
    return price;
}

} // namespace kiosk
