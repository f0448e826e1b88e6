#pragma once

#include <QJsonObject>
#include <optional>

namespace kiosk::simkit {

// The faults a simulator injects, as set on the command line or with its admin API. Rates are
// probabilities per request; a request gets at most one random fault, so the rates must add
// up to at most 1. Latency is not random: it delays every eligible response.
struct FaultConfig
{
    int latencyMs = 0;
    double errorRate = 0;
    int errorStatus = 503;
    double rateLimitRate = 0;
    int retryAfterS = 1;
    double hangRate = 0;
    double slowBodyRate = 0;
    int slowBodyMs = 2000;
    double resetRate = 0;
    double malformedRate = 0;
    bool faultsOnHealth = false;

    // The problem with these settings, or an empty string when they are usable.
    QString validate() const;

    QJsonObject toJson() const;
    // Keys as in toJson(); missing keys take their defaults (so {} clears every fault) and
    // unknown keys are refused, so that a typo does not silently inject nothing.
    static std::optional<FaultConfig> fromJson(const QJsonObject &json, QString *error);
};

} // namespace kiosk::simkit
