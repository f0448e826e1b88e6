// Order tickets end to end: the kiosk's composition root (KioskServices: the real session,
// print service and staff endpoints) on a copy of the sample store whose printer is the
// simulated one on loopback. The number is on screen first and never waits for the printer;
// printer trouble reaches the customer's screen, diagnostics and /healthz; staff reprint.
#include "health/healthmonitor.h"
#include "health/healthserver.h"
#include "../../health/healthfixture.h"
#include "kioskservices.h"
#include "print/printservice.h"
#include "printersim/escposdecoder.h"
#include "printersim/printersimulator.h"
#include "staff/stafftoken.h"
#include "storage/staffaudit.h"
#include "support/freeport.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"
#include "support/storecopy.h"
#include "ticketprinting.h"
#include "ui/connectivity.h"
#include "ui/diagnosticscontroller.h"
#include "ui/itemeditor.h"
#include "ui/kiosksession.h"
#include "ui/paymentcontroller.h"
#include "ui/printerdiagnostics.h"
#include "ui/ticketstatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10000; // only a hang takes this long

// Retries fast, so a whole give-up window fits in a test.
PrintTiming fastTiming()
{
    PrintTiming timing;
    timing.retryIntervalMs = 100;
    timing.giveUpAfterMs = 1500;
    timing.pollIntervalMs = 200;
    timing.ioTimeoutMs = 500;
    return timing;
}

} // namespace

class TestTicketE2e : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<PrinterSimulator> m_printer;
    std::unique_ptr<KioskServices> m_kiosk;

    // `changes` to the sample store besides the printer (by default: a backend that is down).
    void startKiosk(quint16 printerPort, QJsonObject changes = {})
    {
        const QJsonObject printer{{u"kind"_s, u"network"_s}, {u"host"_s, u"127.0.0.1"_s},
                                  {u"port"_s, printerPort}, {u"paper_width_mm"_s, 80}};
        changes.insert(u"printer"_s, printer);
        if (!changes.contains(u"backend"_s))
            changes.insert(u"backend"_s, test::loopbackBackend(test::freePort()));
        QVERIFY(test::copyStore(m_config.path(), changes));
        m_kiosk = std::make_unique<KioskServices>();
        KioskServices::Options options{m_config.path(), m_data.path(), KioskServices::HealthListener::AnyFreePort};
        options.printTiming = fastTiming();
        QString error;
        QVERIFY2(m_kiosk->start(options, &error), qPrintable(error));
    }

    // A take-out order of the first item that needs no choice; its number, once on screen.
    QString order()
    {
        if (!addItem() || !m_kiosk->session().checkout())
            return {};
        return m_kiosk->session().lastOrderNumber();
    }

    bool addItem()
    {
        KioskSession &session = m_kiosk->session();
        session.startOrder();
        session.chooseDineOption(KioskSession::DineOption::TakeOut);
        for (const MenuItem &item : m_kiosk->config().menu.items()) {
            if (session.openItem(item.id) && m_kiosk->editor().canAdd())
                return session.addEditedItem();
        }
        return false;
    }

    QByteArray staffAuthorization()
    {
        QString error;
        return StaffToken::read(m_data.path(), &error)->authorization();
    }

