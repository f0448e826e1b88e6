#pragma once

#include "refpos/simkit.h"

#include <QStringList>
#include <optional>

namespace kiosk::refpos {

// refpos's command line (docs/backend-api.md, "Running refpos").
struct Options
{
    quint16 port = 0;
    QString databasePath;
    QString menuPath;  // empty: GET /v1/menu answers 404
    QString tokenFile; // empty: no authentication
    QString adminTokenFile; // empty: /admin/ is refused
    QString welcomeRewardItem; // a --menu item each new member gets once, free; empty: none
    QString promotionsPath;    // {"promotions": [...]}; empty: no promo code is known
    std::optional<quint32> seed; // none: seeded from the clock
    FaultConfig faults;
    // The card terminal's outcome when its queue is empty, cycled; empty: no_answer.
    QList<TerminalOutcome> terminalAuto;
};

// nullopt with `error` set (a usage message included) when the arguments are wrong; `error`
// is empty on --help, whose text is then in `help`.
std::optional<Options> parseOptions(const QStringList &arguments, QString *error, QString *help);

} // namespace kiosk::refpos
