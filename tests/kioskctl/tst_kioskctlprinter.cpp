// kioskctl printer, printer test and reprint against a real HealthMonitor wired like the kiosk:
// the printer's state and given-up tickets as a table and as JSON, the kiosk's answers (queued,
// no such order, no printer), the audit rows, a bad number refused before anything is sent,
// and the kiosk not running.
#include "ctlfixture.h"
#include "support/freeport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

// The kiosk's printer side: a paper-out printer with one ticket given up, and the handlers.
struct KioskWithPrinter
{
    RunningKiosk kiosk;
    bool configured = true;
    int tests = 0;
    QStringList reprints;

    explicit KioskWithPrinter(const Store &store) : kiosk(store)
    {
        kiosk.monitor->setPrinterTestHandler([this] {
            ++tests;
            return configured;
        });
        kiosk.monitor->setReprintHandler([this](const QString &number) {
            reprints.append(number);
            if (!configured)
                return ReprintAnswer::NoPrinter;
            return number == u"T-042"_s ? ReprintAnswer::Queued : ReprintAnswer::NoSuchOrder;
        });
    }

    void reportPaperOut()
    {
        const QDateTime at(QDate(2026, 12, 6), QTime(22, 0), Qt::UTC);
        PrinterStatus status;
        status.state = PrinterStatus::State::PaperOut;
        status.detail = u"paper end"_s;
        status.at = at;
        kiosk.monitor->reportPrinter(status, {FailedTicket{u"id-1"_s, u"T-041"_s, at.addSecs(-150), at.addSecs(-30), 13,
                                                           u"out of paper"_s}},
                                     7, 1);
    }
};

} // namespace

class TestKioskCtlPrinter : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    void printerWithoutOne()
    {
        const Store store = m_dir.newStore();
        KioskWithPrinter kiosk(store);
        const CtlRun run = runCtl(store.args({u"printer"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"no printer configured (kiosk.json printer.kind \"none\")\n"_s);
    }

    void printerShowsStateAndGivenUpTickets()
    {
        const Store store = m_dir.newStore();
        KioskWithPrinter kiosk(store);
        kiosk.reportPaperOut();
        CtlRun run = runCtlProcess(store.args({u"printer"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.outLines(), QStringList({
            u"printer: paper_out (paper end)"_s,
            u"checked: 2026-12-06 22:00:00 UTC"_s,
            u"tickets since start: 7 printed, 1 given up"_s,
            u"Not printed (kioskctl reprint NUMBER):"_s,
            u"TICKET  QUEUED (UTC)         GAVE UP (UTC)        TRIES  LAST ERROR"_s,
            u"T-041   2026-12-06 21:57:30  2026-12-06 21:59:30  13     out of paper"_s,
        }));

        run = runCtl(store.args({u"--json"_s, u"printer"_s}));
        QCOMPARE(run.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"state"_s).toString(), u"paper_out"_s);
        QCOMPARE(json.value(u"failed_tickets"_s).toArray().at(0).toObject().value(u"label"_s).toString(), u"T-041"_s);
        QCOMPARE(auditRows(store.dbPath), QStringList({u"http_printer_status: "_s, u"http_printer_status: "_s}));
    }

    void testTicket()
    {
        const Store store = m_dir.newStore();
        KioskWithPrinter kiosk(store);
        CtlRun run = runCtlProcess(store.args({u"printer"_s, u"test"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"test ticket queued\n"_s);
        kiosk.configured = false;
        run = runCtl(store.args({u"printer"_s, u"test"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no printer is configured\n"_s);
        QCOMPARE(kiosk.tests, 2);
        QCOMPARE(auditRows(store.dbPath), QStringList({u"http_printer_test: "_s, u"http_printer_test: no printer"_s}));
    }

    void reprint()
    {
        const Store store = m_dir.newStore();
        KioskWithPrinter kiosk(store);
        CtlRun run = runCtlProcess(store.args({u"reprint"_s, u"T-042"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"ticket for order T-042 queued\n"_s);
        run = runCtl(store.args({u"reprint"_s, u"T-999"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no order T-999\n"_s);
        kiosk.configured = false;
        run = runCtl(store.args({u"reprint"_s, u"T-042"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no printer is configured\n"_s);
        QCOMPARE(kiosk.reprints, QStringList({u"T-042"_s, u"T-999"_s, u"T-042"_s}));
        QCOMPARE(auditRows(store.dbPath), QStringList({u"http_printer_reprint: T-042"_s,
                                                       u"http_printer_reprint: T-999 no such order"_s,
                                                       u"http_printer_reprint: T-042 no printer"_s}));
    }

    void aBadNumberIsNotSent()
    {
        const Store store = m_dir.newStore();
        KioskWithPrinter kiosk(store);
        for (const QString &number : {u"T 042"_s, u"T-0420000000000000"_s, u"../sync"_s, u""_s}) {
            const CtlRun run = runCtl(store.args({u"reprint"_s, number}));
            QCOMPARE(run.status, 64);
            QCOMPARE(run.errLines().value(0),
                     u"kioskctl: reprint takes an order number: letters, digits and '-', at most 16 (K1-042)"_s);
        }
        QVERIFY(kiosk.reprints.isEmpty());
        QCOMPARE(kiosk.kiosk.syncs, 0);
    }

    // The same message and exit status as `kioskctl sync`.
    void kioskNotRunning()
    {
        const Store store = m_dir.newStore();
        const quint16 port = freePort();
        store.writeConfig(port);
        const QString expected = u"kioskctl: the kiosk is not running (nothing listens on 127.0.0.1:%1)\n"_s.arg(port);
        for (const QStringList &command : {QStringList{u"printer"_s}, QStringList{u"printer"_s, u"test"_s},
                                           QStringList{u"reprint"_s, u"T-042"_s}, QStringList{u"sync"_s}}) {
            const CtlRun run = runCtl(store.args(command));
            QCOMPARE(run.status, 2);
            QCOMPARE(run.err, expected);
            QVERIFY(run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestKioskCtlPrinter)
#include "tst_kioskctlprinter.moc"
