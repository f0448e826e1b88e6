#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kiosk {

// The body of POST /v1/assist: a customer asked for a member of staff at this kiosk. Its
// idempotency key travels only in the Idempotency-Key header.
struct AssistRequest
{
    QString kioskId;
    QString reason; // free text code, e.g. "payment", "help"
    QDateTime createdAt; // UTC

    QJsonObject toContractJson() const;
    bool operator==(const AssistRequest &) const = default;
};

// nullopt with `error` set to the first broken rule, as "<json path>: <reason>".
std::optional<AssistRequest> assistFromContractJson(const QJsonObject &json, QString *error);

} // namespace kiosk
