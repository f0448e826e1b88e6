#include "contract/responses.h"

#include "contract/jsonfield.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    return parseJsonBody(body, error);
}

bool requireAccepted(const QJsonObject &json, QString *error)
{
    const std::optional<QString> status = JsonField(json, QString(), u"status"_s).string(error);
    if (!status)
        return false;
    if (*status != u"accepted") {
        *error = u"status: expected \"accepted\", got \"%1\""_s.arg(*status);
        return false;
    }
    return true;
}

} // namespace

QJsonObject OrderAccepted::toJson() const
{
    return QJsonObject{
        {u"order_id"_s, orderId.toString(QUuid::WithoutBraces)},
        {u"status"_s, status},
        {u"points_earned"_s, pointsEarned},
    };
}

std::optional<OrderAccepted> parseOrderAccepted(const QByteArray &body, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QJsonObject> json = parseObject(body, error);
    if (!json)
        return std::nullopt;
    const auto orderId = JsonField(*json, QString(), u"order_id"_s).uuid(error);
    if (!orderId || !requireAccepted(*json, error))
        return std::nullopt;
    const auto points = JsonField(*json, QString(), u"points_earned"_s)
                            .integer(error, 0, std::numeric_limits<int>::max());
    if (!points)
        return std::nullopt;
    return OrderAccepted{*orderId, u"accepted"_s, int(*points)};
}

bool parseStatusAccepted(const QByteArray &body, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QJsonObject> json = parseObject(body, error);
    return json && requireAccepted(*json, error);
}

std::optional<QString> parseErrorBody(const QByteArray &body)
{
    QString error;
    const std::optional<QJsonObject> json = parseObject(body, &error);
    if (!json)
        return std::nullopt;
    const QJsonValue message = json->value(u"error"_s);
    if (!message.isString())
        return std::nullopt;
    return message.toString();
}

QJsonObject errorBody(const QString &message)
{
    return QJsonObject{{u"error"_s, message}};
}

} // namespace kiosk
