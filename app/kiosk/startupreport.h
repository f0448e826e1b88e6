#pragma once

#include <QtGlobal>

namespace kiosk {

// Milliseconds since this process was started by the kernel (not since main()), so a
// startup figure includes dynamic loading and static initialisation.
qint64 millisecondsSinceProcessStart();

} // namespace kiosk
