#include "simkit/commandline.h"

#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

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
        {u"latency-ms"_s, u"Delay every response of the API by N ms."_s, u"N"_s},
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

} // namespace

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                    QString *error, QString *help)
{
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        error->clear();
        *help = parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()) + usage;
        return false;
    }
    return true;
}

int helpOrFailure(const char *program, const QString &error, const QString &help)
{
    if (!error.isEmpty())
        return failure(program, error);
    std::fputs(qPrintable(help), stdout);
    return 0;
}

int failure(const char *program, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(message));
    return 1;
}

void addFaultOptions(QCommandLineParser &parser)
{
    parser.addOption({u"faults-on-health"_s, u"Inject faults on the health endpoint too."_s});
    for (const Knob &knob : faultKnobs())
        parser.addOption({knob.name, knob.description, knob.valueName});
}

bool readFaultOptions(const QCommandLineParser &parser, FaultConfig *faults, QString *error)
{
    FaultConfig &f = *faults;
    f.faultsOnHealth = parser.isSet(u"faults-on-health"_s);
    const double maxMs = 10 * 60 * 1000;
    const bool ok = readNumber(parser, u"latency-ms"_s, 0, maxMs, &f.latencyMs, error)
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
        return false;
    if (const QString problem = f.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

std::optional<QByteArray> readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the token file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    // Surrounding whitespace (a trailing newline) is not part of the token.
    const QByteArray token = file.readLine().trimmed();
    if (token.isEmpty()) {
        *error = u"the token file %1 is empty"_s.arg(path);
        return std::nullopt;
    }
    return token;
}

std::optional<Tokens> readTokens(const QString &tokenFile, const QString &adminTokenFile, QString *error)
{
    Tokens tokens;
    for (const auto &[path, target] : {std::pair{tokenFile, &tokens.api}, {adminTokenFile, &tokens.admin}}) {
        if (path.isEmpty())
            continue;
        const std::optional<QByteArray> read = readTokenFile(path, error);
        if (!read)
            return std::nullopt;
        *target = *read;
    }
    if (!tokens.admin.isEmpty() && tokens.admin == tokens.api) {
        *error = u"--admin-token-file and --token-file hold the same token: the admin token must be another"_s;
        return std::nullopt;
    }
    return tokens;
}

} // namespace kiosk::simkit
