#include "square/squareclient.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

SquareReply::Kind SquareReply::kind() const
{
    const int status = http.status;
    if (http.isNetworkError() || status == 0 || status == 408 || status == 429 || status >= 500)
        return Kind::RetryLater;
    if (status >= 200 && status < 300)
        return json.isEmpty() && !QJsonDocument::fromJson(http.body).isObject() ? Kind::Mangled : Kind::Ok;
    if (status == 401 || status == 403)
        return Kind::AuthFailed;
    if (status == 404)
        return Kind::NotFound;
    if (hasSquareErrorCode(errors, u"IDEMPOTENCY_KEY_REUSED"_s))
        return Kind::KeyReused;
    return Kind::Refused;
}

Reach SquareReply::reach() const
{
    if (http.isNetworkError())
        return Reach::Unreachable;
    // A 5xx may come from a proxy on the way; anything else is Square answering.
    return http.status >= 500 ? Reach::Unknown : Reach::Reached;
}

std::optional<Backoff::Millis> SquareReply::retryAfter() const
{
    if (http.status != 429 && http.status != 503)
        return std::nullopt;
    return Backoff::parseRetryAfter(http.header("retry-after"), QDateTime::currentDateTimeUtc());
}

QString SquareReply::describe() const
{
    if (http.isNetworkError())
        return networkErrorText(http);
    QString words = u"HTTP %1"_s.arg(http.status);
    if (!errors.isEmpty())
        words += u" "_s + squareErrorWords(errors);
    else if (kind() == Kind::Mangled)
        words += u" with an answer that is not a JSON object"_s;
    return words;
}

void SquareReply::fill(BackendExchange &exchange) const
{
    exchange.reach = reach();
    exchange.elapsedMs = http.elapsedMs;
    exchange.httpStatus = http.status;
}

SquareClient::SquareClient(const SyncSettings &settings, const HttpClient::Options &options,
                           const std::atomic_bool *stopping)
    : m_token(settings.tokenFile), m_version(settings.square.version.toUtf8()), m_http(options)
{
    m_http.setAbortFlag(stopping);
}

bool SquareClient::ready(QString *why)
{
    bool changed = false;
    const std::optional<QByteArray> token = m_token.token(&changed);
    if (!token) {
        if (why)
            *why = u"no usable Square access token"_s;
        return false;
    }
    if (changed) {
        m_http.setDefaultHeaders({{"Authorization", "Bearer " + *token},
                                  {"Square-Version", m_version},
                                  {"Accept", "application/json"}});
    }
    return true;
}

SquareReply SquareClient::get(const QByteArray &path)
{
    return read(m_http.get(path));
}

SquareReply SquareClient::post(const QByteArray &path, const QJsonObject &body)
{
    return read(m_http.post(path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

SquareReply SquareClient::post(const QByteArray &path)
{
    return read(m_http.post(path, QByteArray()));
}

SquareReply SquareClient::put(const QByteArray &path, const QJsonObject &body)
{
    return read(m_http.put(path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

SquareReply SquareClient::deleteResource(const QByteArray &path)
{
    return read(m_http.deleteResource(path));
}

SquareReply SquareClient::read(HttpResult result) const
{
    SquareReply reply;
    reply.json = QJsonDocument::fromJson(result.body).object();
    reply.errors = squareErrors(reply.json);
    reply.http = std::move(result);
    return reply;
}

} // namespace kiosk
