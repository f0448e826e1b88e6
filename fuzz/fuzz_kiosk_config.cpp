// kiosk.json's parser and validator (what loadConfigDir runs on the file's bytes): any input
// gives a config or errors, never a crash. Relative paths resolve in an empty folder.
#include "config/kioskconfigparser.h"
#include "fuzzinput.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir configDir;
    kiosk::ConfigErrors errors;
    const auto config = kiosk::parseKioskConfig(fuzz::bytes(data, size), configDir.path(), &errors);
    if (config.has_value() == !errors.isEmpty())
        __builtin_trap(); // a config comes with no errors, a refusal with at least one
    return 0;
}
