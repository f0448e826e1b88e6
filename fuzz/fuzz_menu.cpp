// The menu parser and validator: menu.json at start-up and the backend's GET /v1/menu body
// (parseBackendMenu calls the same function). Images resolve in the sample store's folder.
#include "config/menuparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString imageDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("es")};
    kiosk::ConfigErrors errors;
    const auto menu = kiosk::parseMenu(fuzz::bytes(data, size), QStringLiteral("menu.json"), imageDir,
                                       languages, &errors);
    if (menu.has_value() == !errors.isEmpty())
        __builtin_trap();
    return 0;
}
