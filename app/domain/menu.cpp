#include "domain/menu.h"

#include <algorithm>

namespace kiosk {

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &e) { return e.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const ModifierOption *ModifierGroup::option(const QString &optionId) const
{
    return findById(options, optionId);
}

Menu::Menu(QList<Category> categories, QList<ModifierGroup> groups, QList<MenuItem> items,
           QList<Tax> taxes, QList<Combo> combos)
    : m_categories(std::move(categories)),
      m_groups(std::move(groups)),
      m_items(std::move(items)),
      m_taxes(std::move(taxes)),
      m_combos(std::move(combos))
{
}

const ComboChoice *ComboStep::choice(const QString &itemId) const
{
    const auto it = std::find_if(choices.cbegin(), choices.cend(),
                                 [&](const ComboChoice &c) { return c.itemId == itemId; });
    return it == choices.cend() ? nullptr : &*it;
}

const ComboStep *Combo::step(const QString &stepId) const { return findById(steps, stepId); }

const Category *Menu::category(const QString &id) const { return findById(m_categories, id); }
const ModifierGroup *Menu::modifierGroup(const QString &id) const { return findById(m_groups, id); }
const MenuItem *Menu::item(const QString &id) const { return findById(m_items, id); }
const Tax *Menu::tax(const QString &id) const { return findById(m_taxes, id); }
const Combo *Menu::combo(const QString &id) const { return findById(m_combos, id); }

std::optional<QList<Tax>> Menu::taxesOf(const std::optional<QStringList> &taxIds) const
{
    if (!taxIds)
        return std::nullopt;
    QList<Tax> taxes;
    for (const QString &taxId : *taxIds) {
        if (const Tax *t = tax(taxId))
            taxes.append(*t);
    }
    return taxes;
}

std::optional<QList<Tax>> Menu::taxesOf(const MenuItem &item) const { return taxesOf(item.taxIds); }
std::optional<QList<Tax>> Menu::taxesOf(const Combo &combo) const { return taxesOf(combo.taxIds); }

QList<const Combo *> Menu::combosWithMain(const QString &itemId) const
{
    return combosWhere([&](const Combo &c) { return !c.steps.isEmpty() && c.steps.constFirst().choice(itemId); });
}

QList<const Combo *> Menu::combosInCategory(const QString &categoryId) const
{
    return combosWhere([&](const Combo &c) { return c.categoryId == categoryId; });
}

QList<const Combo *> Menu::combosWhere(const std::function<bool(const Combo &)> &matches) const
{
    QList<const Combo *> result;
    for (const Combo &combo : m_combos) {
        if (matches(combo))
            result.append(&combo);
    }
    return result;
}

QList<const MenuItem *> Menu::itemsInCategory(const QString &categoryId) const
{
    QList<const MenuItem *> result;
    for (const MenuItem &item : m_items) {
        if (item.categoryId == categoryId)
            result.append(&item);
    }
    return result;
}

QList<const ModifierGroup *> Menu::groupsOf(const MenuItem &item) const
{
    QList<const ModifierGroup *> result;
    for (const QString &groupId : item.modifierGroupIds) {
        if (const ModifierGroup *group = modifierGroup(groupId))
            result.append(group);
    }
    return result;
}

bool Menu::isVisibleAt(const Category &category, const QDateTime &utc, const QTimeZone &zone) const
{
    return isOpenAt(category.availableAt, utc, zone);
}

bool Menu::isVisibleAt(const MenuItem &item, const QDateTime &utc, const QTimeZone &zone) const
{
    const Category *owner = category(item.categoryId);
    return isOpenAt(item.availableAt, utc, zone) && (!owner || isVisibleAt(*owner, utc, zone));
}

bool Menu::isOrderableAt(const MenuItem &item, const QDateTime &utc, const QTimeZone &zone) const
{
    return item.available && isVisibleAt(item, utc, zone);
}

} // namespace kiosk
