#include "domain/payment.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, QStringView>, N> &codes, const QString &code)
{
    for (const auto &[value, text] : codes) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toCode(const std::array<std::pair<Enum, QStringView>, N> &codes, Enum value)
{
    for (const auto &[candidate, text] : codes) {
        if (candidate == value)
            return text.toString();
    }
    return {};
}

constexpr std::array<std::pair<PaymentMode, QStringView>, 3> ModeCodes{{
    {PaymentMode::Counter, u"counter"},
    {PaymentMode::Card, u"card"},
    {PaymentMode::CardOrCounter, u"card_or_counter"},
}};

constexpr std::array<std::pair<OrderPaymentState, QStringView>, 4> OrderStateCodes{{
    {OrderPaymentState::AwaitingPayment, u"awaiting_payment"},
    {OrderPaymentState::Paid, u"paid"},
    {OrderPaymentState::Counter, u"counter"},
    {OrderPaymentState::Abandoned, u"abandoned"},
}};

constexpr std::array<std::pair<PaymentStatus, QStringView>, 7> StatusCodes{{
    {PaymentStatus::Saved, u"saved"},
    {PaymentStatus::Pending, u"pending"},
    {PaymentStatus::InProgress, u"in_progress"},
    {PaymentStatus::Completed, u"completed"},
    {PaymentStatus::Declined, u"declined"},
    {PaymentStatus::Canceled, u"canceled"},
    {PaymentStatus::Refused, u"refused"},
}};

} // namespace

QString paymentModeCode(PaymentMode mode) { return toCode(ModeCodes, mode); }
std::optional<PaymentMode> paymentModeFromCode(const QString &code) { return fromCode(ModeCodes, code); }

QString paymentMethodCode(PaymentMethod method)
{
    return method == PaymentMethod::Card ? u"card"_s : u"counter"_s;
}

QString orderPaymentStateCode(OrderPaymentState state) { return toCode(OrderStateCodes, state); }
std::optional<OrderPaymentState> orderPaymentStateFromCode(const QString &code)
{
    return fromCode(OrderStateCodes, code);
}

QString paymentStatusCode(PaymentStatus status) { return toCode(StatusCodes, status); }
std::optional<PaymentStatus> paymentStatusFromCode(const QString &code) { return fromCode(StatusCodes, code); }

bool isFinal(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Completed:
    case PaymentStatus::Declined:
    case PaymentStatus::Canceled:
    case PaymentStatus::Refused:
        return true;
    case PaymentStatus::Saved:
    case PaymentStatus::Pending:
    case PaymentStatus::InProgress:
        return false;
    }
    return false;
}

QString paymentCancelReasonCode(PaymentCancelReason reason)
{
    return reason == PaymentCancelReason::TimedOut ? u"timed_out"_s : u"seller_canceled"_s;
}

bool isOverdue(const PaymentAttempt &attempt, const QDateTime &now, int timeoutS)
{
    return !attempt.isFinal() && attempt.createdAt.isValid() && attempt.createdAt.secsTo(now) >= timeoutS;
}

PaymentStep nextPaymentStep(const PaymentAttempt &attempt, const QDateTime &now, int timeoutS)
{
    using Kind = PaymentStep::Kind;
    if (attempt.isFinal())
        return {Kind::Done};
    // The backend may have the attempt without the kiosk knowing: learn its status first, so
    // nothing is decided (a cancel, a second create) on a guess.
    if (attempt.createUncertain)
        return {Kind::Read};
    // Known not to be on the backend (its 404 after a read): the same create again. A cancel
    // wanted meanwhile follows once it is there, so a late copy of this create cannot start the
    // terminal after the kiosk gave up.
    if (attempt.status == PaymentStatus::Saved)
        return {Kind::Create};
    if (attempt.cancelRequested && !attempt.cancelSent)
        return {Kind::Cancel, *attempt.cancelRequested};
    if (!attempt.cancelRequested && isOverdue(attempt, now, timeoutS))
        return {Kind::Cancel, PaymentCancelReason::TimedOut};
    return {Kind::Read};
}

} // namespace kiosk
