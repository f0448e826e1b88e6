#pragma once

#include "domain/menu.h"

#include <QHash>
#include <optional>

namespace kiosk {

// The options a customer has picked for one item, checked against the item's group rules.
// Holds copies of the item and its groups, so a menu reload never leaves it dangling.
class ItemSelection
{
public:
    enum class Toggle { Selected, Deselected, Replaced, Unchanged, RefusedAtMax, UnknownOption };

    // Every group's default options picked.
    static ItemSelection withDefaults(const Menu &menu, const MenuItem &item);
    // Exactly these options, or nullopt when one is unknown for the item or breaks a max rule.
    static std::optional<ItemSelection> fromOptionIds(const Menu &menu, const MenuItem &item,
                                                      const QStringList &optionIds);

    // Single-choice groups (max 1) replace the pick; a required single choice cannot be
    // cleared by tapping it again; multi-choice groups refuse picks beyond max.
    Toggle toggle(const QString &groupId, const QString &optionId);

    const MenuItem &item() const { return m_item; }
    // The item's taxes as the menu had them; nullopt: the store's rate (MenuItem::taxIds).
    const std::optional<QList<Tax>> &taxes() const { return m_taxes; }
    const QList<ModifierGroup> &groups() const { return m_groups; }
    bool isSelected(const QString &groupId, const QString &optionId) const;
    int selectedCount(const QString &groupId) const;
    // Ids of groups whose minimum is not met yet, in item order.
    QStringList unmetGroupIds() const;
    bool isComplete() const { return unmetGroupIds().isEmpty(); }

    // Picked option ids in group order, then option order: a stable identity for cart merging.
    QStringList optionIds() const;
    QList<const ModifierOption *> selectedOptions() const;
    Cents unitPriceCents() const;
    // The item with each group's default options, whatever is picked now: what a free-item
    // loyalty reward gives away (domain/loyalty.h).
    Cents defaultUnitPriceCents() const;

private:
    ItemSelection(const Menu &menu, MenuItem item, QList<ModifierGroup> groups);
    const ModifierGroup *group(const QString &groupId) const;

    MenuItem m_item;
    QList<ModifierGroup> m_groups;
    std::optional<QList<Tax>> m_taxes;
    QHash<QString, QStringList> m_picked; // group id -> option ids, kept in option order
};

} // namespace kiosk
