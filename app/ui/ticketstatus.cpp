#include "ui/ticketstatus.h"

namespace kiosk {

template <typename Change>
void TicketStatus::update(Change change)
{
    const bool before = trouble();
    change();
    if (trouble() != before)
        emit troubleChanged();
}

void TicketStatus::setPrinterStatus(const PrinterStatus &status)
{
    update([&] { m_printerTrouble = status.isTrouble(); });
}

void TicketStatus::beginOrder(const QString &orderId)
{
    update([&] {
        m_orderId = orderId;
        m_ticketDelayed = false;
    });
}

void TicketStatus::ticketDelayed(const QString &orderId)
{
    if (!orderId.isEmpty() && orderId == m_orderId)
        update([&] { m_ticketDelayed = true; });
}

void TicketStatus::ticketPrinted(const QString &orderId)
{
    if (!orderId.isEmpty() && orderId == m_orderId)
        update([&] { m_ticketDelayed = false; });
}

} // namespace kiosk
