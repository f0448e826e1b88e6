#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace kiosk {

inline constexpr qint64 MiB = 1024 * 1024;

// Resident set size from /proc (procfs: no disk involved); -1 when unreadable.
qint64 residentBytes();

// When this process first asked (call it early in start-up): the Device page's uptime.
QDateTime processStartUtc();

} // namespace kiosk
