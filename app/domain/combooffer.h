#pragma once

#include "domain/menu.h"

namespace kiosk {

// What a combo's card in the menu shows before anything is picked: the lowest price it can be
// had for ("from $x"), what that cheapest meal saves against its items bought apart, and
// whether it can be ordered at all (every step has enough available choices).
struct ComboOffer
{
    Cents fromCents = 0;
    Cents savingsCents = 0; // 0 when the cheapest meal saves nothing
    bool available = true;
};

ComboOffer comboOffer(const Menu &menu, const Combo &combo);

} // namespace kiosk
