#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace kiosk {

inline constexpr qint64 MiB = 1024 * 1024;

// When this process first asked (call it early in start-up): the Device page's uptime.
QDateTime processStartUtc();

} // namespace kiosk
