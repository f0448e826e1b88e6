// The body of a 2xx answer to POST /v1/feedback and /v1/assist.
#include "contract/responses.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    if (kiosk::parseStatusAccepted(fuzz::bytes(data, size), &error) == !error.isEmpty())
        __builtin_trap();
    return 0;
}
