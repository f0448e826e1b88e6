#pragma once

#include "simkit/httpmessage.h"

namespace kiosk {

class PrinterSimulator;
class TicketArchive;

// printersim's admin endpoints on loopback HTTP. No token: the kiosk never speaks HTTP to a
// printer, so nothing it holds could reach these.
//   GET /admin/printer   {"paper", "cover_open", "silent", "refuse_connections", "status_queries",
//                         "tickets", "discarded_tickets", "connections"}
//   PUT /admin/printer   any of {"paper": "present"|"near_end"|"out", "cover_open": bool,
//                         "silent": bool, "refuse_connections": bool, "disconnect_after": n}
//   GET /admin/tickets   {"tickets": [{"number", "text", "cut", "problems"}]}, oldest first
class PrinterAdmin
{
public:
    PrinterAdmin(PrinterSimulator &printer, const TicketArchive &archive);

    simkit::Response handle(const simkit::Request &request);

private:
    simkit::Response state() const;
    simkit::Response change(const simkit::Request &request);
    simkit::Response tickets() const;

    PrinterSimulator &m_printer;
    const TicketArchive &m_archive;
};

} // namespace kiosk
