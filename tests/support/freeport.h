#pragma once

#include <QtGlobal>

namespace kiosk::test {

// A loopback port nothing listens on right now (bound, read, released): for a backend that is
// down, or a listener a test starts later.
quint16 freePort();

} // namespace kiosk::test
