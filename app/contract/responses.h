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
    QString status; // "accepted", the only status of contract v1
    int pointsEarned = 0; // without what a refused reward would have changed
    QList<AcceptedAdjustment> adjustments; // "adjustments", left out when empty

    QJsonObject toJson() const;
    bool operator==(const OrderAccepted &) const = default;
};

// nullopt with `error` set when `body` is not exactly that object: invalid JSON, a missing or
// mistyped field, a status other than "accepted", negative points, an adjustment that is not an
// object of four strings. A missing "adjustments" (every backend before it) is none. A 2xx with such a body
// means the reply was mangled on its way; the order itself may well be stored.
std::optional<OrderAccepted> parseOrderAccepted(const QByteArray &body, QString *error);

// The 201/200 body of POST /v1/feedback and /v1/assist: {"status": "accepted"}.
bool parseStatusAccepted(const QByteArray &body, QString *error);

// The reason in an error body {"error": "..."}; nullopt when the body is not one.
std::optional<QString> parseErrorBody(const QByteArray &body);

// {"error": message}, as every 4xx/5xx of refpos carries.
QJsonObject errorBody(const QString &message);

} // namespace kiosk
