#pragma once

#include "domain/payment.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

// A Square TerminalCheckout as the kiosk's PaymentReport (without the card, which comes from
// the payment). Pure. https://developer.squareup.com/docs/terminal-api/square-terminal-payments
//   PENDING -> Pending; IN_PROGRESS, CANCEL_REQUESTED -> InProgress (a cancel is a request:
//   the buyer may still pay); CANCELED -> Canceled with cancel_reason BUYER_CANCELED /
//   SELLER_CANCELED / TIMED_OUT as "buyer_canceled" / "seller_canceled" / "timed_out";
//   COMPLETED -> Completed. Square has no "declined": a declined card is retried on the device.
// `kioskCancel`: the reason the kiosk asked for a cancel, if it did: Square records every
// cancel through the API as SELLER_CANCELED, so the kiosk's own timeout reads "timed_out".
// nullopt for a status Square does not document.
std::optional<PaymentReport> squareCheckoutReport(const QJsonObject &checkout,
                                                  std::optional<PaymentCancelReason> kioskCancel = std::nullopt);

} // namespace kiosk
