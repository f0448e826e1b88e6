// The body of a 2xx answer to POST /v1/orders, as the sync thread reads it.
#include "contract/responses.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto accepted = kiosk::parseOrderAccepted(fuzz::bytes(data, size), &error);
    if (accepted.has_value() == !error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (accepted && accepted->pointsEarned < 0)
        __builtin_trap();
    return 0;
}
