#include "domain/combooffer.h"

#include "domain/itemselection.h"

#include <algorithm>
#include <limits>

namespace kiosk {

ComboOffer comboOffer(const Menu &menu, const Combo &combo)
{
    ComboOffer offer{combo.priceCents, 0, true};
    Cents apart = 0;
    for (const ComboStep &step : combo.steps) {
        // The cheapest available choice in the meal (its delta and its default options' prices),
        // then the cheapest bought apart: the card never promises more than that meal saves.
        Cents bestCost = std::numeric_limits<Cents>::max();
        Cents bestApart = 0;
        for (const ComboChoice &choice : step.choices) {
            const MenuItem *item = menu.item(choice.itemId);
            if (!item || !item->available)
                continue;
            const Cents itemApart = ItemSelection::withDefaults(menu, *item).unitPriceCents();
            const Cents cost = choice.priceDeltaCents + itemApart - item->priceCents;
            if (cost < bestCost || (cost == bestCost && itemApart < bestApart)) {
                bestCost = cost;
                bestApart = itemApart;
            }
        }
        if (bestCost == std::numeric_limits<Cents>::max()) {
            offer.available = false;
            continue;
        }
        offer.fromCents += bestCost * step.pick;
        apart += bestApart * step.pick;
    }
    offer.savingsCents = offer.available ? std::max<Cents>(0, apart - offer.fromCents) : 0;
    return offer;
}

} // namespace kiosk
