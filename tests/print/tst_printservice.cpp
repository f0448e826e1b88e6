#include "print/printservice.h"
#include "printersim/printersimulator.h"
#include "support/freeport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

QByteArray ticketBytes(const QString &label)
{
    return QByteArray::fromHex("1b40") + label.toLatin1() + '\n' + QByteArray(200, 'x') + '\n'
           + QByteArray::fromHex("1d564200");
}

TicketRender renderOf(const QString &label)
{
    return [label](const PrinterSettings &) { return ticketBytes(label); };
}

PrinterSettings networkPrinter(quint16 port)
{
    PrinterSettings settings;
    settings.kind = PrinterSettings::Kind::Network;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    return settings;
}

// Short enough for a test, in the proportions; no idle polls unless a test wants them.
PrintTiming quick(int giveUpAfterMs = 5000, int ioTimeoutMs = 1000)
{
    return PrintTiming{50, giveUpAfterMs, 60000, ioTimeoutMs};
}

// Every signal of the service as one line, in the order the GUI thread saw them.
QStringList *recordSignals(PrintService &service, QObject *context)
{
    auto *log = new QStringList;
    QObject::connect(context, &QObject::destroyed, [log] { delete log; });
    QObject::connect(&service, &PrintService::statusChanged, context,
                     [log](const PrinterStatus &s) { log->append(u"statusChanged "_s + printerStateCode(s.state)); });
    QObject::connect(&service, &PrintService::ticketDelayed, context,
                     [log](const QString &, const QString &label) { log->append(u"ticketDelayed "_s + label); });
    QObject::connect(&service, &PrintService::ticketPrinted, context,
                     [log](const QString &, const QString &label) { log->append(u"ticketPrinted "_s + label); });
    QObject::connect(&service, &PrintService::ticketGivenUp, context,
                     [log](const QString &, const QString &label) { log->append(u"ticketGivenUp "_s + label); });
    QObject::connect(&service, &PrintService::failedTicketsChanged, context,
                     [log] { log->append(u"failedTicketsChanged"_s); });
    return log;
}

// The printer simulator on loopback and a PrintService pointed at it, with a spy on each
// ticket signal. Nothing is started until start().
struct Rig
{
    PrinterSimulator simulator;
    PrintService service;
    QSignalSpy delayed{&service, &PrintService::ticketDelayed};
    QSignalSpy printed{&service, &PrintService::ticketPrinted};
    QSignalSpy givenUp{&service, &PrintService::ticketGivenUp};

    bool start(PrintTiming timing = quick(), int copies = 1)
    {
        if (!simulator.listen())
            return false;
        PrinterSettings settings = networkPrinter(simulator.port());
        settings.copies = copies;
        service.start(settings, timing);
        return true;
    }
    // The first status read is done and the printer is ready.
    bool ready()
    {
        return QTest::qWaitFor([this] { return service.status().state == PrinterStatus::State::Ready; }, 5000);
    }
};

} // namespace

