#pragma once

#include "simkit/faultconfig.h"

#include <QCommandLineParser>
#include <QString>
#include <type_traits>

namespace kiosk::simkit {

// What the simulators' command lines share.

// Parses `arguments`, refusing positional ones; false with `error` (ending with `usage`), or
// on --help with an empty `error` and the help text in `help`.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                    QString *error, QString *help);

// How a simulator's main() ends when parseArguments (or its own checks) said no: the help on
// stdout with 0, or "<program>: <error>" on stderr with 1.
int helpOrFailure(const char *program, const QString &error, const QString &help);
int failure(const char *program, const QString &message);

// The fault options every simulator takes (--latency-ms, --error-rate, ...), one per
// FaultConfig setting, and --faults-on-health.
void addFaultOptions(QCommandLineParser &parser);
// The options' values into `faults`, checked; false with `error` set.
bool readFaultOptions(const QCommandLineParser &parser, FaultConfig *faults, QString *error);

// Reads --name as a number in [min, max] into `target` (unchanged when the option is absent).
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
        *error = QStringLiteral("--%1: expected a%2 number from %3 to %4, got \"%5\"")
                     .arg(name, std::is_integral_v<T> ? QStringLiteral(" whole") : QString())
                     .arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    *target = T(value);
    return true;
}

// A bearer token file's first line, trimmed; nullopt with `error` when the file cannot be
// read or that line is empty.
std::optional<QByteArray> readTokenFile(const QString &path, QString *error);

// The API token and the admin token from their files (an empty path: none). The client holds
// the API token: with the same one it could reach fault injection, so the two must differ.
struct Tokens
{
    QByteArray api;
    QByteArray admin;
};
std::optional<Tokens> readTokens(const QString &tokenFile, const QString &adminTokenFile, QString *error);

} // namespace kiosk::simkit
