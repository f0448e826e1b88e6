#pragma once

#include "print/monoraster.h"

#include <QByteArray>
#include <QString>

namespace kiosk {

// Builds the bytes of an ESC/POS ticket from the commands of the subset docs/printing.md
// lists (and the printer simulator decodes): nothing else is ever emitted.
class EscPosWriter
{
public:
    enum class Align { Left = 0, Centre = 1, Right = 2 };

    EscPosWriter &initialize();               // ESC @
    EscPosWriter &codePage(int table);        // ESC t n
    EscPosWriter &align(Align align);         // ESC a n
    EscPosWriter &bold(bool on);              // ESC E n
    EscPosWriter &size(int width, int height); // GS ! n, each 1..8 times the normal size
    EscPosWriter &line(const QString &text);  // CP1252 text, then LF
    EscPosWriter &feed(int lines);            // ESC d n
    EscPosWriter &raster(const MonoRaster &image); // GS v 0, normal density
    EscPosWriter &cut(int feed = 0);          // GS V 66 n: feed n, partial cut

    const QByteArray &bytes() const { return m_bytes; }

    // GS ! n's argument for a width and height multiplier (each clamped to 1..8).
    static quint8 sizeByte(int width, int height);

private:
    EscPosWriter &command(std::initializer_list<quint8> bytes);

    QByteArray m_bytes;
};

} // namespace kiosk