class TestPrintService : public QObject
{
    Q_OBJECT

private slots:
    void printsInOrderOffTheGuiThread()
    {
        Rig rig;
        QVERIFY(rig.start());
        std::atomic_bool renderedOnGuiThread = false;
        QThread *gui = QThread::currentThread();
        for (const QString &label : {u"A-001"_s, u"A-002"_s, u"A-003"_s}) {
            rig.service.print(u"id-"_s + label, label, [&, label](const PrinterSettings &) {
                renderedOnGuiThread = renderedOnGuiThread || QThread::currentThread() == gui;
                return ticketBytes(label);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.printed.size(), 3, 5000);
        QCOMPARE(rig.printed.at(0).at(1).toString(), u"A-001"_s);
        QCOMPARE(rig.printed.at(1).at(1).toString(), u"A-002"_s);
        QCOMPARE(rig.printed.at(2).at(0).toString(), u"id-A-003"_s);
        QCOMPARE(rig.simulator.tickets(),
                 (QList<QByteArray>{ticketBytes(u"A-001"_s), ticketBytes(u"A-002"_s), ticketBytes(u"A-003"_s)}));
        QVERIFY(!renderedOnGuiThread);
        QCOMPARE(rig.service.status().state, PrinterStatus::State::Ready);
        QCOMPARE(rig.service.printedCount(), 3);
    }

    // The order of the signals for a ticket that fails once and then prints.
    void paperOutDelaysThenPrints()
    {
        Rig rig;
        QObject context;
        rig.simulator.setPaper(PrinterSimulator::Paper::Out);
        QVERIFY(rig.start());
        QTRY_COMPARE(rig.service.status().state, PrinterStatus::State::PaperOut);
        QStringList *log = recordSignals(rig.service, &context);
        rig.service.print(u"id-7"_s, u"A-007"_s, renderOf(u"A-007"_s));
        QTRY_COMPARE(rig.delayed.size(), 1);
        QCOMPARE(rig.delayed.at(0).at(2).toString(), u"the paper roll is out"_s);
        QTest::qWait(200); // several retries: still one ticketDelayed, nothing printed
        QCOMPARE(rig.delayed.size(), 1);
        QVERIFY(rig.simulator.tickets().isEmpty());

        rig.simulator.setPaper(PrinterSimulator::Paper::Present);
        QTRY_COMPARE(rig.printed.size(), 1);
        QCOMPARE(rig.simulator.tickets(), QList<QByteArray>{ticketBytes(u"A-007"_s)});
        QCOMPARE(*log, (QStringList{u"ticketDelayed A-007"_s, u"statusChanged ready"_s,
                                    u"ticketPrinted A-007"_s}));
        QVERIFY(rig.service.failedTickets().isEmpty());
    }

    // Paper out once the ticket is under way: the printer dropped the bytes, so the status read
    // after sending decides it was not printed.
    void paperOutWhileSendingIsNotPrinted()
    {
        Rig rig;
        QVERIFY(rig.start(quick(400)));
        QVERIFY(rig.ready());
        // The render runs after the status read that found the printer Ready.
        PrinterSimulator *simulator = &rig.simulator;
        rig.service.print(u"id-8"_s, u"A-008"_s, [simulator](const PrinterSettings &) {
            QMetaObject::invokeMethod(
                simulator, [simulator] { simulator->setPaper(PrinterSimulator::Paper::Out); },
                Qt::BlockingQueuedConnection);
            return ticketBytes(u"A-008"_s);
        });
        QTRY_COMPARE_WITH_TIMEOUT(rig.givenUp.size(), 1, 3000);
        QCOMPARE(rig.printed.size(), 0);
        QVERIFY(rig.simulator.tickets().isEmpty());
        QCOMPARE(rig.simulator.discardedTickets(), 1);
        QCOMPARE(rig.service.failedTickets().at(0).lastError, u"the paper roll is out"_s);
    }

    void unreachableIsGivenUpAfterTheWindowAndListed()
    {
        PrintService service;
        QObject context;
        QStringList *log = recordSignals(service, &context);
        QSignalSpy givenUp(&service, &PrintService::ticketGivenUp);
        const quint16 port = kiosk::test::freePort();
        service.start(networkPrinter(port), quick(400));
        QElapsedTimer clock;
        clock.start();
        service.print(u"id-9"_s, u"A-009"_s, renderOf(u"A-009"_s));
        QTRY_COMPARE_WITH_TIMEOUT(givenUp.size(), 1, 3000);
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(givenUp.at(0).at(0).toString(), u"id-9"_s);
        const QList<FailedTicket> failed = service.failedTickets();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).label, u"A-009"_s);
        QVERIFY2(failed.at(0).attempts >= 5, qPrintable(QString::number(failed.at(0).attempts)));
        QCOMPARE(failed.at(0).lastError, u"connection refused by 127.0.0.1:%1"_s.arg(port));
        QVERIFY(failed.at(0).gaveUpAt >= failed.at(0).queuedAt.addMSecs(400));
        QCOMPARE(service.status().state, PrinterStatus::State::Unreachable);
        QCOMPARE(service.givenUpCount(), 1);
        QCOMPARE(log->filter(u"ticket"_s), (QStringList{u"ticketDelayed A-009"_s, u"ticketGivenUp A-009"_s}));
        QCOMPARE(log->last(), u"failedTicketsChanged"_s);
    }

