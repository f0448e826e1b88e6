// The request bodies refpos accepts, parsed the way its Api does (QJsonDocument, then the
// contract's validator): POST /v1/orders, /v1/feedback, /v1/assist and /v1/loyalty/members. Every parser gets every
// input, so a corpus entry for one body also explores the others.
#include "contract/assistrequest.h"
#include "contract/canonicaljson.h"
#include "contract/enrolmentrequest.h"
#include "contract/feedbackrequest.h"
#include "contract/orderrequest.h"
#include "fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject json = document.object();
    QString error;
    if (kiosk::orderFromContractJson(json, &error).has_value() == !error.isEmpty())
        __builtin_trap();
    error.clear();
    if (kiosk::feedbackFromContractJson(json, &error).has_value() == !error.isEmpty())
        __builtin_trap();
    error.clear();
    if (kiosk::assistFromContractJson(json, &error).has_value() == !error.isEmpty())
        __builtin_trap();
    error.clear();
    if (kiosk::enrolmentFromContractJson(fuzz::bytes(data, size), &error).has_value() == !error.isEmpty())
        __builtin_trap();
    // refpos stores the canonical form and compares hashes for replays.
    (void)kiosk::canonicalJson(json);
    (void)kiosk::canonicalHash(json);
    return 0;
}
