#pragma once

#include "simkit/faultconfig.h"
#include "simkit/terminaloutcome.h"

#include <QStringList>
#include <optional>

namespace kiosk::squaresim {

// squaresim's command line:
//   squaresim --seed DIR --token-file FILE [--port N] [--admin-token-file FILE] [--api-json FILE]
//             [--catalog-page-size N] [--terminal-auto LIST] [--fault-seed N] [fault options]
struct Options
{
    quint16 port = 0;
    QString seedDir;
    QString tokenFile;
    QString adminTokenFile; // empty: /sim/ is refused (but /sim/images/)
    QString apiJson;        // empty: nothing is validated
    int catalogPageSize = 100;
    std::optional<quint32> faultSeed; // none: seeded from the clock
    simkit::FaultConfig faults;
    QList<simkit::TerminalOutcome> terminalAuto; // empty: no_answer
};

// nullopt with `error` set (a usage message included) when the arguments are wrong; `error`
// is empty on --help, whose text is then in `help`.
std::optional<Options> parseOptions(const QStringList &arguments, QString *error, QString *help);

} // namespace kiosk::squaresim
