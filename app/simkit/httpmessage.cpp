#include "simkit/httpmessage.h"

#include "contract/responses.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace kiosk::simkit {

Request Request::from(const QHttpServerRequest &request)
{
    Request copy;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    copy.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    copy.path = request.url().path();
    copy.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers())
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    return copy;
}

Response &Response::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

Response Response::json(int status, const QJsonObject &body)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::error(int status, const QString &message)
{
    return json(status, errorBody(message));
}

Response Response::notFound(const Request &request)
{
    return error(404, u"no such resource: %1"_s.arg(request.path));
}

Response Response::methodNotAllowed(const QByteArray &allowed)
{
    return error(405, u"method not allowed; use %1"_s.arg(QString::fromLatin1(allowed)))
        .header("Allow", allowed);
}

} // namespace kiosk::simkit
