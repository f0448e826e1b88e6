#include "squaresim/options.h"

#include "simkit/commandline.h"
#include "squaresim/terminal.h"

#include <QCommandLineParser>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

std::optional<Options> parseOptions(const QStringList &arguments, QString *error, QString *help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local Square simulator: the Square API the kiosk uses, on 127.0.0.1, for tests and demos. State is in memory."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"TCP port on 127.0.0.1; 0 (the default) picks a free one."_s, u"N"_s},
        {u"seed"_s, u"Folder with seed.json (location, catalog, customers, loyalty) and images/."_s, u"DIR"_s},
        {u"token-file"_s, u"File holding the access token the kiosk must send as Bearer."_s, u"FILE"_s},
        {u"admin-token-file"_s, u"File holding the token /sim/ needs (without it /sim/ is refused)."_s, u"FILE"_s},
        {u"api-json"_s, u"Square's api.json: validate every request and response against it."_s, u"FILE"_s},
        {u"catalog-page-size"_s, u"Objects per catalog page (default 100)."_s, u"N"_s},
        {u"fault-seed"_s, u"Seed of the fault PRNG (default: from the clock)."_s, u"N"_s},
        {u"terminal-auto"_s, u"What a Square Terminal does when its queue is empty: approve:2000, or a comma list cycled (approve:300,buyer_cancel:300); default no_answer."_s, u"LIST"_s},
    });
    simkit::addFaultOptions(parser);

    const QString usage = u"\nusage: squaresim --seed DIR --token-file FILE [--port N] [--admin-token-file FILE] [--api-json FILE] [--catalog-page-size N] [--terminal-auto LIST] [--fault-seed N] [fault options]; see --help"_s;
    if (!simkit::parseArguments(parser, arguments, usage, error, help))
        return std::nullopt;
    if (!parser.isSet(u"seed"_s) || !parser.isSet(u"token-file"_s)) {
        *error = u"--seed and --token-file are required"_s + usage;
        return std::nullopt;
    }
    Options options;
    options.seedDir = parser.value(u"seed"_s);
    options.tokenFile = parser.value(u"token-file"_s);
    options.adminTokenFile = parser.value(u"admin-token-file"_s);
    options.apiJson = parser.value(u"api-json"_s);
    quint32 faultSeed = 0;
    const bool ok = simkit::readNumber(parser, u"port"_s, 0, 65535, &options.port, error)
        && simkit::readNumber(parser, u"catalog-page-size"_s, 1, 1000, &options.catalogPageSize, error)
        && simkit::readNumber(parser, u"fault-seed"_s, 0, std::numeric_limits<quint32>::max(), &faultSeed, error)
        && simkit::readFaultOptions(parser, &options.faults, error);
    if (!ok)
        return std::nullopt;
    if (parser.isSet(u"fault-seed"_s))
        options.faultSeed = faultSeed;
    if (parser.isSet(u"terminal-auto"_s)) {
        const auto outcomes = simkit::parseTerminalOutcomes(parser.value(u"terminal-auto"_s), Terminal::kinds(), error);
        if (!outcomes)
            return std::nullopt;
        options.terminalAuto = *outcomes;
    }
    return options;
}

} // namespace kiosk::squaresim
