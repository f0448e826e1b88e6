#include "squaresim/admin.h"

#include "contract/jsonfield.h"
#include "simkit/faultinjector.h"
#include "squaresim/api.h"
#include "squaresim/catalog.h"
#include "squaresim/checkouts.h"
#include "squaresim/orders.h"
#include "squaresim/terminal.h"
#include "squaresim/violations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

// Admin answers are plain: {"error": ...} for a refusal, as refpos's /admin/.
Response refused(int status, const QString &message)
{
    return Response::error(status, message);
}

} // namespace

Admin::Admin(Parts parts, simkit::BearerToken token, QString imagesDir)
    : m_parts(parts), m_token(std::move(token)), m_imagesDir(std::move(imagesDir))
{
}

Response Admin::handle(const Request &request)
{
    static const QRegularExpression imagePath(u"^/sim/images/([A-Za-z0-9._-]{1,100})$"_s);
    if (const QRegularExpressionMatch match = imagePath.match(request.path); match.hasMatch())
        return request.method == "GET" ? image(match.captured(1)) : Response::methodNotAllowed("GET");
    if (!m_token.isSet())
        return refused(403, u"the admin API is off: start squaresim with --admin-token-file"_s);
    if (!m_token.admits(request))
        return refused(401, u"missing or wrong admin token"_s).header("WWW-Authenticate", "Bearer");
    return route(request);
}

Response Admin::route(const Request &request)
{
    if (request.path == u"/sim/violations") {
        if (request.method != "GET")
            return Response::methodNotAllowed("GET");
        return Response::json(200, QJsonObject{{u"violations"_s, m_parts.violations.all()},
                                               {u"checking"_s, m_parts.violations.isChecking()}});
    }
    if (request.path == u"/sim/orders" || request.path == u"/sim/checkouts") {
        if (request.method != "GET")
            return Response::methodNotAllowed("GET");
        if (request.path == u"/sim/orders")
            return Response::json(200, QJsonObject{{u"orders"_s, m_parts.orders.all()}});
        return Response::json(200, QJsonObject{{u"checkouts"_s, m_parts.checkouts.all()}});
    }
    if (request.path == u"/sim/faults")
        return faults(request);
    if (request.path == u"/sim/token")
        return token(request);
    static const QRegularExpression objectPath(u"^/sim/catalog/objects/([A-Z0-9]{1,64})$"_s);
    if (const QRegularExpressionMatch match = objectPath.match(request.path); match.hasMatch())
        return catalogObject(request, match.captured(1));
    static const QRegularExpression terminalPath(u"^/sim/terminals/([^/]{1,64})$"_s);
    if (const QRegularExpressionMatch match = terminalPath.match(request.path); match.hasMatch())
        return terminal(request, match.captured(1));
    return refused(404, u"no such resource: %1"_s.arg(request.path));
}

Response Admin::image(const QString &file) const
{
    QFile image(QDir(m_imagesDir).filePath(file));
    if (file.startsWith(u'.') || !image.open(QIODevice::ReadOnly))
        return refused(404, u"no image %1"_s.arg(file));
    Response response;
    response.body = image.readAll();
    response.contentType = file.endsWith(u".png"_s) ? "image/png" : "image/jpeg";
    return response;
}

Response Admin::catalogObject(const Request &request, const QString &id)
{
    bool found = false;
    if (request.method == "DELETE") {
        found = m_parts.catalog.remove(id);
    } else if (request.method == "PUT") {
        QString error;
        const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
        if (!json)
            return refused(422, error);
        found = m_parts.catalog.replace(id, *json);
    } else {
        return Response::methodNotAllowed("PUT, DELETE");
    }
    if (!found)
        return refused(404, u"no catalog object %1"_s.arg(id));
    return Response::json(200, QJsonObject{{u"object"_s, *m_parts.catalog.object(id)}});
}

Response Admin::faults(const Request &request)
{
    if (request.method == "GET")
        return Response::json(200, m_parts.faults.config().toJson());
    if (request.method != "PUT")
        return Response::methodNotAllowed("GET, PUT");
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return refused(422, error);
    const std::optional<simkit::FaultConfig> config = simkit::FaultConfig::fromJson(*json, &error);
    if (!config)
        return refused(422, error);
    m_parts.faults.setConfig(*config);
    return Response::json(200, config->toJson());
}

Response Admin::token(const Request &request)
{
    if (request.method != "PUT")
        return Response::methodNotAllowed("PUT");
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    const std::optional<bool> revoked = json ? JsonField(*json, QString(), u"revoked"_s).boolean(&error) : std::nullopt;
    if (!revoked)
        return refused(422, error);
    m_parts.api.setTokenRevoked(*revoked);
    return Response::json(200, QJsonObject{{u"revoked"_s, *revoked}});
}

Response Admin::terminal(const Request &request, const QString &deviceId)
{
    if (request.method == "GET")
        return Response::json(200, m_parts.terminal.state(deviceId));
    if (request.method != "PUT")
        return Response::methodNotAllowed("GET, PUT");
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    const std::optional<QJsonObject> state = json ? m_parts.terminal.configure(deviceId, *json, &error) : std::nullopt;
    if (!state)
        return refused(422, error);
    return Response::json(200, *state);
}

} // namespace kiosk::squaresim
