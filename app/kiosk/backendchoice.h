#pragma once

#include "config/kioskconfig.h"
#include "config/syncsettings.h"
#include "storage/itempauses.h"
#include "sync/backendport.h"

namespace kiosk {

// The backend port kiosk.json asks for (backend.kind): contract v1 or Square. The one place
// the kiosk chooses its adapter; the sync and payment threads each make their own port with it.
BackendPortFactory backendPortFactory(const SyncSettings &settings);

// Whether a pause staff make reaches the backend: only a contract v1 backend whose menu is the
// one customers see (menu_source "backend") takes it, and through that menu's ETag the other
// kiosks. A menu.json store or a Square store (its catalog cannot pause) keeps it on the kiosk.
ItemPauses::Sharing pauseSharing(const KioskConfig &kiosk);

} // namespace kiosk
