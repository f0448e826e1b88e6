#include "print/escposwriter.h"

#include "print/cp1252.h"

#include <algorithm>

namespace kiosk {

namespace {
constexpr quint8 Esc = 0x1B;
constexpr quint8 Gs = 0x1D;
constexpr quint8 Lf = 0x0A;

quint8 byteArgument(int value)
{
    return static_cast<quint8>(std::clamp(value, 0, 255));
}
} // namespace

EscPosWriter &EscPosWriter::command(std::initializer_list<quint8> bytes)
{
    for (const quint8 b : bytes)
        m_bytes += static_cast<char>(b);
    return *this;
}

EscPosWriter &EscPosWriter::initialize()
{
    return command({Esc, '@'});
}

EscPosWriter &EscPosWriter::codePage(int table)
{
    return command({Esc, 't', byteArgument(table)});
}

EscPosWriter &EscPosWriter::align(Align align)
{
    return command({Esc, 'a', static_cast<quint8>(align)});
}

EscPosWriter &EscPosWriter::bold(bool on)
{
    return command({Esc, 'E', static_cast<quint8>(on ? 1 : 0)});
}

quint8 EscPosWriter::sizeByte(int width, int height)
{
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    return static_cast<quint8>(w << 4 | h);
}

EscPosWriter &EscPosWriter::size(int width, int height)
{
    return command({Gs, '!', sizeByte(width, height)});
}

EscPosWriter &EscPosWriter::line(const QString &text)
{
    m_bytes += toCp1252(text);
    return command({Lf});
}

EscPosWriter &EscPosWriter::feed(int lines)
{
    return command({Esc, 'd', byteArgument(lines)});
}

EscPosWriter &EscPosWriter::raster(const MonoRaster &image)
{
    // A null image prints nothing (a GS v 0 with no data would swallow the next bytes).
    if (image.isNull() || image.widthBytes() > 0xFFFF || image.height() > 0xFFFF)
        return *this;
    const int x = image.widthBytes();
    const int y = image.height();
    command({Gs, 'v', '0', 0, static_cast<quint8>(x & 0xFF), static_cast<quint8>(x >> 8),
             static_cast<quint8>(y & 0xFF), static_cast<quint8>(y >> 8)});
    m_bytes += image.bits();
    return *this;
}

EscPosWriter &EscPosWriter::cut(int feed)
{
    return command({Gs, 'V', 66, byteArgument(feed)});
}

} // namespace kiosk
