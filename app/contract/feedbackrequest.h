#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace kiosk {

// The body of POST /v1/feedback: a customer's rating of one order. Each answer is optional,
// but feedback with no answer at all is not feedback.
struct FeedbackRequest
{
    QUuid id; // also the idempotency key
    QUuid orderId;
    std::optional<int> csat; // 1..5
    std::optional<int> nps;  // 0..10
    std::optional<QString> comment;
    QString language;
    QDateTime createdAt; // UTC

    QJsonObject toContractJson() const;
    bool operator==(const FeedbackRequest &) const = default;
};

// nullopt with `error` set to the first broken rule, as "<json path>: <reason>".
std::optional<FeedbackRequest> feedbackFromContractJson(const QJsonObject &json, QString *error);

} // namespace kiosk
