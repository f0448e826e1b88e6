// The receipt printer in /healthz (the printer:state check) and /metrics: absent without a
// printer, a warning in plain words for staff when it cannot print or gave tickets up.
#include "health/healthevaluator.h"
#include "health/healthmetrics.h"
#include "healthinputs.h"
#include "promtext.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kiosk::PrinterStatus::State)

namespace {

PrinterHealth printer(PrinterStatus::State state, const QString &detail = {})
{
    PrinterHealth p;
    p.status.state = state;
    p.status.detail = detail;
    p.status.at = Now.addSecs(-5);
    return p;
}

HealthCheck printerCheckOf(const HealthInputs &in)
{
    const HealthReport report = evaluateHealth(in, {}, Now);
    const HealthCheck *check = report.find(u"printer:state"_s);
    if (!check)
        qFatal("printer:state missing");
    return *check;
}

FailedTicket givenUp(const QDateTime &at)
{
    return FailedTicket{u"order-1"_s, u"T-042"_s, at.addSecs(-120), at, 13, u"out of paper"_s};
}

} // namespace

class TestPrinterHealth : public QObject
{
    Q_OBJECT

private slots:
    void absentWithoutAPrinter()
    {
        const HealthInputs in = healthy();
        const HealthReport report = evaluateHealth(in, {}, Now);
        QVERIFY(!report.find(u"printer:state"_s));
        QCOMPARE(report.status, HealthStatus::Pass);
    }

    void readyPasses()
    {
        HealthInputs in = healthy();
        in.printer = printer(PrinterStatus::State::Ready);
        const HealthCheck check = printerCheckOf(in);
        QCOMPARE(check.status, HealthStatus::Pass);
        QCOMPARE(check.observedValue.toString(), u"ready"_s);
        QCOMPARE(check.time, Now.addSecs(-5));
        QCOMPARE(evaluateHealth(in, {}, Now).status, HealthStatus::Pass);
    }

    void notReadYetPasses()
    {
        HealthInputs in = healthy();
        in.printer = printer(PrinterStatus::State::Unknown);
        QCOMPARE(printerCheckOf(in).status, HealthStatus::Pass);
        QCOMPARE(printerCheckOf(in).output, u"not read yet"_s);
    }

    void paperLowWarns()
    {
        HealthInputs in = healthy();
        in.printer = printer(PrinterStatus::State::Ready);
        in.printer->status.paperNearEnd = true;
        QCOMPARE(printerCheckOf(in).status, HealthStatus::Warn);
        QCOMPARE(printerCheckOf(in).output, u"paper low: change the roll soon"_s);
    }

    void troubleWarnsInPlainWords_data()
    {
        QTest::addColumn<PrinterStatus::State>("state");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("output");
        QTest::newRow("paper out") << PrinterStatus::State::PaperOut << u"roll empty"_s << u"out of paper"_s;
        QTest::newRow("cover open") << PrinterStatus::State::CoverOpen << QString() << u"cover open"_s;
        QTest::newRow("unreachable") << PrinterStatus::State::Unreachable
                                     << u"connection refused by 192.168.1.60:9100"_s
                                     << u"unreachable: connection refused by 192.168.1.60:9100"_s;
        QTest::newRow("error") << PrinterStatus::State::Error << u"autocutter error"_s
                               << u"printer error: autocutter error"_s;
    }

    void troubleWarnsInPlainWords()
    {
        QFETCH(PrinterStatus::State, state);
        QFETCH(QString, detail);
        QFETCH(QString, output);
        HealthInputs in = healthy();
        in.printer = printer(state, detail);
        const HealthCheck check = printerCheckOf(in);
        QCOMPARE(check.status, HealthStatus::Warn);
        QCOMPARE(check.output, output);
        // The order number is on screen: a printer never fails the kiosk.
        QCOMPARE(evaluateHealth(in, {}, Now).status, HealthStatus::Warn);
    }

    void givenUpTicketsWarnForAnHour()
    {
        HealthInputs in = healthy();
        in.printer = printer(PrinterStatus::State::Ready);
        in.printer->failedTickets = {givenUp(Now.addSecs(-3599)), givenUp(Now.addSecs(-600))};
        QCOMPARE(printerCheckOf(in).status, HealthStatus::Warn);
        QCOMPARE(printerCheckOf(in).output,
                 u"2 ticket(s) not printed in the last hour: reprint from diagnostics or kioskctl reprint"_s);

        in.printer->failedTickets = {givenUp(Now.addSecs(-3600)), givenUp(Now.addSecs(-7200))};
        QCOMPARE(printerCheckOf(in).status, HealthStatus::Pass);
        QCOMPARE(printerCheckOf(in).output, u"printer ready"_s);
    }

    void troubleAndGivenUpTicketsAreBothSaid()
    {
        HealthInputs in = healthy();
        in.printer = printer(PrinterStatus::State::PaperOut);
        in.printer->failedTickets = {givenUp(Now.addSecs(-60))};
        QCOMPARE(printerCheckOf(in).output,
                 u"out of paper; 1 ticket(s) not printed in the last hour: reprint from diagnostics or kioskctl reprint"_s);
    }

    void metrics()
    {
        HealthInputs in = healthy();
        QByteArray text = renderMetrics(evaluateHealth(in, {}, Now), in, Histogram(syncDurationBuckets()), u"0.1.0"_s);
        PromFamilies families;
        QVERIFY(validateExposition(text, &families).isEmpty());
        QVERIFY(families.value("kiosk_printer_up").samples.isEmpty());
        QVERIFY(families.value("kiosk_tickets_printed_total").samples.isEmpty());

        in.printer = printer(PrinterStatus::State::Ready);
        in.printer->printed = 41;
        in.printer->givenUp = 2;
        text = renderMetrics(evaluateHealth(in, {}, Now), in, Histogram(syncDurationBuckets()), u"0.1.0"_s);
        families.clear();
        const QStringList errors = validateExposition(text, &families);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(families.value("kiosk_printer_up").type, QByteArray("gauge"));
        QCOMPARE(sampleValue(families, "kiosk_printer_up"), 1.0);
        QCOMPARE(families.value("kiosk_tickets_printed_total").type, QByteArray("counter"));
        QCOMPARE(sampleValue(families, "kiosk_tickets_printed_total"), 41.0);
        QCOMPARE(families.value("kiosk_tickets_failed_total").type, QByteArray("counter"));
        QCOMPARE(sampleValue(families, "kiosk_tickets_failed_total"), 2.0);
        QCOMPARE(sampleValue(families, "kiosk_health_status", {{"check", "printer:state"}}), 0.0);

        in.printer->status.state = PrinterStatus::State::CoverOpen;
        text = renderMetrics(evaluateHealth(in, {}, Now), in, Histogram(syncDurationBuckets()), u"0.1.0"_s);
        families.clear();
        QVERIFY(validateExposition(text, &families).isEmpty());
        QCOMPARE(sampleValue(families, "kiosk_printer_up"), 0.0);
        QCOMPARE(sampleValue(families, "kiosk_health_status", {{"check", "printer:state"}}), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPrinterHealth)
#include "tst_printerhealth.moc"
