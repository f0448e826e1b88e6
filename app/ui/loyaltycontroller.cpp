#include "ui/loyaltycontroller.h"

#include "domain/itemselection.h"
#include "contract/membersresponse.h"
#include "domain/logmask.h"
#include "sync/syncservice.h"
#include "ui/cartmodel.h"
#include "ui/loyaltyidentifiers.h"
#include "domain/moneyformat.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcLoyalty, "kiosk.loyalty")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

LoyaltyController::RedeemError redeemError(Basket::Redeem result)
{
    switch (result) {
    case Basket::Redeem::Redeemed:
        return LoyaltyController::NoError;
    case Basket::Redeem::NotEnoughPoints:
        return LoyaltyController::NotEnoughPoints;
    case Basket::Redeem::ItemNotInCart:
        return LoyaltyController::ItemNotInCart;
    case Basket::Redeem::OfflineCapReached:
        return LoyaltyController::OfflineCapReached;
    case Basket::Redeem::AlreadyRedeemed:
        return LoyaltyController::AlreadyRedeemed;
    case Basket::Redeem::NotAllowed:
        break;
    }
    return LoyaltyController::NotAllowed;
}

} // namespace

LoyaltyController::LoyaltyController(CartModel *cart, QObject *parent) : QObject(parent), m_cart(cart)
{
    connect(m_cart, &CartModel::changed, this, &LoyaltyController::onCartChanged);
    connect(m_cart, &CartModel::rewardsDropped, this, &LoyaltyController::onRewardsDropped);
}

void LoyaltyController::setSync(SyncService *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!m_sync)
        return;
    connect(m_sync, &SyncService::memberLookedUp, this, &LoyaltyController::onLookedUp);
    connect(m_sync, &SyncService::memberEnrolled, this, &LoyaltyController::onMemberEnrolled);
    connect(m_sync, &SyncService::enrolmentDelivered, this, &LoyaltyController::onEnrolmentDelivered);
    connect(m_sync, &SyncService::orderDelivered, this, [this](const QString &orderId, int pointsEarned) {
        if (orderId.isEmpty() || orderId != m_lastOrderId || pointsEarned == m_lastPointsEarned)
            return;
        m_lastPointsEarned = pointsEarned;
        emit changed();
    });
}

void LoyaltyController::setPhoneOnly(bool phoneOnly)
{
    if (phoneOnly == m_phoneOnly)
        return;
    m_phoneOnly = phoneOnly;
    emit changed();
}

void LoyaltyController::setRules(const LoyaltyRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    if (!m_rules.enabled)
        signOut();
    m_cart->setOfflineRedemptionCap(m_rules.offlineRedemptionCapCents);
    emit changed();
}

void LoyaltyController::setMenu(const Menu &menu)
{
    m_menu = menu;
    refreshModels();
}

void LoyaltyController::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    refreshModels();
    emit changed();
}

std::optional<LoyaltyClaim> LoyaltyController::claim() const
{
    return m_cart->basket().claim();
}

void LoyaltyController::orderCommitted(const QString &orderId)
{
    if (!m_member)
        return;
    m_lastOrderId = orderId;
    m_lastPointsEarned = -1;
    m_lastOrderPointsEstimate = pointsEstimate(); // the cart still holds the order
    // The rewards now belong to the saved order: clearing the basket for the next order clears
    // them too.
    m_droppedRewardName.clear();
    emit changed();
}

// --- lookups ---------------------------------------------------------------------------------

void LoyaltyController::lookupPhone(const QString &digits)
{
    const std::optional<QString> phone = normalisePhone(digits, m_rules.phoneRegion);
    startLookup(LoyaltyLookupKind::Phone, phone);
    // Kept for joining, should nobody have this phone; startLookup() cleared the last one.
    if (m_state == Looking) {
        m_lookupPhone = *phone;
        m_lookupDigits = digits;
    }
}

void LoyaltyController::lookupMemberNumber(const QString &number)
{
    startLookup(LoyaltyLookupKind::MemberNumber, normaliseMemberNumber(number));
}

void LoyaltyController::lookupCode(const QString &scanned)
{
    startLookup(LoyaltyLookupKind::Code, normaliseScannedCode(scanned));
}

void LoyaltyController::startLookup(LoyaltyLookupKind kind, const std::optional<QString> &identifier)
{
    // A new lookup replaces whoever was signed in, with their redemptions.
    clearMember();
    ++m_requestId; // an answer still on its way for an earlier lookup is ignored
    if (!identifier) {
        qCInfo(lcLoyalty) << "member lookup by" << lookupKindCode(kind) << "refused: unreadable input";
        m_lastInputInvalid = true;
        setState(NotFound);
        emit lookupFinished();
        return;
    }
    if (!m_rules.enabled || !m_sync) {
        setState(Unavailable);
        emit lookupFinished();
        return;
    }
    qCDebug(lcLoyalty).noquote() << "member lookup by" << lookupKindCode(kind) << maskIdentifier(*identifier);
    setState(Looking);
    m_sync->lookupMember(m_requestId, kind, *identifier);
}

