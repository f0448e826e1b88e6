#include "domain/suggestionpolicy.h"

#include "domain/cart.h"

#include <algorithm>

namespace kiosk {

SuggestionPolicy::SuggestionPolicy(const Menu &menu, IsOrderable isOrderable)
    : m_menu(menu),
      m_isOrderable(isOrderable ? std::move(isOrderable)
                                : [](const MenuItem &item) { return item.available; })
{
}

std::optional<Suggestion>
SuggestionPolicy::afterAdd(const QString &addedItemId, const CartContents &contents,
                           const std::optional<QString> &mealComboId) const
{
    if (mealComboId && !mealComboId->isEmpty())
        return Suggestion{MakeItAMealRuleId, *mealComboId, Suggestion::Kind::MakeItAMeal};
    const MenuItem *added = m_menu.item(addedItemId);
    if (!added)
        return std::nullopt;
    for (const AfterAddRule &rule : m_menu.upsell().afterAdd) {
        if (!rule.matches(*added))
            continue;
        // A rule with nothing left to offer lets the next one speak.
        if (const QString itemId = firstSuggestable(rule.suggest, contents); !itemId.isEmpty())
            return Suggestion{rule.id, itemId, Suggestion::Kind::Item};
    }
    return std::nullopt;
}

std::optional<Suggestion> SuggestionPolicy::atCheckout(const CartContents &contents) const
{
    for (const CheckoutRule &rule : m_menu.upsell().atCheckout) {
        if (hasItemInCategory(rule.unlessCategories, contents))
            continue;
        if (const QString itemId = firstSuggestable(rule.suggest, contents); !itemId.isEmpty())
            return Suggestion{rule.id, itemId, Suggestion::Kind::Item};
    }
    return std::nullopt;
}

bool SuggestionPolicy::isSuggestable(const QString &itemId, const CartContents &contents) const
{
    const MenuItem *item = m_menu.item(itemId);
    if (!item || !m_isOrderable(*item) || contents.comboPartItemIds.contains(itemId))
        return false;
    const QList<CartLine> &lines = contents.cart.lines();
    return std::none_of(lines.cbegin(), lines.cend(),
                        [&](const CartLine &line) { return line.itemId == itemId; });
}

QString SuggestionPolicy::firstSuggestable(const QStringList &suggest,
                                           const CartContents &contents) const
{
    const auto it = std::find_if(suggest.cbegin(), suggest.cend(), [&](const QString &id) {
        return isSuggestable(id, contents);
    });
    return it == suggest.cend() ? QString() : *it;
}

bool SuggestionPolicy::hasItemInCategory(const QStringList &categoryIds,
                                         const CartContents &contents) const
{
    const auto inCategories = [&](const QString &itemId) {
        const MenuItem *item = m_menu.item(itemId);
        return item && categoryIds.contains(item->categoryId);
    };
    const QList<CartLine> &lines = contents.cart.lines();
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const CartLine &line) { return inCategories(line.itemId); })
            || std::any_of(contents.comboPartItemIds.cbegin(), contents.comboPartItemIds.cend(),
                           inCategories);
}

} // namespace kiosk
