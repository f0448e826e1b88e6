#include "health/clockcheck.h"

using namespace Qt::StringLiterals;

namespace kiosk {

HealthCheck clockCheck(const ClockSync &sync, const QDateTime &sampledAt, const QDateTime &now)
{
    HealthCheck c;
    c.component = u"clock"_s;
    c.measurement = u"synchronised"_s;
    c.componentType = u"system"_s;
    c.time = sampledAt.isValid() ? sampledAt : now;
    if (!sampledAt.isValid()) {
        c.output = u"not read yet"_s;
    } else if (!sync.read) {
        c.status = HealthStatus::Warn;
        c.output = u"cannot tell whether the system clock is synchronised (adjtimex: %1)"_s.arg(sync.error);
    } else if (!sync.synchronised) {
        c.status = HealthStatus::Warn;
        c.observedValue = false;
        c.output = u"the system clock is not synchronised (NTP): dayparts, promotions and TLS depend on it"_s;
    } else {
        c.observedValue = true;
        c.output = u"the system clock is synchronised"_s;
    }
    return c;
}

} // namespace kiosk
