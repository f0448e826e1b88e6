#include "print/printerstatus.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QString printerStateCode(PrinterStatus::State state)
{
    switch (state) {
    case PrinterStatus::State::NotConfigured:
        return u"not_configured"_s;
    case PrinterStatus::State::Unknown:
        return u"unknown"_s;
    case PrinterStatus::State::Ready:
        return u"ready"_s;
    case PrinterStatus::State::PaperOut:
        return u"paper_out"_s;
    case PrinterStatus::State::CoverOpen:
        return u"cover_open"_s;
    case PrinterStatus::State::Unreachable:
        return u"unreachable"_s;
    case PrinterStatus::State::Error:
        return u"error"_s;
    }
    return u"unknown"_s;
}

} // namespace kiosk
