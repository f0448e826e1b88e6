#pragma once

#include <QtGlobal>

class QQuickWindow;

namespace kiosk {

class HealthMonitor;

// Milliseconds since this process was started by the kernel (not since main()), so a
// startup figure includes dynamic loading and static initialisation.
qint64 millisecondsSinceProcessStart();

// The first frame on `window`: READY=1 for systemd through `health` (when there is one), the
// start-up figure on stdout when `report`, and a quit when `exitAfter` (benchmarks).
void onFirstFrame(QQuickWindow *window, HealthMonitor *health, bool report, bool exitAfter);

} // namespace kiosk
