#pragma once

#include "config/jsonreader.h"
#include "domain/upsellrules.h"

#include <functional>

namespace kiosk {

// What the rules may name: the menu's items and categories, read before the rules.
struct UpsellReferences
{
    std::function<bool(const QString &)> isItem;
    std::function<bool(const QString &)> isCategory;
    // Combos share the item id space but are refused here: a combo is offered by "Make it a
    // meal" when its main is added, and a rule triggers on items added, not combos.
    std::function<bool(const QString &)> isCombo = {};
};

// Reads menu.json's optional "upsell" from the menu's `root` object, recording every problem
// through `reader`; absent, no rules. Rule ids are unique across after_add and at_checkout.
UpsellRules readUpsell(JsonReader &reader, const QJsonObject &root, const UpsellReferences &known);

} // namespace kiosk
