#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

struct MenuItem;

// "After adding one of these, suggest one of those" (menu.json upsell.after_add).
struct AfterAddRule
{
    QString id;
    QStringList whenItems;
    QStringList whenCategories;
    QStringList suggest; // item ids, in the order they are tried

    // Whether adding `item` fires this rule: named itself, or in a named category.
    bool matches(const MenuItem &item) const;

    bool operator==(const AfterAddRule &) const = default;
};

// "At checkout, suggest one of those unless the order already has one of these categories"
// (menu.json upsell.at_checkout).
struct CheckoutRule
{
    QString id;
    QStringList unlessCategories;
    QStringList suggest;

    bool operator==(const CheckoutRule &) const = default;
};

// The menu's suggestion rules, validated: ids unique across both lists, every id known.
struct UpsellRules
{
    QList<AfterAddRule> afterAdd;
    QList<CheckoutRule> atCheckout;

    bool isEmpty() const { return afterAdd.isEmpty() && atCheckout.isEmpty(); }
    // Every rule's id, after_add first, in menu order.
    QStringList ruleIds() const;

    bool operator==(const UpsellRules &) const = default;
};

} // namespace kiosk
