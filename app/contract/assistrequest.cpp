#include "contract/assistrequest.h"

#include "contract/jsonfield.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QJsonObject AssistRequest::toContractJson() const
{
    return QJsonObject{
        {u"kiosk_id"_s, kioskId},
        {u"reason"_s, reason},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<AssistRequest> assistFromContractJson(const QJsonObject &json, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const auto kioskId = JsonField(json, QString(), u"kiosk_id"_s).string(error);
    if (!kioskId)
        return std::nullopt;
    const auto reason = JsonField(json, QString(), u"reason"_s).string(error);
    if (!reason)
        return std::nullopt;
    const auto createdAt = JsonField(json, QString(), u"created_at"_s).utcTimestamp(error);
    if (!createdAt)
        return std::nullopt;
    return AssistRequest{*kioskId, *reason, *createdAt};
}

} // namespace kiosk
