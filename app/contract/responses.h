#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace kiosk {

// The 201/200 body of POST /v1/orders.
struct OrderAccepted
{
    QUuid orderId;
    QString status; // "accepted", the only status of contract v1
    int pointsEarned = 0;

    QJsonObject toJson() const;
    bool operator==(const OrderAccepted &) const = default;
};

// nullopt with `error` set when `body` is not exactly that object: invalid JSON, a missing or
// mistyped field, a status other than "accepted", negative points. A 2xx with such a body
// means the reply was mangled on its way; the order itself may well be stored.
std::optional<OrderAccepted> parseOrderAccepted(const QByteArray &body, QString *error);

// The 201/200 body of POST /v1/feedback and /v1/assist: {"status": "accepted"}.
bool parseStatusAccepted(const QByteArray &body, QString *error);

// The reason in an error body {"error": "..."}; nullopt when the body is not one.
std::optional<QString> parseErrorBody(const QByteArray &body);

// {"error": message}, as every 4xx/5xx of refpos carries.
QJsonObject errorBody(const QString &message);

} // namespace kiosk
