#include "print/printerlink.h"

#include "print/deviceprinterlink.h"
#include "print/networkprinterlink.h"

namespace kiosk {

std::unique_ptr<PrinterLink> makePrinterLink(const PrinterSettings &settings, int ioTimeoutMs)
{
    switch (settings.kind) {
    case PrinterSettings::Kind::Network:
        return std::make_unique<NetworkPrinterLink>(settings.host, settings.port, ioTimeoutMs);
    case PrinterSettings::Kind::Device:
        return std::make_unique<DevicePrinterLink>(settings.device, ioTimeoutMs);
    case PrinterSettings::Kind::None:
        break;
    }
    return nullptr;
}

} // namespace kiosk
