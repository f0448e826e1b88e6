#pragma once

#include "config/syncsettings.h"
#include "square/squareerror.h"
#include "sync/backendport.h"
#include "sync/backendtokenfile.h"
#include "sync/httpclient.h"

#include <QJsonObject>
#include <atomic>
#include <optional>

namespace kiosk {

// One answer from Square, read: the HTTP result, its JSON object, its errors, and what it means
// for the kiosk. Never holds the request.
struct SquareReply
{
    enum class Kind {
        Ok,          // 2xx with a JSON object
        RetryLater,  // no answer, 408, 429 or 5xx: the same request may go again later
        AuthFailed,  // 401/403: the token is expired, revoked or lacks a permission; staff must act
        KeyReused,   // 400 IDEMPOTENCY_KEY_REUSED: contract v1's 409 (the same key, another request)
        NotFound,    // 404
        Refused,     // any other 4xx: this request will be refused again
        Mangled,     // 2xx whose body is not a JSON object: say nothing about the result
    };

    HttpResult http;
    QJsonObject json;
    QList<SquareError> errors;

    Kind kind() const;
    bool ok() const { return kind() == Kind::Ok; }
    // What the call showed about the way to Square (see Reach).
    Reach reach() const;
    // Square's Retry-After on a 429/503, when it gave one.
    std::optional<Backoff::Millis> retryAfter() const;
    // Plain words for staff and the log: the network error, or the HTTP status and Square's
    // errors. Never contains the request or the token.
    QString describe() const;
    // BackendExchange's common fields, for any outcome.
    void fill(BackendExchange &exchange) const;
};

// Square's Connect API over one libcurl handle: base URL + path, and on every request
// `Authorization: Bearer <token>`, `Square-Version`, `Accept` and (with a body)
// `Content-Type: application/json`. Made and used on one thread, like HttpClient.
class SquareClient
{
public:
    SquareClient(const SyncSettings &settings, const HttpClient::Options &options, const std::atomic_bool *stopping);

    // Whether the token file holds a usable token (read again when it changes); if not, `why`.
    bool ready(QString *why);

    SquareReply get(const QByteArray &path);
    SquareReply post(const QByteArray &path, const QJsonObject &body);
    // A POST with no body at all (CancelTerminalCheckout takes none: api.json has no requestBody).
    SquareReply post(const QByteArray &path);
    SquareReply put(const QByteArray &path, const QJsonObject &body);
    SquareReply deleteResource(const QByteArray &path);

private:
    SquareReply read(HttpResult result) const;

    BackendTokenFile m_token;
    const QByteArray m_version;
    HttpClient m_http;
};

} // namespace kiosk
