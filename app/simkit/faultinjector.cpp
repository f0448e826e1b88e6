#include "simkit/faultinjector.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        break;
    case Fault::Reset:
        return u"reset"_s;
    case Fault::Error:
        return u"error"_s;
    case Fault::RateLimit:
        return u"rate_limit"_s;
    case Fault::Hang:
        return u"hang"_s;
    case Fault::SlowBody:
        return u"slow_body"_s;
    case Fault::Malformed:
        return u"malformed"_s;
    }
    return u"none"_s;
}

bool FaultInjector::appliesTo(const QString &path) const
{
    if (!path.startsWith(m_apiPrefix))
        return false;
    return m_config.faultsOnHealth || path != m_healthPath;
}

Fault FaultInjector::draw()
{
    const double u = m_random.generateDouble();
    const std::array<std::pair<double, Fault>, 6> ranges{{
        {m_config.resetRate, Fault::Reset},
        {m_config.errorRate, Fault::Error},
        {m_config.rateLimitRate, Fault::RateLimit},
        {m_config.hangRate, Fault::Hang},
        {m_config.slowBodyRate, Fault::SlowBody},
        {m_config.malformedRate, Fault::Malformed},
    }};
    double end = 0;
    for (const auto &[rate, fault] : ranges) {
        end += rate;
        if (u < end)
            return fault;
    }
    return Fault::None;
}

} // namespace kiosk::simkit
