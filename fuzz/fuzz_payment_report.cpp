// The body of GET /v1/payments/<id>, of its cancel and of the create (the payment document), as
// the payment worker reads it, and the error body's "code" that decides a 404 or 409.
#include "contract/paymentresponse.h"
#include "contract/responses.h"
#include "fuzzinput.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kiosk::PaymentStatus;
    static const QString id = QStringLiteral("6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    const QByteArray body = fuzz::bytes(data, size);
    QString error;
    const auto report = kiosk::parsePaymentReport(body, id, &error);
    if (report.has_value() == !error.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (report) {
        // Never the kiosk's own statuses; a card only on a completed payment, and a well-formed one.
        if (report->status == PaymentStatus::Saved || report->status == PaymentStatus::Refused)
            __builtin_trap();
        if (report->card && report->status != PaymentStatus::Completed)
            __builtin_trap();
        if (report->card
            && (report->card->last4.size() != 4
                || !std::all_of(report->card->last4.begin(), report->card->last4.end(),
                                [](QChar c) { return c.isDigit(); })))
            __builtin_trap();
        if (report->reason.size() > 200)
            __builtin_trap();
    }
    const auto contractError = kiosk::parseContractError(body);
    if (contractError.has_value() != kiosk::parseErrorBody(body).has_value())
        __builtin_trap(); // one parser of error bodies, seen two ways
    return 0;
}
