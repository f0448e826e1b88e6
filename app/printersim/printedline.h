#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace kiosk {

// What the printer put on paper, line by line: the decoder's result before it becomes the
// ticket's text (tickettext.h) and picture (ticketpainter.h).
struct PrintedRun
{
    QString text; // Unicode, already decoded from CP1252
    bool bold = false;
    int width = 1;  // GS ! multipliers, 1..8
    int height = 1;
};

struct PrintedLine
{
    enum class Kind { Text, Raster, Feed };
    Kind kind = Kind::Text;
    int justify = 0;          // ESC a: 0 left, 1 centre, 2 right
    QList<PrintedRun> runs;   // Text: empty for a blank line
    QImage raster;            // Raster: Format_Mono, 1 = black, exactly the bits sent
    int feedDots = 0;         // Feed: blank paper before the cut (GS V 66 n)
};

} // namespace kiosk
