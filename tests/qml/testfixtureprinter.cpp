// TestFixture: the receipt printer as the composition root reports it, played by hand.
#include "testfixture.h"

#include "kioskservices.h"
#include "print/printerstatus.h"
#include "storage/database.h"
#include "support/orderbuilder.h"
#include "ui/diagnosticscontroller.h"
#include "ui/ticketstatus.h"

using namespace Qt::StringLiterals;

bool TestFixture::setPrinterState(kiosk::KioskSession *session, const QString &code, const QString &detail,
                                  bool paperNearEnd)
{
    using State = kiosk::PrinterStatus::State;
    kiosk::KioskServices *services = kioskOf(session);
    if (!services)
        return false;
    for (const State state : {State::NotConfigured, State::Unknown, State::Ready, State::PaperOut,
                              State::CoverOpen, State::Unreachable, State::Error}) {
        if (kiosk::printerStateCode(state) != code)
            continue;
        const kiosk::PrinterStatus status{state, paperNearEnd, detail,
                                          state == State::NotConfigured ? QDateTime()
                                                                        : QDateTime::currentDateTimeUtc()};
        services->diagnostics().printer()->setPrinterStatus(status);
        services->ticketStatus().setPrinterStatus(status);
        return true;
    }
    return false;
}

bool TestFixture::setFailedTickets(kiosk::KioskSession *session, const QStringList &labels)
{
    kiosk::KioskServices *services = kioskOf(session);
    if (!services)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<kiosk::FailedTicket> tickets;
    for (const QString &label : labels) {
        tickets.append({label == u"test"_s ? QString() : u"order-"_s + label, label, now.addSecs(-180),
                        now.addSecs(-60), 13, u"paper out"_s});
    }
    services->diagnostics().printer()->setFailedTickets(tickets);
    return true;
}

bool TestFixture::addOrders(kiosk::KioskSession *session, int count)
{
    const std::unique_ptr<kiosk::Database> db = databaseOf(session);
    if (!db)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = count - 1; i >= 0; --i) {
        if (kiosk::test::commitOrder(*db, kiosk::test::burgerOrder(now.addSecs(-60 * i), 1 + i % 2)) <= 0)
            return false;
    }
    return true;
}
