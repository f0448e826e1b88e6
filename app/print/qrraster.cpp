#include "print/qrraster.h"

#include <qrencode.h>

#include <memory>

namespace kiosk {

MonoRaster qrRaster(const QString &text, int dotsPerModule, int widthDots)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};

    const int modules = code->width;
    const int sideModules = modules + 2 * QrQuietZoneModules;
    const int widthBytes = widthDots / 8;
    int scale = dotsPerModule;
    while (scale > 0 && sideModules * scale > widthBytes * 8)
        --scale;
    if (scale <= 0)
        return {};

    const int side = sideModules * scale;
    MonoRaster raster(widthBytes, side);
    const int left = (widthBytes * 8 - side) / 2 + QrQuietZoneModules * scale;
    const int top = QrQuietZoneModules * scale;
    for (int my = 0; my < modules; ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            // libqrencode: bit 0 of each module's byte is 1 for a dark module.
            if ((code->data[my * modules + mx] & 1) == 0)
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    raster.setDot(left + mx * scale + dx, top + my * scale + dy);
            }
        }
    }
    return raster;
}

} // namespace kiosk
