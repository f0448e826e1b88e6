#pragma once

#include "refpos/simkit.h"

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

class PaymentClock;
class Terminal;

// The payment side of /admin/ (AdminApi checks the token first): GET /admin/payments, what
// tests assert on, and GET/PUT /admin/terminals/<id>, how they script the terminal.
class PaymentAdmin
{
public:
    PaymentAdmin(Database &db, Terminal &terminal, PaymentClock &clock)
        : m_db(db), m_terminal(terminal), m_clock(clock)
    {
    }

    // nullopt when `request` is not one of these paths.
    std::optional<Response> handle(const Request &request);

private:
    Response list();
    Response terminal(const Request &request, const QString &terminalId);

    Database &m_db;
    Terminal &m_terminal;
    PaymentClock &m_clock;
};

} // namespace kiosk::refpos
