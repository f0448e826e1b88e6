#pragma once

#include "health/healthinputs.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

// What the loopback listener's printer endpoints and kioskctl show of the receipt printer.

// The body of GET /printer: {"configured", "state" (printerStateCode), "detail",
// "paper_near_end", "at", "printed", "given_up", "failed_tickets": [{"label", "queued_at",
// "gave_up_at", "attempts", "last_error"}]}; times RFC 3339 UTC or null. Without a printer:
// configured false, state "not_configured", no tickets.
QByteArray printerStatusJson(const std::optional<PrinterHealth> &printer);

// An order number as POST /printer/reprint/<number> takes it: letters, digits and '-', at most
// 16 characters ("K1-042"). Anything else never reaches the kiosk's handler.
bool isValidOrderNumber(const QString &number);

// The kiosk's side of POST /printer/test: false when no printer is configured (409).
using PrinterTestHandler = std::function<bool()>;

// The kiosk's side of POST /printer/reprint/<number>.
enum class ReprintAnswer { Queued, NoSuchOrder, NoPrinter };
using ReprintHandler = std::function<ReprintAnswer(const QString &number)>;

} // namespace kiosk
