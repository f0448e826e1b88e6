#pragma once

#include <QtGlobal>
#include <functional>

class QQuickWindow;

namespace kiosk {

// Milliseconds since this process was started by the kernel (not since main()), so a
// startup figure includes dynamic loading and static initialisation.
qint64 millisecondsSinceProcessStart();

// The first frame on `window`: the start-up figure on stdout when `report`; then, on the GUI
// thread once the swap is done, `afterFirstFrame` (what the first screen did not need: the
// kiosk's background parts) with its own figure when `report`, and a quit when `exitAfter`
// (benchmarks).
void onFirstFrame(QQuickWindow *window, bool report, bool exitAfter, std::function<void()> afterFirstFrame);

} // namespace kiosk
