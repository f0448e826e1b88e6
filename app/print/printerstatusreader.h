#pragma once

#include "print/printerlink.h"
#include "print/printerstatus.h"

namespace kiosk {

// Asks an open link DLE EOT 1, 2, 3 and 4 (Epson's real-time status, which compatible
// printers answer at once, also while out of paper or mid-ticket) and turns the four bytes
// into a state with plain words for staff. A query with no answer within timeoutMs makes it
// Unreachable ("the printer does not answer status requests"); the remaining queries are
// skipped, so a silent printer costs one timeout, not four.
PrinterStatus readPrinterStatus(PrinterLink &link, int timeoutMs = 3000);

} // namespace kiosk
