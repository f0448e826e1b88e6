#include "refpos/stats.h"

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

QJsonObject Stats::toJson() const
{
    QJsonObject byKind;
    for (const QString &kind : {u"latency"_s, u"error"_s, u"rate_limit"_s, u"hang"_s,
                                u"slow_body"_s, u"reset"_s, u"malformed"_s})
        byKind.insert(kind, faults.value(kind));
    return QJsonObject{
        {u"requests"_s, requests},
        {u"created"_s, created},
        {u"replayed"_s, replayed},
        {u"conflicts"_s, conflicts},
        {u"rejected"_s, rejected},
        {u"unauthorized"_s, unauthorized},
        {u"faults"_s, byKind},
    };
}

} // namespace kiosk::refpos
