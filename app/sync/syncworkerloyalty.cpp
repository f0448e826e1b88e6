// SyncWorker's member lookups: asked of the backend port on the sync thread, with the offline
// cache as the answer when the backend cannot give one.
#include "contract/membersresponse.h"
#include "domain/logmask.h"
#include "storage/loyaltycache.h"
#include "sync/syncworker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

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
    if (!m_port || stopping()) {
        answer.error = u"sync is not running"_s;
        finish();
        return;
    }

    QString failure;
    if (portReady(&failure)) {
        LookupOutcome outcome = m_port->lookupMember(kind, identifier);
        if (stopping())
            return; // shutting down: nobody waits for the answer
        noteReach(outcome.reach);
        auto *found = std::get_if<LookupOutcome::Found>(&outcome.result);
        if (found || std::holds_alternative<LookupOutcome::NotFound>(outcome.result)) {
            if (found)
                answer.members = std::move(found->members);
            answer.source = LoyaltyLookupResult::Source::Online;
            // Joined on this kiosk and not on the backend yet: still recognised, and still in
            // the cache (which this answer replaces) for an offline lookup.
            if (kind == LoyaltyLookupKind::Phone) {
                for (const LoyaltyMember &member : pendingEnrolledMembers(identifier)) {
                    if (std::none_of(answer.members.cbegin(), answer.members.cend(),
                                     [&](const LoyaltyMember &m) { return m.id == member.id; }))
                        answer.members.append(member);
                }
                if (!found && !answer.members.isEmpty())
                    answer.source = LoyaltyLookupResult::Source::Cache;
            }
            // Nobody found is an answer too, and cached as one.
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
        if (const auto *refused = std::get_if<LookupOutcome::Refused>(&outcome.result)) {
            answer.error = refused->reason;
            qCWarning(lcSync).noquote() << u"member lookup by %1 %2 refused: %3"_s.arg(kindCode, masked,
                                                                                     refused->reason);
            finish();
            return;
        }
        failure = std::get<LookupOutcome::Unavailable>(outcome.result).reason;
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
    // The cached balance is the backend's at fetch time: the rewards redeemed since (this very
    // kiosk's orders, perhaps offline and undelivered) are spent, and are not offered again.
    for (LoyaltyMember &member : *members) {
        const int spent = m_loyaltyCache->pointsRedeemedSince(member.id, hit->fetchedAt);
        member.points = std::max(0, member.points - spent);
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
