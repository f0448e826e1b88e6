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

// What a set bit means, most urgent first: a printer out of paper with the cover open is
// "cover open" (close it first), and "offline" is set by every other cause, so it comes last.
struct Cause
{
    int query; // DLE EOT n
    quint8 bit;
    PrinterStatus::State state;
    const char16_t *detail;
};

constexpr Cause kCauses[] = {
    {2, 0x04, PrinterStatus::State::CoverOpen, u"the cover is open"},
    {4, 0x60, PrinterStatus::State::PaperOut, u"the paper roll is out"},
    {2, 0x20, PrinterStatus::State::PaperOut, u"the paper roll is out"},
    {3, 0x08, PrinterStatus::State::Error, u"the autocutter is jammed: clear it and close the cover"},
    {3, 0x20, PrinterStatus::State::Error, u"unrecoverable error: switch the printer off and on"},
    {3, 0x40, PrinterStatus::State::Error, u"the print head is too hot: it resumes when it cools down"},
    {2, 0x08, PrinterStatus::State::Error, u"paper is being fed with the feed button"},
    {2, 0x40, PrinterStatus::State::Error, u"the printer reports an error"},
    {1, 0x08, PrinterStatus::State::Error, u"the printer is offline"},
};

PrinterStatus fromBytes(const std::array<quint8, 4> &bytes)
{
    const bool nearEnd = (bytes[3] & 0x0C) != 0;
    PrinterStatus status = made(PrinterStatus::State::Ready,
                                nearEnd ? u"ready; the paper roll is nearly out"_s : u"ready"_s);
    for (const Cause &cause : kCauses) {
        if (bytes[size_t(cause.query - 1)] & cause.bit) {
            status = made(cause.state, QString::fromUtf16(cause.detail));
            break;
        }
    }
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
    return fromBytes(bytes);
}

} // namespace kiosk
