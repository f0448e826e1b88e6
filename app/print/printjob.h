#pragma once

#include "config/printersettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <functional>

namespace kiosk {

// Turns an order (captured by the caller) into ESC/POS bytes for the printer's paper width and
// code page. It runs on the printer thread, so layout, QR and encoding stay off the GUI thread,
// and runs again when the settings change before the ticket prints.
using TicketRender = std::function<QByteArray(const PrinterSettings &)>;

// One ticket waiting on the printer thread.
struct PrintJob
{
    QString orderId;         // empty for a test ticket
    QString label;           // the order number, or "test"
    TicketRender render;
    QDateTime queuedAt;      // UTC, for staff
    QElapsedTimer sinceQueued; // monotonic: the give-up window ignores clock changes
    int attempts = 0;
    bool delayed = false;    // ticketDelayed already said
    QString lastError;

    QByteArray bytes;        // rendered for renderedFor
    PrinterSettings renderedFor;
};

} // namespace kiosk
