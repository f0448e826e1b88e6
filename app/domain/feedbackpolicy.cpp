#include "domain/feedbackpolicy.h"

#include <QtGlobal>

namespace kiosk {

bool asksNps(int orderSequence, int sharePercent)
{
    if (orderSequence < 1 || sharePercent <= 0)
        return false;
    if (sharePercent >= 100)
        return true;
    const qint64 share = sharePercent;
    return (orderSequence * share) / 100 > ((orderSequence - 1) * share) / 100;
}

} // namespace kiosk
