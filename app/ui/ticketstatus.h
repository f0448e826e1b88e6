#pragma once

#include "print/printerstatus.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// Whether the customer on the confirmation screen may not get a ticket: then the page asks
// them to remember their order number and shows it larger. Fed by the composition root from
// PrintService (status, delayed and printed tickets) and the session (the order shown).
class TicketStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    // A configured printer that cannot print now (PrinterStatus::isTrouble), or the current
    // order's ticket was delayed and has not printed since.
    Q_PROPERTY(bool trouble READ trouble NOTIFY troubleChanged)

public:
    explicit TicketStatus(QObject *parent = nullptr) : QObject(parent) {}

    bool trouble() const { return m_printerTrouble || m_ticketDelayed; }

    void setPrinterStatus(const PrinterStatus &status);
    // The number of `orderId` is on screen: its ticket is the one the customer waits for.
    void beginOrder(const QString &orderId);
    // PrintService::ticketDelayed / ticketPrinted; other orders' tickets change nothing.
    void ticketDelayed(const QString &orderId);
    void ticketPrinted(const QString &orderId);

signals:
    void troubleChanged();

private:
    // Runs `change`, then says so when trouble() changed.
    template <typename Change>
    void update(Change change);

    QString m_orderId;
    bool m_printerTrouble = false;
    bool m_ticketDelayed = false;
};

} // namespace kiosk
