// What the confirmation screen asks the customer: remember the number when the printer is in
// trouble or this order's ticket was delayed, and no longer once it printed.
#include "ui/ticketstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestTicketStatus : public QObject
{
    Q_OBJECT

private:
    static PrinterStatus status(PrinterStatus::State state)
    {
        PrinterStatus status;
        status.state = state;
        return status;
    }

private slots:
    void printerTroubleIsTrouble_data()
    {
        QTest::addColumn<PrinterStatus::State>("state");
        QTest::addColumn<bool>("trouble");
        QTest::newRow("not configured") << PrinterStatus::State::NotConfigured << false;
        QTest::newRow("ready") << PrinterStatus::State::Ready << false;
        QTest::newRow("not asked yet") << PrinterStatus::State::Unknown << true;
        QTest::newRow("paper out") << PrinterStatus::State::PaperOut << true;
        QTest::newRow("cover open") << PrinterStatus::State::CoverOpen << true;
        QTest::newRow("unreachable") << PrinterStatus::State::Unreachable << true;
        QTest::newRow("error") << PrinterStatus::State::Error << true;
    }
    void printerTroubleIsTrouble()
    {
        QFETCH(PrinterStatus::State, state);
        QFETCH(bool, trouble);
        TicketStatus ticket;
        QSignalSpy changed(&ticket, &TicketStatus::troubleChanged);
        ticket.beginOrder(u"order-1"_s);
        ticket.setPrinterStatus(status(state));
        QCOMPARE(ticket.trouble(), trouble);
        QCOMPARE(changed.size(), trouble ? 1 : 0);
        // Back to ready: the customer is not asked to remember anything.
        ticket.setPrinterStatus(status(PrinterStatus::State::Ready));
        QVERIFY(!ticket.trouble());
    }

    void aDelayedTicketIsTroubleUntilItPrints()
    {
        TicketStatus ticket;
        ticket.setPrinterStatus(status(PrinterStatus::State::Ready));
        QSignalSpy changed(&ticket, &TicketStatus::troubleChanged);
        ticket.beginOrder(u"order-1"_s);
        ticket.ticketDelayed(u"order-0"_s); // the previous customer's ticket
        QVERIFY(!ticket.trouble());
        ticket.ticketDelayed(u"order-1"_s);
        QVERIFY(ticket.trouble());
        QCOMPARE(changed.size(), 1);
        ticket.ticketPrinted(u"order-0"_s);
        QVERIFY(ticket.trouble());
        ticket.ticketPrinted(u"order-1"_s);
        QVERIFY(!ticket.trouble());
        QCOMPARE(changed.size(), 2);

        // A delay of the last order does not follow the next customer.
        ticket.ticketDelayed(u"order-1"_s);
        QVERIFY(ticket.trouble());
        ticket.beginOrder(u"order-2"_s);
        QVERIFY(!ticket.trouble());
        QCOMPARE(changed.size(), 4);
    }

    void aPrintedTicketDoesNotHideAPrinterInTrouble()
    {
        TicketStatus ticket;
        ticket.beginOrder(u"order-1"_s);
        ticket.ticketDelayed(u"order-1"_s);
        ticket.setPrinterStatus(status(PrinterStatus::State::PaperOut));
        QSignalSpy changed(&ticket, &TicketStatus::troubleChanged);
        ticket.ticketPrinted(u"order-1"_s);
        QVERIFY(ticket.trouble());
        ticket.setPrinterStatus(status(PrinterStatus::State::Ready));
        QVERIFY(!ticket.trouble());
        QCOMPARE(changed.size(), 1);
    }

    void noOrderNoDelay()
    {
        TicketStatus ticket;
        ticket.ticketDelayed(QString()); // a test ticket has no order id
        QVERIFY(!ticket.trouble());
    }
};

QTEST_GUILESS_MAIN(TestTicketStatus)
#include "tst_ticketstatus.moc"
