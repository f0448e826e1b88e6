#pragma once

#include <QByteArray>

namespace kiosk {

// A 1-bit image as GS v 0 prints it: rows of whole bytes, the most significant bit the
// leftmost dot, 1 = black.
class MonoRaster
{
public:
    MonoRaster() = default;
    MonoRaster(int widthBytes, int height);

    bool isNull() const { return m_widthBytes == 0 || m_height == 0; }
    int widthBytes() const { return m_widthBytes; }
    int widthDots() const { return m_widthBytes * 8; }
    int height() const { return m_height; }
    const QByteArray &bits() const { return m_bits; }

    bool dot(int x, int y) const;
    void setDot(int x, int y);

private:
    int m_widthBytes = 0;
    int m_height = 0;
    QByteArray m_bits;
};

} // namespace kiosk
