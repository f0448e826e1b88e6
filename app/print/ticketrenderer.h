#pragma once

#include "print/ticketformat.h"
#include "print/ticketorder.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kiosk {

// The ESC/POS bytes of a customer's order ticket, in the order's language: store name, the
// number in the largest size that fits, dine in / take out, date and time, the lines with
// their modifiers and combo parts, the totals, how it was paid (or "pay at the counter" in
// large type), points earned, a QR code of the order id, and a cut. Pure: no I/O, any thread.
QByteArray renderOrderTicket(const TicketOrder &order, const TicketFormat &format);

// What a staff test print shows: the settings in use, and a line of accents that proves the
// code page is right.
struct TestTicket
{
    QString storeName;
    QString settingsText; // plain words, one setting a line ("network 192.168.1.60:9100")
    QDateTime at;         // UTC
};

QByteArray renderTestTicket(const TestTicket &ticket, const TicketFormat &format);

} // namespace kiosk
