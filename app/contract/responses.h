#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kiosk {

// Something the backend could not honour on an order it accepted anyway: a reward whose
// points are gone, a promotion that ended. The order stands; the kiosk records and shows it.
struct AcceptedAdjustment
{
    QString kind;   // "reward" | "promo"; a kiosk keeps kinds it does not know as they are
    QString id;     // the reward's or promotion's id, as the order gave it
    QString status; // "refused", the only status of contract v1
    QString reason; // plain words, for staff

    QJsonObject toJson() const;
    bool operator==(const AcceptedAdjustment &) const = default;
};

// The 201/200 body of POST /v1/orders.
struct OrderAccepted
{
    QUuid orderId;
    // "accepted" (to the kitchen now), or "awaiting_payment" (a card order, stored held until its
    // payment completes: docs/backend-api.md, "Payments").
    QString status;
    int pointsEarned = 0; // without what a refused reward would have changed
    QList<AcceptedAdjustment> adjustments; // "adjustments", left out when empty

    QJsonObject toJson() const;
    bool operator==(const OrderAccepted &) const = default;
};

// nullopt with `error` set when `body` is not exactly that object: invalid JSON, a missing or
// mistyped field, a status other than "accepted" or "awaiting_payment", negative points, an adjustment that is not an
// object of four strings. A missing "adjustments" (every backend before it) is none. A 2xx with such a body
// means the reply was mangled on its way; the order itself may well be stored.
std::optional<OrderAccepted> parseOrderAccepted(const QByteArray &body, QString *error);

// The 201/200 body of POST /v1/feedback and /v1/assist: {"status": "accepted"}.
bool parseStatusAccepted(const QByteArray &body, QString *error);

// The 200 body of POST /v1/orders/<id>/release and /cancel: {"order_id", "status"}. False with
// `error` set unless it is an object whose order_id is `orderId` and whose status is
// `expectedStatus` ("released_counter", "canceled").
bool parseHeldOrderAnswer(const QByteArray &body, const QString &orderId, const QString &expectedStatus,
                          QString *error);

// A 4xx/5xx body: {"error": plain words, "code": machine-readable reason}. Backends before the
// payment additions send no "code": it is "" then, as it is when it is not a string.
struct ContractError
{
    QString message;
    QString code; // "validation", "unknown_payment", "order_already_paid", ... or ""
};
// nullopt when the body is not an object with a string "error".
std::optional<ContractError> parseContractError(const QByteArray &body);
// The reason in an error body {"error": "..."}; nullopt when the body is not one.
std::optional<QString> parseErrorBody(const QByteArray &body);

// {"error": message}, as every 4xx/5xx of refpos carries.
QJsonObject errorBody(const QString &message);

} // namespace kiosk
