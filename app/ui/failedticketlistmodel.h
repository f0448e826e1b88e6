#pragma once

#include "print/printerstatus.h"
#include "ui/rowlist.h"

namespace kiosk {

// Tickets the printer service gave up on (PrintService::failedTickets), for the diagnostics
// Printer page: what it was, when it was queued and given up, how often it was tried and why
// the last try failed. Staff reprint an order's ticket from the recent orders list.
class FailedTicketListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PrinterDiagnostics")

public:
    enum Role {
        LabelRole = Qt::UserRole + 1, // the order number, or "test"
        OrderIdRole,                  // "" for a test ticket
        TestTicketRole,               // true for a test ticket
        QueuedTextRole,               // local "HH:mm:ss"
        GaveUpTextRole,               // local "HH:mm:ss"
        AttemptsRole,
        LastErrorRole,                // plain words, no personal data
    };
    Q_ENUM(Role)

    explicit FailedTicketListModel(QObject *parent = nullptr);

    void setTickets(const QList<FailedTicket> &tickets);

private:
    RowList<FailedTicket> m_rows;
};

} // namespace kiosk
