#include "square/squarecheckoutstatus.h"

using namespace Qt::StringLiterals;

namespace kiosk {

std::optional<PaymentReport> squareCheckoutReport(const QJsonObject &checkout, std::optional<PaymentCancelReason> kioskCancel)
{
    PaymentReport report;
    const QJsonObject amount = checkout.value(u"amount_money"_s).toObject();
    if (amount.contains(u"amount"_s))
        report.amount = amount.value(u"amount"_s).toInteger();
    const QString status = checkout.value(u"status"_s).toString();
    if (status == u"PENDING") {
        report.status = PaymentStatus::Pending;
    } else if (status == u"IN_PROGRESS" || status == u"CANCEL_REQUESTED") {
        report.status = PaymentStatus::InProgress;
    } else if (status == u"COMPLETED") {
        report.status = PaymentStatus::Completed;
    } else if (status == u"CANCELED") {
        report.status = PaymentStatus::Canceled;
        const QString reason = checkout.value(u"cancel_reason"_s).toString();
        if (reason == u"BUYER_CANCELED")
            report.reason = u"buyer_canceled"_s;
        else if (reason == u"TIMED_OUT" || (reason == u"SELLER_CANCELED" && kioskCancel == PaymentCancelReason::TimedOut))
            report.reason = u"timed_out"_s;
        else
            report.reason = u"seller_canceled"_s;
    } else {
        return std::nullopt;
    }
    return report;
}

} // namespace kiosk
