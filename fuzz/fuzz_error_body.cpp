// The reason in a 4xx/5xx body, which the kiosk shows to staff and keeps in the outbox.
#include "contract/responses.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto reason = kiosk::parseErrorBody(fuzz::bytes(data, size));
    (void)reason;
    return 0;
}
