// SyncWorker's kiosk enrolments: a customer who joins at the kiosk is saved as an outbox entry
// (delivered like any other, with the member's id as its key) and, in the same transaction, put
// in the offline cache under their phone, so they are recognised at once, online or not. An
// order naming the member waits for the enrolment to reach the backend.
#include "contract/membersresponse.h"
#include "domain/logmask.h"
#include "storage/database.h"
#include "storage/loyaltycache.h"
#include "sync/syncworker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString enrolmentPhone(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"phone"_s).toString();
}

} // namespace

void SyncWorker::enrolMember(quint64 requestId, const LoyaltyEnrolment &enrolment, const LoyaltyMember &member,
                             int cacheTtlHours)
{
    if (!m_outbox) {
        emit memberEnrolled(requestId, false, u"sync is not running"_s);
        return;
    }
    const QString key = enrolment.memberId.toString(QUuid::WithoutBraces);
    const QString masked = maskIdentifier(key); // the member's id: never whole in the log
    const QByteArray body = QJsonDocument(enrolment.toContractJson()).toJson(QJsonDocument::Compact);
    // This connection commits with synchronous=NORMAL (delivery outcomes, which a power cut may
    // lose harmlessly). An enrolment is the customer's consent and the key their orders name:
    // "saved" must mean on disk, so this one commit is a FULL one.
    m_db->exec("PRAGMA synchronous=FULL");
    bool saved = false;
    QString error;
    {
        Database::Transaction tx(*m_db);
        saved = tx.isActive() && m_outbox->enqueue(loyaltyEnrolmentKind(), key, body, QDateTime::currentDateTimeUtc());
        if (!saved)
            error = m_outbox->lastError();
        // Without a cache (its key file unusable) the member is still enrolled, and recognised
        // again once the backend has them.
        if (saved && m_loyaltyCache && m_loyaltyCache->isOpen()
            && !m_loyaltyCache->addMember(lookupKindCode(LoyaltyLookupKind::Phone), enrolment.phone,
                                          loyaltyMemberJson(member), cacheTtlHours)) {
            saved = false;
            error = m_loyaltyCache->lastError();
        }
        if (saved && !tx.commit()) {
            saved = false;
            error = m_db->lastError();
        }
    }
    m_db->exec("PRAGMA synchronous=NORMAL");
    if (saved) {
        qCInfo(lcSync).noquote() << u"%1 %2 queued"_s.arg(loyaltyEnrolmentKind(), masked);
    } else {
        qCCritical(lcSync).noquote() << u"cannot save %1 %2: %3"_s.arg(loyaltyEnrolmentKind(), masked, error);
        emit storageError(error);
    }
    emit memberEnrolled(requestId, saved, error);
    if (saved) {
        reportOutbox();
        scheduleNext(); // deliver it now, not at the next poll
    }
}

bool SyncWorker::memberEnrolmentReady(const OutboxEntry &entry)
{
    // Most orders name no member: no JSON read, no query.
    if (entry.kind != u"order"_s || !entry.body.contains("\"member_id\""))
        return true;
    const QString memberId = QJsonDocument::fromJson(entry.body)
                                 .object()
                                 .value(u"loyalty"_s)
                                 .toObject()
                                 .value(u"member_id"_s)
                                 .toString();
    if (memberId.isEmpty() || !m_outbox->hasPending(loyaltyEnrolmentKind(), memberId))
        return true;
    // Delivered or failed for good, the enrolment stops holding the order back.
    m_outbox->scheduleRetry(entry.seq, u"waiting for the member's enrolment to reach the backend"_s,
                            QDateTime::currentDateTimeUtc().addMSecs(m_settings.pollIntervalMs));
    return false;
}

void SyncWorker::enrolmentAccepted(const OutboxEntry &entry, const QByteArray &receipt)
{
    QString error;
    const std::optional<LoyaltyMember> member = parseMemberResponse(receipt, &error);
    if (!member) {
        // Delivery checked the receipt already: only an adapter's own receipt gets here.
        qCWarning(lcSync).noquote() << describe(entry) << "delivered without a member in its receipt:"
                                    << error.section(u':', 0, 0);
        return;
    }
    if (m_loyaltyCache && m_loyaltyCache->isOpen()
        && !m_loyaltyCache->addMember(lookupKindCode(LoyaltyLookupKind::Phone), enrolmentPhone(entry.body),
                                      loyaltyMemberJson(*member), m_settings.loyaltyCacheTtlHours))
        qCWarning(lcSync).noquote() << "cannot cache an enrolled member:" << m_loyaltyCache->lastError();
    emit enrolmentDelivered(*member);
}

void SyncWorker::enrolmentRefused(const OutboxEntry &entry)
{
    if (m_loyaltyCache && m_loyaltyCache->isOpen()
        && !m_loyaltyCache->removeMember(lookupKindCode(LoyaltyLookupKind::Phone), enrolmentPhone(entry.body), entry.key))
        qCWarning(lcSync).noquote() << "cannot take a refused member out of the cache:" << m_loyaltyCache->lastError();
}

QList<LoyaltyMember> SyncWorker::pendingEnrolledMembers(const QString &phone)
{
    QList<LoyaltyMember> members;
    if (!m_outbox)
        return members;
    const QList<OutboxEntry> pending = m_outbox->pending(loyaltyEnrolmentKind());
    if (pending.isEmpty())
        return members;
    QList<LoyaltyMember> cached;
    if (m_loyaltyCache) {
        if (const auto hit = m_loyaltyCache->find(lookupKindCode(LoyaltyLookupKind::Phone), phone)) {
            const QByteArray body = "{\"members\":" + hit->members + '}';
            QString error;
            cached = parseMembersResponse(body, &error).value_or(QList<LoyaltyMember>());
        }
    }
    for (const OutboxEntry &entry : pending) {
        if (enrolmentPhone(entry.body) != phone)
            continue;
        const auto it = std::find_if(cached.cbegin(), cached.cend(),
                                     [&](const LoyaltyMember &m) { return m.id == entry.key; });
        if (it != cached.cend()) {
            members.append(*it);
        } else {
            // The cache lost the row (expired, a new key): the enrolment still names them.
            LoyaltyMember member;
            member.id = entry.key;
            member.firstName = QJsonDocument::fromJson(entry.body).object().value(u"first_name"_s).toString();
            members.append(member);
        }
    }
    return members;
}

} // namespace kiosk