private slots:
    void init()
    {
        m_printer = std::make_unique<PrinterSimulator>();
        QVERIFY(m_printer->listen());
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_printer.reset();
    }

    void theTicketFollowsTheNumber()
    {
        startKiosk(m_printer->port());
        const QString number = order();
        QVERIFY(!number.isEmpty());
        // checkout() returned with the number before the ticket was even queued.
        QVERIFY(m_printer->tickets().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);
        const DecodedTicket ticket = decodeTicket(m_printer->tickets().constFirst());
        QVERIFY2(ticket.problems.isEmpty(), qPrintable(ticket.problems.join(u'\n')));
        QVERIFY(ticket.cut);
        QVERIFY2(ticket.text.contains(number), qPrintable(ticket.text));
        QVERIFY2(ticket.text.contains(m_kiosk->config().kiosk.storeName), qPrintable(ticket.text));
        QVERIFY2(ticket.text.contains(u"PAY AT THE COUNTER"_s), qPrintable(ticket.text));
        QVERIFY(!m_kiosk->ticketStatus().trouble());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->diagnostics().printer()->stateCode(), u"ready"_s, WaitMs);
    }

    // Paid on refpos's simulated terminal: the ticket shows the card refpos reported.
    void aCardOrderShowsTheCardTheBackendReported()
    {
        test::RefposProcess refpos(m_data.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(refpos.start({u"--menu"_s, test::sampleMenuFile(), u"--token-file"_s,
                               test::sampleConfigDir() + u"/backend.token"_s, u"--terminal-auto"_s, u"approve:100"_s},
                              &error),
                 qPrintable(error));
        const QJsonObject payment{{u"mode"_s, u"card_or_counter"_s}, {u"terminal_id"_s, u"T1"_s}, {u"timeout_s"_s, 60}};
        startKiosk(m_printer->port(), {{u"payment"_s, payment}, {u"backend"_s, test::loopbackBackend(refpos.port())}});
        // Cards are offered once the backend is known to be up.
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->connectivity().isOnline(), WaitMs);
        QVERIFY(addItem());
        QVERIFY(m_kiosk->session().checkout()); // to the payment page
        m_kiosk->payment().payByCard();
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->session().lastOrderNumber().isEmpty(), WaitMs);
        QVERIFY(m_kiosk->session().lastOrderPaidByCard());
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);
        const DecodedTicket ticket = decodeTicket(m_printer->tickets().constFirst());
        QVERIFY2(ticket.text.contains(m_kiosk->session().lastOrderNumber()), qPrintable(ticket.text));
        QVERIFY2(ticket.text.contains(u"Paid by VISA **** 4242"_s), qPrintable(ticket.text));
        QVERIFY2(!ticket.text.contains(u"COUNTER"_s), qPrintable(ticket.text));
    }

    void aSpanishCustomerGetsASpanishTicket()
    {
        startKiosk(m_printer->port());
        m_kiosk->session().setLanguage(u"es"_s);
        const QString number = order();
        QVERIFY(!number.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);
        const DecodedTicket ticket = decodeTicket(m_printer->tickets().constFirst());
        QVERIFY2(ticket.problems.isEmpty(), qPrintable(ticket.problems.join(u'\n')));
        QVERIFY2(ticket.text.contains(u"Para llevar"_s), qPrintable(ticket.text));
    }

    void paperOutTellsTheCustomerAndStaffThenPrintsWhenPaperIsBack()
    {
        m_printer->setPaper(PrinterSimulator::Paper::Out);
        startKiosk(m_printer->port());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->diagnostics().printer()->stateCode(), u"paper_out"_s, WaitMs);
        const QString number = order();
        QVERIFY(!number.isEmpty()); // the number never waits for the printer
        QVERIFY(m_kiosk->ticketStatus().trouble());
        const HealthCheck *check = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((check = m_kiosk->health()->report().find(u"printer:state"_s))
                                     && check->status == HealthStatus::Warn, WaitMs);
        const test::HttpReply healthz = test::request(m_nam, "GET", m_kiosk->health()->httpPort(), "/healthz");
        QVERIFY2(healthz.body.contains("printer:state"), healthz.body);

        m_printer->setPaper(PrinterSimulator::Paper::Present);
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);
        QVERIFY(decodeTicket(m_printer->tickets().constFirst()).text.contains(number));
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->ticketStatus().trouble(), WaitMs);
    }

    void anUnreachablePrinterIsGivenUpAndListedAndTheKioskGoesOn()
    {
        const quint16 closed = test::freePort();
        startKiosk(closed);
        const QString number = order();
        QVERIFY(!number.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->ticketStatus().trouble(), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->diagnostics().printer()->failedTickets()->rowCount(), 1, WaitMs);
        QCOMPARE(m_kiosk->diagnostics().printer()->stateCode(), u"unreachable"_s);
        // The next customer orders as usual.
        m_kiosk->session().endOrder();
        QVERIFY(!order().isEmpty());

        const test::HttpReply printer =
            test::request(m_nam, "GET", m_kiosk->health()->httpPort(), "/printer", staffAuthorization());
        QCOMPARE(printer.status, 200);
        QVERIFY2(printer.body.contains(number.toUtf8()), printer.body);
    }

    void aDisconnectMidTicketPrintsTheWholeTicketOnce()
    {
        m_printer->setDisconnectAfter(120);
        startKiosk(m_printer->port());
        const QString number = order();
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);
        const DecodedTicket ticket = decodeTicket(m_printer->tickets().constFirst());
        QVERIFY2(ticket.problems.isEmpty(), qPrintable(ticket.problems.join(u'\n')));
        QVERIFY(ticket.text.contains(number));
        QTest::qWait(500);
        QCOMPARE(m_printer->tickets().size(), 1);
    }

    void staffReprintAndTestPrintAreAudited()
    {
        startKiosk(m_printer->port());
        const QString number = order();
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 1, WaitMs);

        // From diagnostics, unlocked with the sample store's PIN.
        DiagnosticsController &diagnostics = m_kiosk->diagnostics();
        diagnostics.begin();
        QCOMPARE(diagnostics.unlock(u"2468"_s), DiagnosticsController::UnlockResult::Unlocked);
        QVERIFY(diagnostics.printer()->reprint(number));
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 2, WaitMs);
        QVERIFY(decodeTicket(m_printer->tickets().at(1)).text.contains(number));

        // Through the staff endpoints, as kioskctl does.
        const quint16 port = m_kiosk->health()->httpPort();
        QCOMPARE(test::request(m_nam, "POST", port, "/printer/test", staffAuthorization()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_printer->tickets().size(), 3, WaitMs);
        QCOMPARE(test::request(m_nam, "POST", port, "/printer/reprint/ZZ-999", staffAuthorization()).status, 404);

        QStringList actions;
        for (const StaffAudit::Entry &row : StaffAudit(m_kiosk->database()).recent())
            actions.append(row.action);
        QVERIFY2(actions.contains(u"ticket_reprint"_s), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(u"http_printer_test"_s), qPrintable(actions.join(u',')));
    }
};

QTEST_MAIN(TestTicketE2e)
#include "tst_ticket_e2e.moc"