    void disconnectMidTicketSendsItAgainWhole()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.ready());
        // Past the four status queries (12 bytes), 30 bytes into the ticket.
        rig.simulator.setDisconnectAfter(12 + 30);
        rig.service.print(u"id-10"_s, u"A-010"_s, renderOf(u"A-010"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.printed.size(), 1, 5000);
        QCOMPARE(rig.delayed.size(), 1);
        QCOMPARE(rig.simulator.tickets(), QList<QByteArray>{ticketBytes(u"A-010"_s)});
    }

    void silentPrinterIsUnreachableWithinTheTimeoutAndTheGuiKeepsTicking()
    {
        Rig rig;
        rig.simulator.setSilent(true);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(rig.start(quick(5000, 500)));
        QCOMPARE(rig.service.status().state, PrinterStatus::State::Unknown);
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(rig.service.status().state, PrinterStatus::State::Unreachable, 2000);
        const qint64 took = clock.elapsed();
        QVERIFY2(took >= 490 && took < 1500, qPrintable(QString::number(took)));
        QCOMPARE(rig.service.status().detail, u"the printer does not answer status requests"_s);
        // The GUI thread's loop ran all along: about one tick per 10 ms, never a 500 ms gap.
        QVERIFY2(ticks >= took / 10 / 3, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(took)));
    }

    // Stuck after it was fine: the open connection stays, and still one timeout decides.
    void printerFallingSilentIsUnreachableWithinOneTimeout()
    {
        Rig rig;
        QVERIFY(rig.start(quick(5000, 500)));
        QVERIFY(rig.ready());
        rig.simulator.setSilent(true);
        QElapsedTimer clock;
        clock.start();
        rig.service.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(rig.service.status().state, PrinterStatus::State::Unreachable, 2000);
        QVERIFY2(clock.elapsed() >= 490 && clock.elapsed() < 900, qPrintable(QString::number(clock.elapsed())));
    }

    void stopReturnsFastDuringRetries_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::newRow("waiting to retry (paper out)") << false;
        QTest::newRow("waiting for an answer (silent)") << true;
    }

    void stopReturnsFastDuringRetries()
    {
        QFETCH(bool, silent);
        Rig rig;
        rig.simulator.setPaper(PrinterSimulator::Paper::Out);
        rig.simulator.setSilent(silent);
        QVERIFY(rig.start(PrintTiming{2000, 60000, 60000, 10000}));
        rig.service.print(u"id-11"_s, u"A-011"_s, renderOf(u"A-011"_s));
        if (silent)
            QTest::qWait(300); // mid-wait for a status answer that never comes
        else
            QTRY_COMPARE(rig.delayed.size(), 1);
        QElapsedTimer clock;
        clock.start();
        rig.service.stop();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!rig.service.isRunning());
    }

    void applySettingsToAnotherPortKeepsTheTicket()
    {
        Rig rig;
        QVERIFY(rig.simulator.listen());
        rig.service.start(networkPrinter(kiosk::test::freePort()), quick());
        rig.service.print(u"id-12"_s, u"A-012"_s, renderOf(u"A-012"_s));
        QTRY_COMPARE(rig.delayed.size(), 1);
        rig.service.applySettings(networkPrinter(rig.simulator.port()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.printed.size(), 1, 3000);
        QCOMPARE(rig.simulator.tickets(), QList<QByteArray>{ticketBytes(u"A-012"_s)});
        QVERIFY(rig.service.failedTickets().isEmpty());
        QCOMPARE(rig.service.status().state, PrinterStatus::State::Ready);
    }

    // The render runs again for the new settings; the connection stays.
    void applySettingsRendersForTheNewPaper()
    {
        Rig rig;
        rig.simulator.setPaper(PrinterSimulator::Paper::Out);
        QVERIFY(rig.start());
        QList<int> widths;
        rig.service.print(u"id-16"_s, u"A-016"_s, [&widths](const PrinterSettings &settings) {
            widths.append(settings.paperWidthMm); // read after the ticket printed
            return ticketBytes(u"A-016"_s);
        });
        QTRY_COMPARE(rig.delayed.size(), 1);
        QSignalSpy connections(&rig.simulator, &PrinterSimulator::connectionCountChanged);
        PrinterSettings narrow = networkPrinter(rig.simulator.port());
        narrow.paperWidthMm = 58;
        rig.service.applySettings(narrow);
        rig.simulator.setPaper(PrinterSimulator::Paper::Present);
        QTRY_COMPARE(rig.printed.size(), 1);
        QCOMPARE(widths, QList<int>{58});
        QCOMPARE(connections.size(), 0);
    }

    void twoCopiesPrintTwice()
    {
        Rig rig;
        QVERIFY(rig.start(quick(), 2));
        rig.service.print(u"id-13"_s, u"A-013"_s, renderOf(u"A-013"_s));
        QTRY_COMPARE(rig.printed.size(), 1);
        QCOMPARE(rig.simulator.tickets(), (QList<QByteArray>{ticketBytes(u"A-013"_s), ticketBytes(u"A-013"_s)}));
        QTest::qWait(100);
        QCOMPARE(rig.printed.size(), 1);
    }

    void idlePollsSeeTheStatusChange()
    {
        Rig rig;
        QVERIFY(rig.start(PrintTiming{50, 5000, 100, 1000}));
        QVERIFY(rig.ready());
        rig.simulator.setPaper(PrinterSimulator::Paper::NearEnd);
        QTRY_VERIFY_WITH_TIMEOUT(rig.service.status().paperNearEnd, 1000);
        rig.simulator.setCoverOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(rig.service.status().state, PrinterStatus::State::CoverOpen, 1000);
    }

    void checkNowReadsAtOnce()
    {
        Rig rig;
        QSignalSpy changed(&rig.service, &PrintService::statusChanged);
        QVERIFY(rig.start());
        QVERIFY(rig.ready());
        rig.simulator.setPaper(PrinterSimulator::Paper::Out);
        QTest::qWait(100);
        QCOMPARE(rig.service.status().state, PrinterStatus::State::Ready); // no poll for a minute
        const qsizetype before = changed.size();
        rig.service.checkNow();
        QTRY_COMPARE(rig.service.status().state, PrinterStatus::State::PaperOut);
        QCOMPARE(changed.size(), before + 1);
    }

    // A printer that closed the idle connection (or was switched off and on) is reconnected
    // without a failed attempt.
    void reconnectsAfterThePrinterDropsTheConnection()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.ready());
        QTRY_COMPARE(rig.simulator.connectionCount(), 1);
        rig.simulator.disconnectAll();
        QTRY_COMPARE(rig.simulator.connectionCount(), 0);
        rig.service.print(u"id-15"_s, u"A-015"_s, renderOf(u"A-015"_s));
        QTRY_COMPARE(rig.printed.size(), 1);
        QCOMPARE(rig.delayed.size(), 0);
        QCOMPARE(rig.simulator.tickets(), QList<QByteArray>{ticketBytes(u"A-015"_s)});
    }

    void notConfiguredPrintsNothing()
    {
        PrintService service;
        QSignalSpy anything(&service, &PrintService::ticketGivenUp);
        service.start(PrinterSettings{}, quick());
        QCOMPARE(service.status().state, PrinterStatus::State::NotConfigured);
        QVERIFY(!service.status().isTrouble());
        service.print(u"id-14"_s, u"A-014"_s, renderOf(u"A-014"_s));
        QTest::qWait(100);
        QCOMPARE(anything.size(), 0);
        QCOMPARE(service.status().state, PrinterStatus::State::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestPrintService)
#include "tst_printservice.moc"
