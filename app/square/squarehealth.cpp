#include "square/squarehealth.h"

#include "square/squareclient.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

HealthOutcome down(QString reason)
{
    HealthOutcome outcome;
    outcome.result = HealthOutcome::Down{std::move(reason)};
    return outcome;
}

} // namespace

HealthOutcome probeSquareHealth(SquareClient &client, const SyncSettings &settings)
{
    QString why;
    if (!client.ready(&why))
        return down(why + u": put a valid personal access token in backend.token_file"_s);
    const QString locationId = settings.square.locationId;
    const SquareReply reply = client.get("/v2/locations/" + QUrl::toPercentEncoding(locationId));
    HealthOutcome outcome;
    switch (reply.kind()) {
    case SquareReply::Kind::Ok: {
        const QString status = reply.json.value(u"location"_s).toObject().value(u"status"_s).toString();
        if (status == u"ACTIVE")
            outcome.result = HealthOutcome::Up{};
        else
            outcome = down(u"Square location %1 is %2, not ACTIVE: activate it in the Square Dashboard "
                           u"or set backend.square.location_id to an active one"_s
                                   .arg(locationId, status.isEmpty() ? u"of unknown status"_s : status));
        break;
    }
    case SquareReply::Kind::AuthFailed:
        // 401: expired or revoked; 403: the token lacks a permission (MERCHANT_PROFILE_READ).
        outcome = down(u"Square refused the access token (%1): put a valid personal access token in "
                       u"backend.token_file"_s.arg(reply.errors.isEmpty() ? u"HTTP %1"_s.arg(reply.http.status)
                                                                          : squareErrorWords(reply.errors)));
        break;
    case SquareReply::Kind::NotFound:
        outcome = down(u"Square has no location %1 for this access token: check backend.square.location_id"_s
                               .arg(locationId));
        break;
    case SquareReply::Kind::RetryLater:
        outcome = down(reply.http.isNetworkError() ? u"Square cannot be reached: %1"_s.arg(reply.describe())
                                                   : u"Square is not answering normally: %1"_s.arg(reply.describe()));
        break;
    default:
        outcome = down(u"Square refused the location check: %1"_s.arg(reply.describe()));
        break;
    }
    reply.fill(outcome);
    return outcome;
}

} // namespace kiosk
