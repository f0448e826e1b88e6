#include "printersim/printersimoptions.h"

#include "simkit/commandline.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace kiosk {

std::optional<PrinterSimOptions> parsePrinterSimOptions(const QStringList &arguments, QString *error, QString *help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Receipt printer simulator: ESC/POS over raw TCP on 127.0.0.1, for tests and demos. Writes each ticket as ticket-NNN.bin, .txt and .png."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"The printer's TCP port on 127.0.0.1; 0 (the default) picks a free one."_s, u"N"_s},
        {u"out"_s, u"Folder the tickets are written to (created if missing)."_s, u"DIR"_s},
        {u"admin-port"_s, u"HTTP port on 127.0.0.1 for /admin/printer and /admin/tickets; 0 picks a free one; none without it."_s, u"M"_s},
        {u"paper-width"_s, u"Paper width in mm: 80 (the default, 576 dots) or 58 (384 dots)."_s, u"MM"_s},
    });
    const QString usage = u"\nusage: printersim --out DIR [--port N] [--admin-port M] [--paper-width 58|80]; see --help"_s;
    if (!simkit::parseArguments(parser, arguments, usage, error, help))
        return std::nullopt;
    if (!parser.isSet(u"out"_s)) {
        *error = u"--out is required"_s + usage;
        return std::nullopt;
    }
    PrinterSimOptions options;
    options.outDir = parser.value(u"out"_s);
    quint16 adminPort = 0;
    const bool ok = simkit::readNumber(parser, u"port"_s, 0, 65535, &options.port, error)
        && simkit::readNumber(parser, u"admin-port"_s, 0, 65535, &adminPort, error)
        && simkit::readNumber(parser, u"paper-width"_s, 58, 80, &options.paperWidthMm, error);
    if (!ok)
        return std::nullopt;
    if (options.paperWidthMm != 58 && options.paperWidthMm != 80) {
        *error = u"--paper-width: expected 58 or 80, got \"%1\""_s.arg(parser.value(u"paper-width"_s));
        return std::nullopt;
    }
    if (parser.isSet(u"admin-port"_s))
        options.adminPort = adminPort;
    return options;
}

} // namespace kiosk
