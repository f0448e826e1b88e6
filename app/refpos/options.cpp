#include "refpos/options.h"

#include "simkit/commandline.h"

#include <QCommandLineParser>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

std::optional<Options> parseOptions(const QStringList &arguments, QString *error, QString *help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reference point-of-sale and loyalty backend: contract v1 on 127.0.0.1, for tests and demos."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one."_s, u"N"_s},
        {u"db"_s, u"SQLite database file (created if missing)."_s, u"FILE"_s},
        {u"menu"_s, u"The menu to serve (a kiosk-config menu.json)."_s, u"FILE"_s},
        {u"token-file"_s, u"File holding the bearer token kiosks must send."_s, u"FILE"_s},
        {u"admin-token-file"_s, u"File holding the bearer token /admin/ needs (without it /admin/ is refused)."_s, u"FILE"_s},
        {u"welcome-reward-item"_s, u"A menu item (of --menu) each member who joins through POST /v1/loyalty/members gets free, once."_s, u"ITEM_ID"_s},
        {u"promotions"_s, u"The promo codes refpos knows (a kiosk-config promotions.json)."_s, u"FILE"_s},
        {u"seed"_s, u"Seed of the fault PRNG (default: from the clock)."_s, u"N"_s},
        {u"terminal-auto"_s, u"What the simulated card terminal does when its queue is empty: approve:2000, or a comma list cycled (approve:300,decline:300); default no_answer."_s, u"LIST"_s},
    });
    simkit::addFaultOptions(parser);

    const QString usage = u"\nusage: refpos --port N --db FILE [--menu FILE] [--token-file FILE] [--admin-token-file FILE] [--welcome-reward-item ITEM_ID] [--promotions FILE] [--seed N] [--terminal-auto LIST] [fault options]; see --help"_s;
    if (!simkit::parseArguments(parser, arguments, usage, error, help))
        return std::nullopt;
    if (!parser.isSet(u"port"_s) || !parser.isSet(u"db"_s)) {
        *error = u"--port and --db are required"_s + usage;
        return std::nullopt;
    }

    Options options;
    options.databasePath = parser.value(u"db"_s);
    options.menuPath = parser.value(u"menu"_s);
    options.tokenFile = parser.value(u"token-file"_s);
    options.adminTokenFile = parser.value(u"admin-token-file"_s);
    options.welcomeRewardItem = parser.value(u"welcome-reward-item"_s);
    options.promotionsPath = parser.value(u"promotions"_s);
    if (parser.isSet(u"welcome-reward-item"_s) && options.menuPath.isEmpty()) {
        *error = u"--welcome-reward-item needs --menu (the item must be on it)"_s + usage;
        return std::nullopt;
    }
    quint32 seed = 0;
    const bool ok = simkit::readNumber(parser, u"port"_s, 0, 65535, &options.port, error)
        && simkit::readNumber(parser, u"seed"_s, 0, std::numeric_limits<quint32>::max(), &seed, error)
        && simkit::readFaultOptions(parser, &options.faults, error);
    if (!ok)
        return std::nullopt;
    if (parser.isSet(u"seed"_s))
        options.seed = seed;
    if (parser.isSet(u"terminal-auto"_s)) {
        const auto outcomes =
            simkit::parseTerminalOutcomes(parser.value(u"terminal-auto"_s), terminalKinds(), error);
        if (!outcomes)
            return std::nullopt;
        options.terminalAuto = *outcomes;
    }
    return options;
}

} // namespace kiosk::refpos
