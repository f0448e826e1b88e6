#pragma once

#include "config/syncsettings.h"
#include "sync/backendport.h"

namespace kiosk {

// The backend port kiosk.json asks for (backend.kind): contract v1 or Square. The one place
// the kiosk chooses its adapter; the sync and payment threads each make their own port with it.
BackendPortFactory backendPortFactory(const SyncSettings &settings);

} // namespace kiosk
