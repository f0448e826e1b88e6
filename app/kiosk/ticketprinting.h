#pragma once

#include "config/printersettings.h"
#include "domain/order.h"
#include "print/printtiming.h"
#include "print/ticketorderbuilder.h"

#include <QObject>
#include <memory>
#include <optional>

namespace kiosk {

class Database;
class Menu;
class OrderStore;
class PrintService;

// Order tickets, as the kiosk decides them: an order's ticket is printed once its number is on
// the screen (never before, never delaying it), staff reprint any recent order by its number
// and print a test ticket. The printer itself, its status and its retries are PrintService's,
// on its own thread; this object only builds what a ticket shows, on the GUI thread.
class TicketPrinting : public QObject
{
    Q_OBJECT

public:
    enum class Reprint { Queued, NoSuchOrder, NoPrinter };

    // `timing`: how often the printer is asked and for how long a ticket is retried (the
    // defaults of PrintTiming in a store; tests make them short).
    TicketPrinting(Database &db, OrderStore &orders, PrintTiming timing = {}, QObject *parent = nullptr);
    ~TicketPrinting() override;

    // The printer section and the store's words in force; a printer of kind "none" stops the
    // printer thread. Queued tickets survive a change of printer.
    void applySettings(const PrinterSettings &settings, const TicketStore &store);
    // The menu that names the lines in the customer's language; it outlives this object.
    void setMenu(const Menu *menu) { m_menu = menu; }
    bool isConfigured() const { return m_settings.isConfigured(); }
    PrintService &service() { return *m_service; }

    // The customer sees the number of `order` (KioskSession::orderPlaced comes with it): its
    // ticket is queued. A member's points are the kiosk's estimate until the backend's answer
    // is known.
    void numberShown(const Order &order, std::optional<int> pointsEstimate);
    // Staff: the ticket of the most recent order numbered `number`, again.
    Reprint reprint(const QString &number);
    // Staff: a test ticket; false when no printer is configured.
    bool printTest();

private:
    void queue(const TicketOrder &ticket);

    Database &m_db;
    OrderStore &m_orders;
    const Menu *m_menu = nullptr;
    PrintTiming m_timing;
    PrinterSettings m_settings;
    TicketStore m_store;
    std::unique_ptr<PrintService> m_service;
};

} // namespace kiosk
