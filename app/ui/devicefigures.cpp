#include "ui/devicefigures.h"

namespace kiosk {

QDateTime processStartUtc()
{
    static const QDateTime start = QDateTime::currentDateTimeUtc();
    return start;
}

} // namespace kiosk
