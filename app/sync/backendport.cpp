#include "sync/backendport.h"

namespace kiosk {

DeliveryOutcome DeliveryOutcome::delivered(QByteArray receipt, std::optional<int> pointsEarned,
                                           QList<OrderAdjustment> adjustments)
{
    DeliveryOutcome outcome;
    outcome.result = Delivered{std::move(receipt), pointsEarned, std::move(adjustments)};
    return outcome;
}

DeliveryOutcome DeliveryOutcome::retryLater(QString reason, std::optional<Backoff::Millis> retryAfter)
{
    DeliveryOutcome outcome;
    outcome.result = RetryLater{std::move(reason), retryAfter};
    return outcome;
}

DeliveryOutcome DeliveryOutcome::rejected(QString reason, QByteArray answer, QString code)
{
    DeliveryOutcome outcome;
    outcome.result = Rejected{std::move(reason), std::move(answer), std::move(code)};
    return outcome;
}

} // namespace kiosk
