#pragma once

#include "domain/money.h"
#include "domain/payment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// Everything an order ticket shows, taken from the saved order (and its payment and loyalty)
// on the GUI thread, with the menu's names already in the customer's language. The ticket's
// own words (Total, Tax, Dine in ...) are the layout's, in `language`.
struct TicketOrder
{
    QString storeName;
    QString number;            // "A-042": printed in the printer's largest size
    QString orderId;           // the order's UUID: the QR code, so staff can scan it
    QDateTime createdAt;       // UTC; printed in the kiosk's local time
    QString language;          // "en" | "es": the customer's
    QString currency;          // ISO 4217
    bool dineIn = true;        // false: take-out

    struct Line
    {
        int quantity = 1;
        QString name;          // in `language`
        QStringList modifiers; // in `language`, one per chosen option
        QStringList parts;     // a combo's parts, in `language` (issue 17); empty otherwise
        Cents totalCents = 0;
    };
    QList<Line> lines;

    Cents subtotalCents = 0;
    Cents discountCents = 0;   // rewards and promotions together; 0: no discount line
    QString promoCode;         // the order's promo code, under the discount line; "" when none
    Cents taxCents = 0;        // added on top
    Cents taxIncludedCents = 0; // inclusive taxes: "includes $x tax"
    Cents totalCents = 0;

    // How it was paid: a card the backend reported, or "pay at the counter" in large type.
    std::optional<CardSummary> card;
    bool paidByCard = false;   // true with no card summary: paid by card, brand not reported
    std::optional<int> pointsEarned; // a member's points for this order; nullopt: no member

    bool operator==(const TicketOrder &) const = default;
};

} // namespace kiosk
