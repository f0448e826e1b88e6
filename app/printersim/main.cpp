// printersim: a receipt printer on 127.0.0.1 for tests and demos (app/printersim, docs/printing.md).
#include "printersim/printeradmin.h"
#include "printersim/printersimoptions.h"
#include "printersim/printersimulator.h"
#include "printersim/ticketarchive.h"
#include "simkit/commandline.h"
#include "simkit/faultinjector.h"
#include "simkit/server.h"
#include "simkit/signalwatcher.h"

#include <QGuiApplication>
#include <cstdio>

using namespace kiosk;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The tickets' pictures draw text, which needs a QGuiApplication; no screen is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"printersim"_s);

    QString error;
    QString help;
    const std::optional<PrinterSimOptions> options = parsePrinterSimOptions(app.arguments(), &error, &help);
    if (!options)
        return simkit::helpOrFailure("printersim", error, help);
    TicketArchive archive(options->outDir, options->paperWidthMm);
    if (!archive.open(&error))
        return simkit::failure("printersim", error);

    PrinterSimulator printer;
    QObject::connect(&printer, &PrinterSimulator::ticketReceived, &app, [&printer, &archive](int index) {
        std::printf("printersim: %s\n", qPrintable(archive.add(printer.tickets().at(index))));
        std::fflush(stdout);
    });

    // The admin server is simkit's, without faults (they are the printer's own, set by PUT).
    simkit::FaultInjector noFaults(0, u"/none/"_s, QString());
    simkit::TrafficCounters counters;
    PrinterAdmin admin(printer, archive);
    simkit::Server adminServer([&admin](const simkit::Request &request) { return admin.handle(request); },
                               &simkit::Response::error, noFaults, counters);
    simkit::SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return simkit::failure("printersim", u"cannot watch for SIGTERM and SIGINT"_s);
    QObject::connect(&signalWatcher, &simkit::SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    if (!printer.listen(options->port))
        return simkit::failure("printersim", u"cannot listen on 127.0.0.1:%1"_s.arg(options->port));
    quint16 adminPort = 0;
    if (options->adminPort) {
        adminPort = adminServer.listenOnLoopback(*options->adminPort, &error);
        if (adminPort == 0)
            return simkit::failure("printersim", error);
    }
    // Tests and scripts wait for exactly this line, alone on stdout until the first ticket.
    std::printf("printersim listening on 127.0.0.1:%u\n", unsigned(printer.port()));
    std::fflush(stdout);
    if (adminPort != 0)
        std::fprintf(stderr, "printersim: admin on 127.0.0.1:%u\n", unsigned(adminPort));
    return app.exec();
}
