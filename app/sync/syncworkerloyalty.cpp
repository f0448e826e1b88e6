// SyncWorker's member lookups: GET /v1/loyalty/members on the sync thread, with the offline
// cache as the answer when the backend cannot give one.
#include "contract/membersresponse.h"
#include "domain/logmask.h"
#include "storage/loyaltycache.h"
#include "sync/syncworker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// An answer that says the backend is unwell (or unreachable from here), as opposed to one that
// refuses this request: only an outage is answered from the cache.
bool isOutage(const HttpResult &result)
{
    if (result.isNetworkError() || result.status >= 500 || result.status == 0)
        return true;
    // A refused token or rate limit is the kiosk's or the backend's trouble, not the customer's.
    return result.status == 401 || result.status == 403 || result.status == 408 || result.status == 429;
}

QByteArray membersArrayJson(const QList<LoyaltyMember> &members)
{
    return QJsonDocument(membersResponseJson(members).value(u"members"_s).toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

void SyncWorker::lookupMember(quint64 requestId, LoyaltyLookupKind kind, const QString &identifier)
{
    QElapsedTimer timer;
    timer.start();
    LoyaltyLookupResult answer;
    answer.requestId = requestId;
    const QString kindCode = lookupKindCode(kind);
    const QString masked = maskIdentifier(identifier);
    auto finish = [&] {
        answer.latencyMs = timer.elapsed();
        emit memberLookedUp(answer);
    };
    if (!m_lookupHttp || stopping()) {
        answer.error = u"sync is not running"_s;
        finish();
        return;
    }

    QString failure;
    if (refreshToken()) {
        const QByteArray path = "/v1/loyalty/members?" + kindCode.toLatin1() + '='
            + QUrl::toPercentEncoding(identifier);
        const HttpResult result = m_lookupHttp->get(path);
        if (stopping())
            return; // shutting down: nobody waits for the answer
        noteReachability(result);
        if (result.status == 200) {
            QString parseError;
            if (std::optional<QList<LoyaltyMember>> members = parseMembersResponse(result.body, &parseError)) {
                answer.source = LoyaltyLookupResult::Source::Online;
                answer.members = std::move(*members);
                if (m_loyaltyCache
                    && !m_loyaltyCache->store(kindCode, identifier, membersArrayJson(answer.members),
                                              m_settings.loyaltyCacheTtlHours))
                    qCWarning(lcSync).noquote() << "cannot cache a member lookup:" << m_loyaltyCache->lastError();
                qCInfo(lcSync).noquote() << u"member lookup by %1 %2: %3 found online in %4 ms"_s.arg(
                                                kindCode, masked, QString::number(answer.members.size()),
                                                QString::number(timer.elapsed()));
                finish();
                return;
            }
            // The JSON path only: the rest of the message may quote a member's data.
            failure = u"invalid members response at %1"_s.arg(parseError.section(u':', 0, 0));
        } else if (result.isNetworkError()) {
            failure = errorKindName(result.error);
        } else {
            failure = u"HTTP %1"_s.arg(result.status);
        }
        if (result.status != 200 && !isOutage(result)) {
            // The backend refused this very request (400, 404, ...): the cache would only hide
            // the problem, so the lookup is unavailable. A broken 200 body counts as an outage.
            answer.error = failure;
            qCWarning(lcSync).noquote() << u"member lookup by %1 %2 refused: %3"_s.arg(kindCode, masked, failure);
            finish();
            return;
        }
    } else {
        failure = u"no backend token"_s;
    }

    if (answerFromCache(kindCode, identifier, &answer)) {
        qCInfo(lcSync).noquote() << u"member lookup by %1 %2: backend unavailable (%3), %4 found in the cache"_s.arg(
                                        kindCode, masked, failure, QString::number(answer.members.size()));
    } else {
        answer.error = failure;
        qCInfo(lcSync).noquote() << u"member lookup by %1 %2 unavailable: %3, nothing fresh in the cache"_s.arg(
                                        kindCode, masked, failure);
    }
    finish();
}

bool SyncWorker::answerFromCache(const QString &kind, const QString &identifier, LoyaltyLookupResult *result)
{
    if (!m_loyaltyCache)
        return false;
    const std::optional<LoyaltyCache::Hit> hit = m_loyaltyCache->find(kind, identifier);
    if (!hit)
        return false;
    const QJsonObject body{{u"members"_s, QJsonDocument::fromJson(hit->members).array()}};
    QString error;
    std::optional<QList<LoyaltyMember>> members =
        parseMembersResponse(QJsonDocument(body).toJson(QJsonDocument::Compact), &error);
    if (!members) {
        qCWarning(lcSync).noquote() << "cached members unreadable at" << error.section(u':', 0, 0);
        return false;
    }
    result->source = LoyaltyLookupResult::Source::Cache;
    result->members = std::move(*members);
    return true;
}

void SyncWorker::purgeLoyaltyCache()
{
    if (!m_loyaltyCache)
        return;
    const int purged = m_loyaltyCache->purgeExpired();
    if (purged < 0)
        qCWarning(lcSync).noquote() << "cannot purge the member cache:" << m_loyaltyCache->lastError();
    else if (purged > 0)
        qCInfo(lcSync) << "purged" << purged << "expired members from the offline cache";
}

} // namespace kiosk
