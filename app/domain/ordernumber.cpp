#include "domain/ordernumber.h"

namespace kiosk {

int nextOrderSequence(int previous)
{
    return (previous < 1 || previous >= MaxOrderSequence) ? 1 : previous + 1;
}

QString formatOrderNumber(const QString &prefix, int sequence)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace kiosk
