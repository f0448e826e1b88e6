#include "ticketprinting.h"

#include "domain/menu.h"
#include "print/printservice.h"
#include "print/ticketrenderer.h"
#include "storage/orderstore.h"
#include "storage/ticketfacts.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

TicketFormat formatOf(const PrinterSettings &settings)
{
    return TicketFormat{settings.paperWidthMm, settings.codePage};
}

// What the test ticket says about the printer, so staff can compare it with kiosk.json.
QString settingsText(const PrinterSettings &settings)
{
    const QString where = settings.kind == PrinterSettings::Kind::Network
        ? u"%1:%2"_s.arg(settings.host).arg(settings.port)
        : settings.device;
    return u"%1, %2 mm, code page %3"_s.arg(where).arg(settings.paperWidthMm).arg(settings.codePage);
}

} // namespace

TicketPrinting::TicketPrinting(Database &db, OrderStore &orders, PrintTiming timing, QObject *parent)
    : QObject(parent), m_db(db), m_orders(orders), m_timing(timing), m_service(std::make_unique<PrintService>())
{
}

TicketPrinting::~TicketPrinting()
{
    m_service->stop();
}

void TicketPrinting::applySettings(const PrinterSettings &settings, const TicketStore &store)
{
    m_store = store;
    m_settings = settings;
    if (!settings.isConfigured())
        m_service->stop();
    else if (m_service->isRunning())
        m_service->applySettings(settings);
    else
        m_service->start(settings, m_timing);
}

void TicketPrinting::numberShown(const Order &order, std::optional<int> pointsEstimate)
{
    if (!m_settings.isConfigured() || !m_menu)
        return;
    TicketFacts facts = readTicketFacts(m_db, order.id.toString(QUuid::WithoutBraces));
    if (!facts.pointsEarned && order.loyalty)
        facts.pointsEarned = pointsEstimate;
    queue(makeTicketOrder(order, *m_menu, m_store, facts));
}

TicketPrinting::Reprint TicketPrinting::reprint(const QString &number)
{
    if (!m_settings.isConfigured() || !m_menu)
        return Reprint::NoPrinter;
    const std::optional<Order> order = m_orders.findByNumber(number);
    if (!order)
        return Reprint::NoSuchOrder;
    const QString orderId = order->id.toString(QUuid::WithoutBraces);
    const TicketFacts facts = readTicketFacts(m_db, orderId);
    if (facts.notOrdered)
        return Reprint::NoSuchOrder;
    queue(makeTicketOrder(*order, *m_menu, m_store, facts));
    return Reprint::Queued;
}

bool TicketPrinting::printTest()
{
    if (!m_settings.isConfigured())
        return false;
    const TestTicket test{m_store.name, settingsText(m_settings), QDateTime::currentDateTimeUtc()};
    m_service->print(QString(), u"test"_s, [test](const PrinterSettings &settings) {
        return renderTestTicket(test, formatOf(settings));
    });
    return true;
}

// Laid out and encoded on the printer thread, with the settings in force when it prints.
void TicketPrinting::queue(const TicketOrder &ticket)
{
    m_service->print(ticket.orderId, ticket.number, [ticket](const PrinterSettings &settings) {
        return renderOrderTicket(ticket, formatOf(settings));
    });
}

} // namespace kiosk
