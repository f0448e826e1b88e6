#include "refpos/options.h"

#include <QCommandLineParser>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

struct Knob
{
    QString name;
    QString description;
    QString valueName;
};

const QList<Knob> &faultKnobs()
{
    static const QList<Knob> knobs{
        {u"latency-ms"_s, u"Delay every response of /v1/ by N ms."_s, u"N"_s},
        {u"error-rate"_s, u"Answer this fraction of requests with --error-status, unprocessed."_s, u"F"_s},
        {u"error-status"_s, u"The status of injected errors (default 503)."_s, u"S"_s},
        {u"rate-limit-rate"_s, u"Answer this fraction with 429 and Retry-After, unprocessed."_s, u"F"_s},
        {u"retry-after"_s, u"Retry-After seconds of injected 429s (default 1)."_s, u"S"_s},
        {u"hang-rate"_s, u"Process this fraction but never answer."_s, u"F"_s},
        {u"slow-body-rate"_s, u"Process this fraction and trickle the body out over --slow-body-ms."_s, u"F"_s},
        {u"slow-body-ms"_s, u"How long a slow body takes (default 2000)."_s, u"N"_s},
        {u"reset-rate"_s, u"Read this fraction, then reset the connection, unprocessed."_s, u"F"_s},
        {u"malformed-rate"_s, u"Process this fraction and cut the 2xx body in half."_s, u"F"_s},
    };
    return knobs;
}

// Reads --name as a number in [min, max] into `target`.
template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max,
                T *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    const bool whole = !std::is_integral_v<T> || value == double(qint64(value));
    if (!ok || !whole || value < min || value > max) {
        *error = u"--%1: expected a%2 number from %3 to %4, got \"%5\""_s.arg(
            name, std::is_integral_v<T> ? u" whole"_s : QString()).arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    *target = T(value);
    return true;
}

} // namespace

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
        {u"seed"_s, u"Seed of the fault PRNG (default: from the clock)."_s, u"N"_s},
        {u"faults-on-health"_s, u"Inject faults on /v1/health too."_s},
        {u"terminal-auto"_s, u"What the simulated card terminal does when its queue is empty: approve:2000, or a comma list cycled (approve:300,decline:300); default no_answer."_s, u"LIST"_s},
    });
    for (const Knob &knob : faultKnobs())
        parser.addOption({knob.name, knob.description, knob.valueName});

    const QString usage = u"\nusage: refpos --port N --db FILE [--menu FILE] [--token-file FILE] [--admin-token-file FILE] [--seed N] [--terminal-auto LIST] [fault options]; see --help"_s;
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + usage;
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        error->clear();
        *help = parser.helpText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()) + usage;
        return std::nullopt;
    }
    if (!parser.isSet(u"port"_s) || !parser.isSet(u"db"_s)) {
        *error = u"--port and --db are required"_s + usage;
        return std::nullopt;
    }

    Options options;
    options.databasePath = parser.value(u"db"_s);
    options.menuPath = parser.value(u"menu"_s);
    options.tokenFile = parser.value(u"token-file"_s);
    options.adminTokenFile = parser.value(u"admin-token-file"_s);
    options.faults.faultsOnHealth = parser.isSet(u"faults-on-health"_s);
    quint32 seed = 0;
    FaultConfig &f = options.faults;
    const double maxMs = 10 * 60 * 1000;
    const bool ok = readNumber(parser, u"port"_s, 0, 65535, &options.port, error)
        && readNumber(parser, u"seed"_s, 0, std::numeric_limits<quint32>::max(), &seed, error)
        && readNumber(parser, u"latency-ms"_s, 0, maxMs, &f.latencyMs, error)
        && readNumber(parser, u"error-rate"_s, 0, 1, &f.errorRate, error)
        && readNumber(parser, u"error-status"_s, 400, 599, &f.errorStatus, error)
        && readNumber(parser, u"rate-limit-rate"_s, 0, 1, &f.rateLimitRate, error)
        && readNumber(parser, u"retry-after"_s, 0, 86400, &f.retryAfterS, error)
        && readNumber(parser, u"hang-rate"_s, 0, 1, &f.hangRate, error)
        && readNumber(parser, u"slow-body-rate"_s, 0, 1, &f.slowBodyRate, error)
        && readNumber(parser, u"slow-body-ms"_s, 0, maxMs, &f.slowBodyMs, error)
        && readNumber(parser, u"reset-rate"_s, 0, 1, &f.resetRate, error)
        && readNumber(parser, u"malformed-rate"_s, 0, 1, &f.malformedRate, error);
    if (!ok)
        return std::nullopt;
    if (const QString problem = f.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
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
