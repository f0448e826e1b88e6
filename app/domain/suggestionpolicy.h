#pragma once

#include "domain/menu.h"

#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

class Cart;

// One prompt to show the customer.
struct Suggestion
{
    enum class Kind { MakeItAMeal, Item };

    // The rule that made it; for MakeItAMeal, SuggestionPolicy::MakeItAMealRuleId.
    QString ruleId;
    // The item to suggest; for MakeItAMeal, the combo offered for the added item.
    QString itemId;
    Kind kind = Kind::Item;

    bool operator==(const Suggestion &) const = default;
};

// The cart as suggestions see it: its lines, and the items inside its combo lines (kept
// apart so this builds without knowing how a combo line is stored).
struct CartContents
{
    const Cart &cart;
    QSet<QString> comboPartItemIds;
};

// Which suggestion, if any, the menu's upsell rules make at a moment of the visit. Pure: what
// "orderable now" means (sold out, dayparts, pauses) is given, as is which combo an item is
// the main of. Whether a prompt was already shown is SuggestionLog's business.
class SuggestionPolicy
{
public:
    // Counted as a rule of its own (UpsellCounts), so it must not be a rule's id.
    static inline const QString MakeItAMealRuleId = QStringLiteral("make_it_a_meal");

    using IsOrderable = std::function<bool(const MenuItem &)>;

    // `menu` must outlive the policy. Without `isOrderable`, an item is orderable when the
    // menu says it is available.
    explicit SuggestionPolicy(const Menu &menu, IsOrderable isOrderable = {});

    // After `addedItemId` was added (`contents` already holds it). `mealComboId`, when set, is
    // the combo to offer as "Make it a meal" (the caller leaves it unset when a combo of that
    // item is already in the cart): it takes the place of every rule for this add. Otherwise
    // the first after_add rule that matches the item and has a suggestable item.
    std::optional<Suggestion> afterAdd(const QString &addedItemId, const CartContents &contents,
                                       const std::optional<QString> &mealComboId = {}) const;

    // At checkout: the first at_checkout rule none of whose unless_categories is in the cart
    // (an item of a combo counts) and that has a suggestable item.
    std::optional<Suggestion> atCheckout(const CartContents &contents) const;

    // Orderable now, not a line of the cart and not inside one of its combos.
    bool isSuggestable(const QString &itemId, const CartContents &contents) const;

private:
    // The first suggestable id of `suggest`, or an empty string.
    QString firstSuggestable(const QStringList &suggest, const CartContents &contents) const;
    bool hasItemInCategory(const QStringList &categoryIds, const CartContents &contents) const;

    const Menu &m_menu;
    IsOrderable m_isOrderable;
};

} // namespace kiosk
