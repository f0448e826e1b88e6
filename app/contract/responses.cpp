#include "contract/responses.h"

#include "contract/jsonfield.h"

#include <QJsonArray>
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

// The "status" field when it is one of `allowed`; nullopt with `error` set otherwise.
std::optional<QString> requireStatus(const QJsonObject &json, const QStringList &allowed, QString *error)
{
    const std::optional<QString> status = JsonField(json, QString(), u"status"_s).string(error);
    if (!status)
        return std::nullopt;
    if (!allowed.contains(*status)) {
        *error = u"status: expected \"%1\", got \"%2\""_s.arg(allowed.join(u"\" or \""_s), status->left(40));
        return std::nullopt;
    }
    return status;
}

bool requireAccepted(const QJsonObject &json, QString *error)
{
    return requireStatus(json, {u"accepted"_s}, error).has_value();
}

std::optional<QList<AcceptedAdjustment>> parseAdjustments(const QJsonObject &json, QString *error)
{
    QList<AcceptedAdjustment> list;
    if (!json.contains(u"adjustments"_s))
        return list;
    const std::optional<QJsonArray> array = JsonField(json, QString(), u"adjustments"_s).array(error);
    if (!array)
        return std::nullopt;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = JsonField::index(u"adjustments"_s, i);
        const std::optional<QJsonObject> item = JsonField(array->at(i), path).object(error);
        if (!item)
            return std::nullopt;
        const auto field = [&](const QString &key, bool allowEmpty = false) {
            return JsonField(*item, path, key).string(error, allowEmpty);
        };
        const std::optional<QString> kind = field(u"kind"_s);
        const std::optional<QString> id = kind ? field(u"id"_s) : std::nullopt;
        const std::optional<QString> status = id ? field(u"status"_s) : std::nullopt;
        const std::optional<QString> reason = status ? field(u"reason"_s, true) : std::nullopt;
        if (!reason)
            return std::nullopt;
        list.append({*kind, *id, *status, *reason});
    }
    return list;
}

} // namespace

QJsonObject AcceptedAdjustment::toJson() const
{
    return QJsonObject{{u"kind"_s, kind}, {u"id"_s, id}, {u"status"_s, status}, {u"reason"_s, reason}};
}

QJsonObject OrderAccepted::toJson() const
{
    QJsonObject json{
        {u"order_id"_s, orderId.toString(QUuid::WithoutBraces)},
        {u"status"_s, status},
        {u"points_earned"_s, pointsEarned},
    };
    if (!adjustments.isEmpty()) {
        QJsonArray list;
        for (const AcceptedAdjustment &adjustment : adjustments)
            list.append(adjustment.toJson());
        json.insert(u"adjustments"_s, list);
    }
    return json;
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
    // A card order is stored held (awaiting_payment); every other one goes to the kitchen.
    const std::optional<QString> status =
        orderId ? requireStatus(*json, {u"accepted"_s, u"awaiting_payment"_s}, error) : std::nullopt;
    if (!status)
        return std::nullopt;
    const auto points = JsonField(*json, QString(), u"points_earned"_s)
                            .integer(error, 0, std::numeric_limits<int>::max());
    if (!points)
        return std::nullopt;
    std::optional<QList<AcceptedAdjustment>> adjustments = parseAdjustments(*json, error);
    if (!adjustments)
        return std::nullopt;
    return OrderAccepted{*orderId, *status, int(*points), std::move(*adjustments)};
}

bool parseStatusAccepted(const QByteArray &body, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QJsonObject> json = parseObject(body, error);
    return json && requireAccepted(*json, error);
}

bool parseHeldOrderAnswer(const QByteArray &body, const QString &orderId, const QString &expectedStatus,
                          QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QJsonObject> json = parseObject(body, error);
    const std::optional<QUuid> id = json ? JsonField(*json, QString(), u"order_id"_s).uuid(error) : std::nullopt;
    if (!id || !requireStatus(*json, {expectedStatus}, error))
        return false;
    if (*id != QUuid::fromString(orderId)) {
        *error = u"order_id: expected %1"_s.arg(orderId);
        return false;
    }
    return true;
}

std::optional<ContractError> parseContractError(const QByteArray &body)
{
    QString error;
    const std::optional<QJsonObject> json = parseObject(body, &error);
    if (!json)
        return std::nullopt;
    const QJsonValue message = json->value(u"error"_s);
    if (!message.isString())
        return std::nullopt;
    // A code that is not a string says nothing: the answer is read by its status alone.
    return ContractError{message.toString(), json->value(u"code"_s).toString()};
}

std::optional<QString> parseErrorBody(const QByteArray &body)
{
    const std::optional<ContractError> parsed = parseContractError(body);
    if (!parsed)
        return std::nullopt;
    return parsed->message;
}

QJsonObject errorBody(const QString &message)
{
    return QJsonObject{{u"error"_s, message}};
}

} // namespace kiosk
