#pragma once

#include "print/ticketorder.h"

namespace kiosk {

class Menu;
struct Order;
struct TicketFacts;

// The store's side of a ticket: its name and currency.
struct TicketStore
{
    QString name;
    QString currency;
};

// The ticket of a saved order. Item and option names come from `menu` in the order's language
// (the order keeps the kitchen's English names, the customer read the menu's); an item the
// menu no longer has keeps the order's name. `facts` say how it was paid and the points.
TicketOrder makeTicketOrder(const Order &order, const Menu &menu, const TicketStore &store,
                            const TicketFacts &facts);

} // namespace kiosk
