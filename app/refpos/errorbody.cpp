#include "refpos/errorbody.h"

#include "contract/responses.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

Response apiError(int status, const char *code, const QString &message)
{
    QJsonObject body = errorBody(message);
    body.insert(u"code"_s, QString::fromLatin1(code));
    return Response::json(status, body);
}

Response withErrorCode(Response response)
{
    if (response.status < 400 || response.body.isEmpty())
        return response;
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.isEmpty() || body.contains(u"code"_s))
        return response;
    const char *code = "internal";
    switch (response.status) {
    case 401: code = "unauthorized"; break;
    case 404: code = "not_found"; break;
    case 405: code = "method_not_allowed"; break;
    case 409: code = "idempotency_conflict"; break;
    case 422: code = "validation"; break;
    default: break;
    }
    body.insert(u"code"_s, QString::fromLatin1(code));
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace kiosk::refpos
