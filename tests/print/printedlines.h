#pragma once

// The printed text lines of a ticket, with the size and bold in force, for the tests' asserts.
// It knows only the commands app/print emits and stops at anything else; the real decoder
// (text and image) is app/printersim's.

#include <QByteArray>
#include <QList>

namespace kiosk::test {

struct PrintedLine
{
    QByteArray text;  // CP1252, as sent
    quint8 size = 0;  // GS ! n
    bool bold = false;
    int align = 0;    // ESC a n
};

struct PrintedTicket
{
    QList<PrintedLine> lines;
    QList<QByteArray> rasterHeaders; // each GS v 0's 8 bytes
    bool complete = true;            // false: an unknown command stopped the split
};

inline PrintedTicket printedLines(const QByteArray &bytes)
{
    PrintedTicket ticket;
    PrintedLine state;
    QByteArray text;
    const auto at = [&](qsizetype i) { return i < bytes.size() ? static_cast<quint8>(bytes.at(i)) : 0; };
    for (qsizetype i = 0; i < bytes.size();) {
        const quint8 b = at(i);
        if (b == 0x0A) {
            PrintedLine line = state;
            line.text = text;
            ticket.lines.append(line);
            text.clear();
            ++i;
        } else if (b == 0x1B && at(i + 1) == '@') {
            i += 2;
        } else if (b == 0x1B && (at(i + 1) == 't' || at(i + 1) == 'd')) {
            i += 3;
        } else if (b == 0x1B && at(i + 1) == 'a') {
            state.align = at(i + 2);
            i += 3;
        } else if (b == 0x1B && at(i + 1) == 'E') {
            state.bold = at(i + 2) != 0;
            i += 3;
        } else if (b == 0x1D && at(i + 1) == '!') {
            state.size = at(i + 2);
            i += 3;
        } else if (b == 0x1D && at(i + 1) == 'V' && at(i + 2) == 66) {
            i += 4;
        } else if (b == 0x1D && at(i + 1) == 'v' && at(i + 2) == '0') {
            ticket.rasterHeaders.append(bytes.mid(i, 8));
            const int width = at(i + 4) + at(i + 5) * 256;
            const int height = at(i + 6) + at(i + 7) * 256;
            i += 8 + qsizetype(width) * height;
        } else if (b < 0x20) {
            ticket.complete = false;
            break;
        } else {
            text += static_cast<char>(b);
            ++i;
        }
    }
    return ticket;
}

} // namespace kiosk::test
