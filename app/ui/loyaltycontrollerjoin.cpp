// LoyaltyController: joining the rewards program at the kiosk, after a phone lookup found nobody
// (docs/loyalty.md, "Joining at the kiosk"). The kiosk makes the member's id, so the order of
// the same visit names them even while the enrolment waits in the outbox: joining works offline.
// The first name and the phone are personal data: neither is ever logged.
#include "ui/loyaltycontroller.h"

#include "sync/syncservice.h"
#include "ui/cartmodel.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcLoyalty)

namespace kiosk {

void LoyaltyController::setJoinBackend(bool canEnrol, const QString &kioskId)
{
    m_kioskId = kioskId;
    if (canEnrol == m_canEnrol)
        return;
    m_canEnrol = canEnrol;
    emit changed();
}

bool LoyaltyController::canJoin() const
{
    return m_rules.enabled && m_rules.join.enabled && m_canEnrol;
}

QString LoyaltyController::joinTerms() const
{
    return m_rules.join.terms.text(m_language);
}

QString LoyaltyController::joinPhoneText() const
{
    return m_joinDigits.isEmpty() ? QString() : formatPhone(m_joinDigits);
}

int LoyaltyController::joinPointsEstimate() const
{
    if (m_joinPhone.isEmpty())
        return 0;
    const Totals totals = m_cart->totals();
    return estimatePoints(totals.subtotal - totals.discount, LoyaltyMember{}, m_rules);
}

bool LoyaltyController::join(const QString &firstName, bool termsAccepted)
{
    if (!canJoin() || m_state != NotFound || m_joinPhone.isEmpty() || !m_sync)
        return false;
    if (!termsAccepted) {
        qCInfo(lcLoyalty) << "join refused: the terms were not accepted";
        return false;
    }
    LoyaltyMember member;
    member.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    member.firstName = firstName.simplified().left(LoyaltyEnrolment::FirstNameMaxLength);
    LoyaltyEnrolment enrolment;
    enrolment.memberId = QUuid::fromString(member.id);
    enrolment.phone = m_joinPhone;
    enrolment.firstName = member.firstName;
    enrolment.kioskId = m_kioskId;
    enrolment.createdAt = QDateTime::currentDateTimeUtc();
    enrolment.termsVersion = m_rules.join.termsVersion;
    m_joining = member;
    m_joinFailed = false;
    ++m_requestId; // a lookup answer still on its way is ignored
    qCInfo(lcLoyalty) << "member joining" << (member.firstName.isEmpty() ? "without a name" : "with a name");
    setState(Joining);
    m_sync->enrolMember(m_requestId, enrolment, member, m_rules.cacheTtlHours);
    return true;
}

void LoyaltyController::onMemberEnrolled(quint64 requestId, bool saved, const QString &error)
{
    if (requestId != m_requestId || m_state != Joining || !m_joining)
        return; // signed out or replaced meanwhile
    const LoyaltyMember member = *std::exchange(m_joining, std::nullopt);
    if (!saved) {
        // `error` is the storage's, never the customer's data.
        qCWarning(lcLoyalty).noquote() << "joining could not be saved:" << error;
        m_joinFailed = true;
        setState(NotFound);
        emit changed();
        return;
    }
    m_fromCache = false;
    signIn(member);
    m_justJoined = true;
    m_joinPhone.clear();
    m_joinDigits.clear();
    emit changed();
}

void LoyaltyController::onEnrolmentDelivered(const LoyaltyMember &member)
{
    if (!m_member || m_member->id != member.id)
        return;
    // The backend's member brings what it granted (the welcome gift); what was redeemed on
    // this order stays redeemed where the new answer still offers it.
    QStringList redeemed;
    for (const LoyaltyReward &reward : m_cart->basket().redeemedRewards())
        redeemed.append(reward.id);
    m_member = member;
    m_cart->setMember(member, m_fromCache);
    for (const QString &id : std::as_const(redeemed))
        m_cart->redeem(id);
    qCInfo(lcLoyalty) << "joined member confirmed by the backend";
    refreshModels();
    emit changed();
}

} // namespace kiosk
