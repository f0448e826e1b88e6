#include "print/monoraster.h"

namespace kiosk {

MonoRaster::MonoRaster(int widthBytes, int height)
    : m_widthBytes(widthBytes > 0 && height > 0 ? widthBytes : 0)
    , m_height(widthBytes > 0 && height > 0 ? height : 0)
    , m_bits(m_widthBytes * m_height, '\0')
{
}

bool MonoRaster::dot(int x, int y) const
{
    if (x < 0 || y < 0 || x >= widthDots() || y >= m_height)
        return false;
    const auto byte = static_cast<unsigned char>(m_bits.at(y * m_widthBytes + x / 8));
    return (byte & (0x80 >> (x % 8))) != 0;
}

void MonoRaster::setDot(int x, int y)
{
    if (x < 0 || y < 0 || x >= widthDots() || y >= m_height)
        return;
    char &byte = m_bits[y * m_widthBytes + x / 8];
    byte = static_cast<char>(static_cast<unsigned char>(byte) | (0x80 >> (x % 8)));
}

} // namespace kiosk
