#pragma once

#include "health/healthcheck.h"
#include "health/healthinputs.h"

namespace kiosk {

// The "printer:state" check: passes while the printer is ready, warns with plain words for staff
// when it cannot print (out of paper, cover open, unreachable, an error), when the paper runs low,
// and while a ticket given up in the last hour waits for a reprint. The order number is on the
// screen either way, so a printer never fails the kiosk.
HealthCheck printerCheck(const PrinterHealth &printer, const QDateTime &now);

} // namespace kiosk
