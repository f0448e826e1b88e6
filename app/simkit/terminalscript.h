#pragma once

#include "simkit/terminaloutcome.h"

#include <QJsonObject>
#include <optional>

namespace kiosk::simkit {

// A test's script for a simulated card terminal, the body of the simulators' admin
// PUT .../terminals/<id>: {"clear": true} empties its queue, {"next", "after_ms"} appends an
// outcome (a kind of `kinds`), {"cancel_after_ms"} sets how long it takes to act on a cancel.
struct TerminalScript
{
    bool clear = false;
    std::optional<TerminalOutcome> next;
    std::optional<qint64> cancelAfterMs;
};

// nullopt with `error` when the body is not such a script or asks for nothing.
std::optional<TerminalScript> parseTerminalScript(const QJsonObject &body, const QStringList &kinds, QString *error);

} // namespace kiosk::simkit
