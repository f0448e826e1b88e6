#pragma once

#include "simkit/faultconfig.h"

#include <QRandomGenerator>
#include <QString>

namespace kiosk::simkit {

enum class Fault {
    None,
    Reset,     // the request is read, then the connection is reset: nothing is processed
    Error,     // errorStatus instead of processing
    RateLimit, // 429 with Retry-After instead of processing
    Hang,      // processed, but never answered
    SlowBody,  // processed; the body trickles out over slowBodyMs
    Malformed, // processed; a 2xx body arrives cut in half (unparsable JSON)
};

// "reset", "error", "rate_limit", "hang", "slow_body", "malformed"; "none" for None.
QString faultName(Fault fault);

// Decides which requests get which fault, from a seeded PRNG: the same seed and the same
// sequence of eligible requests give the same faults, so tests can count on them.
class FaultInjector
{
public:
    // Faults hit the paths under `apiPrefix` ("/v1/"), except `healthPath` unless the config's
    // faultsOnHealth says so.
    FaultInjector(quint32 seed, QString apiPrefix, QString healthPath)
        : m_random(seed), m_apiPrefix(std::move(apiPrefix)), m_healthPath(std::move(healthPath))
    {
    }

    const FaultConfig &config() const { return m_config; }
    void setConfig(const FaultConfig &config) { m_config = config; }
    void reseed(quint32 seed) { m_random.seed(seed); }

    bool appliesTo(const QString &path) const;
    // One draw per eligible request, cut into consecutive ranges, one per kind, in the order
    // reset, error, rate limit, hang, slow body, malformed; the rest of [0, 1) means none.
    Fault draw();

private:
    FaultConfig m_config;
    QRandomGenerator m_random;
    QString m_apiPrefix;
    QString m_healthPath;
};

} // namespace kiosk::simkit
