#include "backendchoice.h"

#include "square/squarebackend.h"
#include "sync/contractv1backend.h"

namespace kiosk {

BackendPortFactory backendPortFactory(const SyncSettings &settings)
{
    switch (settings.backendKind) {
    case BackendKind::Square:
        return SquareBackend::factory(settings);
    case BackendKind::ContractV1:
        break;
    }
    return ContractV1Backend::factory(settings);
}

ItemPauses::Sharing pauseSharing(const KioskConfig &kiosk)
{
    const bool contractMenu = kiosk.backend.kind == BackendKind::ContractV1
        && kiosk.menuSource == KioskConfig::MenuSource::Backend;
    return contractMenu ? ItemPauses::Sharing::WithBackend : ItemPauses::Sharing::LocalOnly;
}

} // namespace kiosk
