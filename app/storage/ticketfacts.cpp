#include "storage/ticketfacts.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace kiosk {

TicketFacts readTicketFacts(Database &db, const QString &orderId)
{
    TicketFacts facts;
    Statement state = db.prepare("SELECT payment_state FROM orders WHERE id = ?1");
    if (state.bind(1, orderId).next() && !state.isNull(0)) {
        const std::optional<OrderPaymentState> payment = orderPaymentStateFromCode(state.text(0));
        facts.paidByCard = payment == OrderPaymentState::Paid;
        facts.notOrdered = payment == OrderPaymentState::AwaitingPayment || payment == OrderPaymentState::Abandoned;
    }

    if (facts.paidByCard) {
        Statement card = db.prepare(
            "SELECT card_brand, card_last4 FROM payment_attempts WHERE order_id = ?1 "
            "AND status = 'completed' AND card_brand IS NOT NULL AND card_last4 IS NOT NULL "
            "ORDER BY updated_at DESC LIMIT 1");
        if (card.bind(1, orderId).next())
            facts.card = CardSummary{card.text(0), card.text(1)};
    }

    Statement points = db.prepare(
        "SELECT points_earned FROM outbox WHERE kind = 'order' AND key = ?1 AND points_earned IS NOT NULL");
    if (points.bind(1, orderId).next())
        facts.pointsEarned = int(points.int64(0));
    return facts;
}

} // namespace kiosk
