#include "print/printerstatusreader.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear (0x12 under mask 0x93).
bool isStatusByte(quint8 byte)
{
    return (byte & 0x93) == 0x12;
}

PrinterStatus made(PrinterStatus::State state, const QString &detail)
{
    PrinterStatus status;
    status.state = state;
    status.detail = detail;
    status.at = QDateTime::currentDateTimeUtc();
    return status;
}

PrinterStatus fromBytes(quint8 printer, quint8 offline, quint8 error, quint8 paper)
{
    using State = PrinterStatus::State;
    const bool nearEnd = (paper & 0x0C) != 0;
    PrinterStatus status = [&] {
        if (offline & 0x04)
            return made(State::CoverOpen, u"the cover is open"_s);
        if ((paper & 0x60) || (offline & 0x20))
            return made(State::PaperOut, u"the paper roll is out"_s);
        if (error & 0x08)
            return made(State::Error, u"the autocutter is jammed: clear it and close the cover"_s);
        if (error & 0x20)
            return made(State::Error, u"unrecoverable error: switch the printer off and on"_s);
        if (error & 0x40)
            return made(State::Error, u"the print head is too hot: it resumes when it cools down"_s);
        if (offline & 0x08)
            return made(State::Error, u"paper is being fed with the feed button"_s);
        if (offline & 0x40)
            return made(State::Error, u"the printer reports an error"_s);
        if (printer & 0x08)
            return made(State::Error, u"the printer is offline"_s);
        return made(State::Ready, nearEnd ? u"ready; the paper roll is nearly out"_s : u"ready"_s);
    }();
    status.paperNearEnd = nearEnd;
    return status;
}

} // namespace

PrinterStatus readPrinterStatus(PrinterLink &link, int timeoutMs)
{
    std::array<quint8, 4> bytes{};
    for (int n = 1; n <= 4; ++n) {
        const std::optional<quint8> byte = link.realTimeStatus(n, timeoutMs);
        if (!byte)
            return made(PrinterStatus::State::Unreachable, u"the printer does not answer status requests"_s);
        if (!isStatusByte(*byte)) {
            return made(PrinterStatus::State::Error,
                        u"the printer answered a status request with 0x%1, not ESC/POS status"_s
                            .arg(*byte, 2, 16, QLatin1Char('0')));
        }
        bytes[size_t(n - 1)] = *byte;
    }
    return fromBytes(bytes[0], bytes[1], bytes[2], bytes[3]);
}

} // namespace kiosk
