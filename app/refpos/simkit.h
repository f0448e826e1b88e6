#pragma once

#include "simkit/bearertoken.h"
#include "simkit/faultinjector.h"
#include "simkit/httpmessage.h"
#include "simkit/server.h"
#include "simkit/signalwatcher.h"
#include "simkit/terminaloutcome.h"

#include <QStringList>

namespace kiosk::refpos {

// refpos is built on the simulators' shared kit (app/simkit); these are its names here.
using simkit::BearerToken;
using simkit::Fault;
using simkit::FaultConfig;
using simkit::FaultInjector;
using simkit::MaxTerminalDelayMs;
using simkit::Request;
using simkit::Response;
using simkit::Server;
using simkit::SignalWatcher;
using simkit::TerminalOutcome;

// What refpos's simulated terminal can do with a payment.
inline QStringList terminalKinds()
{
    return {QStringLiteral("approve"), QStringLiteral("decline"), QStringLiteral("buyer_cancel"),
            QStringLiteral("no_answer")};
}

} // namespace kiosk::refpos
