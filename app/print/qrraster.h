#pragma once

#include "print/monoraster.h"

#include <QString>

namespace kiosk {

// The QR code of `text` (libqrencode, error correction M, 8-bit, case kept) as a raster
// `widthDots` wide (rounded down to whole bytes): each module `dotsPerModule` square dots,
// a 4-module quiet zone around it, centred. Fewer dots per module when it would not fit;
// a null raster when even one dot per module does not, or the text cannot be encoded.
MonoRaster qrRaster(const QString &text, int dotsPerModule, int widthDots);

// The quiet zone's width in modules: the QR specification's minimum.
inline constexpr int QrQuietZoneModules = 4;

} // namespace kiosk
