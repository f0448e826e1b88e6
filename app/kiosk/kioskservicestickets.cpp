// KioskServices: order tickets (docs/printing.md). The printer's news reaches the customer's
// confirmation screen, diagnostics and the health listener; staff's requests reach the printer.
#include "kioskservices.h"

#include "health/healthmonitor.h"
#include "print/printservice.h"
#include "storage/staffaudit.h"
#include "ticketprinting.h"
#include "ui/diagnosticscontroller.h"
#include "ui/kiosksession.h"
#include "ui/loyaltycontroller.h"
#include "ui/printerdiagnostics.h"
#include "ui/ticketstatus.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

using namespace Qt::StringLiterals;

namespace kiosk {

void KioskServices::createTickets(const PrintTiming &timing)
{
    m_tickets = std::make_unique<TicketPrinting>(*m_database, *m_orders, timing);
    m_tickets->setMenu(&m_config.menu); // the full menu: an order may hold what is hidden since
    m_ticketStatus = std::make_unique<TicketStatus>();
}

void KioskServices::connectTickets()
{
    KioskSession *session = m_session.get();
    TicketPrinting *tickets = m_tickets.get();
    TicketStatus *customer = m_ticketStatus.get();
    // orderPlaced comes with the number on screen (KioskSession::confirm). The ticket is queued
    // once the confirmation page has taken it, and printing runs on the printer thread.
    connect(session, &KioskSession::orderPlaced, this, [this, customer](const Order &order) {
        customer->beginOrder(order.id.toString(QUuid::WithoutBraces));
        QTimer::singleShot(0, this, [this, order] {
            if (m_tickets)
                m_tickets->numberShown(order, m_loyalty->lastOrderPointsEstimate());
        });
    });

    PrintService &printer = tickets->service();
    connect(&printer, &PrintService::statusChanged, this, &KioskServices::showPrinter);
    connect(&printer, &PrintService::failedTicketsChanged, this, &KioskServices::showPrinter);
    connect(&printer, &PrintService::ticketPrinted, this, [this, customer](const QString &orderId) {
        customer->ticketPrinted(orderId);
        showPrinter();
    });
    connect(&printer, &PrintService::ticketDelayed, customer,
            [customer](const QString &orderId) { customer->ticketDelayed(orderId); });
    connect(&printer, &PrintService::ticketGivenUp, this, [](const QString &, const QString &number) {
        qCWarning(lcServices).noquote() << "ticket of order" << number << "given up: staff can reprint it";
    });

    // Staff in diagnostics (unlocked): each request leaves an audit row, as the listener's do.
    PrinterDiagnostics *staff = m_diagnostics->printer();
    connect(staff, &PrinterDiagnostics::testPrintRequested, this, [this] {
        auditStaff(u"ticket_test"_s, {});
        m_tickets->printTest();
    });
    connect(staff, &PrinterDiagnostics::reprintRequested, this, [this, staff](const QString &number) {
        auditStaff(u"ticket_reprint"_s, number);
        if (m_tickets->reprint(number) != TicketPrinting::Reprint::Queued)
            qCWarning(lcServices).noquote() << "reprint of order" << number << "refused: no such order";
        staff->refresh();
    });
    connect(staff, &PrinterDiagnostics::checkRequested, &printer, &PrintService::checkNow);
}

// The printer section in force; a store without a printer shows "not configured" everywhere.
void KioskServices::applyPrinter()
{
    const KioskConfig &kiosk = m_config.kiosk;
    // The printer thread (and its first status query) waits for startBackground(): until then
    // the printer shows as not configured, on screens nobody sees before the first frame.
    if (m_backgroundStarted)
        m_tickets->applySettings(kiosk.printer, TicketStore{kiosk.storeName, kiosk.currency});
    m_diagnostics->printer()->setCurrency(kiosk.currency);
    showPrinter();
}

void KioskServices::showPrinter()
{
    PrinterStatus status;
    QList<FailedTicket> failed;
    const PrintService &printer = m_tickets->service();
    if (m_tickets->isConfigured()) {
        status = printer.status(); // "unknown" from its start until the printer answers
        failed = printer.failedTickets();
    }
    m_ticketStatus->setPrinterStatus(status);
    m_diagnostics->printer()->setPrinterStatus(status);
    m_diagnostics->printer()->setFailedTickets(failed);
    if (m_health)
        m_health->reportPrinter(status, failed, printer.printedCount(), printer.givenUpCount());
}

// POST /printer/test and /printer/reprint/<number>: the listener audits them itself.
void KioskServices::handlePrinterRequests(HealthMonitor &health)
{
    health.setPrinterTestHandler([this] { return m_tickets->printTest(); });
    health.setReprintHandler([this](const QString &number) {
        switch (m_tickets->reprint(number)) {
        case TicketPrinting::Reprint::Queued:
            return ReprintAnswer::Queued;
        case TicketPrinting::Reprint::NoSuchOrder:
            return ReprintAnswer::NoSuchOrder;
        case TicketPrinting::Reprint::NoPrinter:
            break;
        }
        return ReprintAnswer::NoPrinter;
    });
    showPrinter();
}

void KioskServices::auditStaff(const QString &action, const QString &detail)
{
    if (!m_audit->record(action, detail, QDateTime::currentDateTimeUtc()))
        qCWarning(lcServices).noquote() << "staff action not audited:" << action << m_audit->lastError();
}

} // namespace kiosk
