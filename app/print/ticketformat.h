#pragma once

namespace kiosk {

// The printer's paper and character table, as the ticket layout needs them. Font A is 12x24
// dots: 80 mm paper prints 48 characters in 576 dots, 58 mm paper 32 characters in 384 dots.
struct TicketFormat
{
    int paperWidthMm = 80; // 58 or 80
    int codePage = 16;     // ESC t n: the printer's number for its CP1252 table

    static constexpr int CharWidthDots = 12;

    int widthDots() const { return paperWidthMm == 58 ? 384 : 576; }
    int columns() const { return widthDots() / CharWidthDots; }
    bool operator==(const TicketFormat &) const = default;
};

} // namespace kiosk
