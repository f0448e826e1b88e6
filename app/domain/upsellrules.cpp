#include "domain/upsellrules.h"

#include "domain/menu.h"

namespace kiosk {

bool AfterAddRule::matches(const MenuItem &item) const
{
    return whenItems.contains(item.id) || whenCategories.contains(item.categoryId);
}

QStringList UpsellRules::ruleIds() const
{
    QStringList ids;
    for (const AfterAddRule &rule : afterAdd)
        ids.append(rule.id);
    for (const CheckoutRule &rule : atCheckout)
        ids.append(rule.id);
    return ids;
}

} // namespace kiosk
