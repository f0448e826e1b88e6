#include "staff/pinstrength.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Every digit is the one before plus `step`.
bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

} // namespace

QString weakPinReason(const QString &pin)
{
    if (pin == u"0000"_s || pin == u"1234"_s)
        return u"it is among the first PINs anyone tries"_s;
    if (isRun(pin, 0))
        return u"it repeats one digit"_s;
    if (isRun(pin, 1) || isRun(pin, -1))
        return u"its digits run up or down in order"_s;
    return {};
}

} // namespace kiosk
