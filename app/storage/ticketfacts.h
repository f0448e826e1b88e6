#pragma once

#include "domain/payment.h"

#include <QString>
#include <optional>

namespace kiosk {

class Database;

// What a printed ticket says about an order besides its lines, as this kiosk knows it now: how it
// was paid (the card the backend reported) and the points the backend credited. A reprint reads
// them again, so a ticket printed after the order was delivered shows the backend's points.
struct TicketFacts
{
    bool paidByCard = false;          // the order's payment state is "paid"
    // Held for a card nobody paid yet, or dropped: not an order the kitchen makes, no ticket.
    bool notOrdered = false;
    std::optional<CardSummary> card;  // the completed attempt's card, when the backend said
    std::optional<int> pointsEarned;  // the backend's answer (outbox points_earned), when known
};

// Reads the facts of the order `orderId` (a UUID without braces); an unknown order has none.
TicketFacts readTicketFacts(Database &db, const QString &orderId);

} // namespace kiosk