void LoyaltyController::onLookedUp(const LoyaltyLookupResult &result)
{
    if (result.requestId != m_requestId || m_state != Looking)
        return; // signed out, or a newer lookup started meanwhile
    if (!result.answered()) {
        qCInfo(lcLoyalty).noquote() << "member lookup unavailable:" << result.error;
        setState(Unavailable);
    } else if (result.members.isEmpty()) {
        m_joinPhone = m_lookupPhone;
        m_joinDigits = m_lookupDigits;
        setState(NotFound);
    } else if (result.members.size() == 1) {
        m_fromCache = result.source == LoyaltyLookupResult::Source::Cache;
        signIn(result.members.first());
    } else {
        m_candidateMembers = result.members;
        m_candidatesFromCache = result.source == LoyaltyLookupResult::Source::Cache;
        QList<LoyaltyCandidateListModel::Row> rows;
        for (const LoyaltyMember &member : m_candidateMembers) {
            const QString initial = member.lastNameInitial.left(1);
            rows.append({initial.isEmpty() ? member.firstName : u"%1 %2."_s.arg(member.firstName, initial),
                         member.tier});
        }
        m_candidates.setRows(rows);
        setState(ChooseMember);
    }
    emit lookupFinished();
}

void LoyaltyController::chooseCandidate(int row)
{
    if (m_state != ChooseMember || row < 0 || row >= m_candidateMembers.size())
        return;
    const LoyaltyMember member = m_candidateMembers.at(row);
    m_fromCache = m_candidatesFromCache;
    m_candidateMembers.clear();
    m_candidates.setRows({});
    signIn(member);
}

void LoyaltyController::signIn(const LoyaltyMember &member)
{
    m_member = member;
    m_cart->setMember(member, m_fromCache);
    forgetLastOrder();
    qCInfo(lcLoyalty).noquote() << "member signed in" << (m_fromCache ? "from the offline cache" : "online");
    refreshModels();
    setState(Found);
    emit changed();
}

void LoyaltyController::signOut()
{
    ++m_requestId;
    const bool wasSignedIn = m_member.has_value();
    clearMember();
    setState(SignedOut);
    if (wasSignedIn)
        qCInfo(lcLoyalty) << "member signed out";
    emit changed();
}

void LoyaltyController::clearMember()
{
    m_member.reset();
    m_fromCache = false;
    m_candidateMembers.clear();
    m_candidatesFromCache = false;
    m_cart->clearMember();
    m_lastInputInvalid = false;
    m_lookupPhone.clear();
    m_lookupDigits.clear();
    m_joinPhone.clear();
    m_joinDigits.clear();
    m_joining.reset();
    m_justJoined = false;
    m_joinFailed = false;
    forgetLastOrder();
    m_candidates.setRows({});
    refreshModels();
}

// What a previous member's order and redemptions left: nothing of it may show for the next one.
void LoyaltyController::forgetLastOrder()
{
    m_lastRedeemError = NoError;
    m_droppedRewardName.clear();
    m_lastOrderId.clear();
    m_lastPointsEarned = -1;
    m_lastOrderPointsEstimate = 0;
}

void LoyaltyController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit changed();
}

// --- redemptions -----------------------------------------------------------------------------

bool LoyaltyController::redeem(const QString &rewardId)
{
    const Basket::Redeem result = m_cart->redeem(rewardId);
    m_lastRedeemError = redeemError(result);
    if (result == Basket::Redeem::Redeemed)
        m_droppedRewardName.clear();
    refreshModels();
    emit changed();
    return result == Basket::Redeem::Redeemed;
}

void LoyaltyController::unredeem(const QString &rewardId)
{
    if (!m_cart->unredeem(rewardId))
        return;
    m_lastRedeemError = NoError;
    refreshModels();
    emit changed();
}

void LoyaltyController::onCartChanged()
{
    if (m_member)
        refreshModels(); // affordability and the estimate follow the cart
    emit changed();
}

void LoyaltyController::onRewardsDropped(const QList<LoyaltyReward> &rewards)
{
    // A free item that left the cart took its reward with it: say so, by name.
    QStringList names;
    for (const LoyaltyReward &r : rewards)
        names.append(r.name.text(m_language));
    m_droppedRewardName = names.join(u", "_s);
}

bool LoyaltyController::addUsual(const QString &itemId)
{
    const MenuItem *item = m_menu.item(itemId);
    if (!item || !item->available)
        return false;
    const ItemSelection selection = ItemSelection::withDefaults(m_menu, *item);
    if (!selection.isComplete())
        return false;
    const Basket::Add added = m_cart->add(selection, 1);
    return added == Basket::Add::Added || added == Basket::Add::Merged;
}

QString LoyaltyController::formatPhone(const QString &digits) const
{
    return formatPhoneAsYouType(digits, m_rules.phoneRegion);
}

} // namespace kiosk
