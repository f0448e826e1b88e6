#pragma once

#include "domain/loyalty.h"
#include "contract/enrolmentrequest.h"
#include "domain/menu.h"
#include "sync/loyaltylookup.h"
#include "ui/loyaltycandidatelistmodel.h"
#include "ui/loyaltyrewardlistmodel.h"
#include "ui/loyaltyusualitemlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kiosk {

class CartModel;
class SyncService;

// The loyalty member of the current visit, for the pages (session.loyalty): lookups by phone,
// member number or scanned code (run on the sync thread), the member's standing, rewards to
// redeem into the cart, "your usual" re-adds. The rules (what may be redeemed, discounts, the
// offline cap, points) are the domain's (Basket, loyalty.h); this only asks and presents them.
// signOut() leaves no member data in any property or model.
class LoyaltyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY changed)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)
    Q_PROPERTY(QString firstName READ firstName NOTIFY changed)
    Q_PROPERTY(int points READ points NOTIFY changed)
    Q_PROPERTY(QString tier READ tier NOTIFY changed)
    Q_PROPERTY(QString nextTierName READ nextTierName NOTIFY changed)
    Q_PROPERTY(int nextTierPointsNeeded READ nextTierPointsNeeded NOTIFY changed)
    Q_PROPERTY(double nextTierProgress READ nextTierProgress NOTIFY changed)
    Q_PROPERTY(QString nextRewardName READ nextRewardName NOTIFY changed)
    Q_PROPERTY(int nextRewardPointsNeeded READ nextRewardPointsNeeded NOTIFY changed)
    Q_PROPERTY(double nextRewardProgress READ nextRewardProgress NOTIFY changed)
    Q_PROPERTY(bool birthdayToday READ birthdayToday NOTIFY changed)
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY changed)
    Q_PROPERTY(int pointsEstimate READ pointsEstimate NOTIFY changed)
    Q_PROPERTY(RedeemError lastRedeemError READ lastRedeemError NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(int lastPointsEarned READ lastPointsEarned NOTIFY changed)
    // Besides the contract: the last lookup's input could not be read (a phone number of the
    // wrong length, ...); the state is then NotFound. And the name of a redeemed reward that a
    // cart change took away (its free item left the cart); "" when none.
    Q_PROPERTY(bool lastInputInvalid READ lastInputInvalid NOTIFY changed)
    Q_PROPERTY(QString droppedRewardName READ droppedRewardName NOTIFY changed)
    // For the confirmation page: the estimate for the order just placed (the cart is empty by
    // then). A reward the backend refuses never fails the order: the customer keeps the
    // discount and staff see the refusal in diagnostics.
    Q_PROPERTY(int lastOrderPointsEstimate READ lastOrderPointsEstimate NOTIFY changed)
    Q_PROPERTY(kiosk::LoyaltyRewardListModel *rewards READ rewards CONSTANT)
    Q_PROPERTY(kiosk::LoyaltyCandidateListModel *candidates READ candidates CONSTANT)
    Q_PROPERTY(kiosk::LoyaltyUsualItemListModel *usualItems READ usualItems CONSTANT)
    // The most digits the keypad takes: a phone number (E.164) or a member number.
    Q_PROPERTY(int phoneMaxDigits READ phoneMaxDigits CONSTANT)
    // The backend finds members by phone number only (Square): no member-number or scan tabs.
    Q_PROPERTY(bool phoneOnly READ phoneOnly NOTIFY changed)
    Q_PROPERTY(int memberNumberMaxDigits READ memberNumberMaxDigits CONSTANT)
    // Joining at the kiosk (loyaltycontrollerjoin.cpp): offered after a phone lookup found
    // nobody, when the store's rules allow it and its backend can enrol (not Square). The
    // phone is the one looked up, shown formatted; nothing of it stays after signOut().
    Q_PROPERTY(bool canJoin READ canJoin NOTIFY changed)
    Q_PROPERTY(QString joinTerms READ joinTerms NOTIFY changed)
    Q_PROPERTY(QString joinPhoneText READ joinPhoneText NOTIFY changed)
    Q_PROPERTY(int joinPointsEstimate READ joinPointsEstimate NOTIFY changed)
    Q_PROPERTY(int firstNameMaxLength READ firstNameMaxLength CONSTANT)
    // The member signed in is the one who just joined (the page welcomes them).
    Q_PROPERTY(bool justJoined READ justJoined NOTIFY changed)
    // The last join could not be saved on this kiosk (state back to NotFound).
    Q_PROPERTY(bool joinFailed READ joinFailed NOTIFY changed)

public:
    enum State { SignedOut, Looking, Found, ChooseMember, NotFound, Unavailable, Joining };
    Q_ENUM(State)
    enum RedeemError { NoError, NotEnoughPoints, ItemNotInCart, OfflineCapReached, AlreadyRedeemed, NotAllowed };
    Q_ENUM(RedeemError)

    static constexpr int PhoneMaxDigits = 15;
    static constexpr int MemberNumberMaxDigits = 12;

    explicit LoyaltyController(CartModel *cart, QObject *parent = nullptr);

    // Wiring by KioskSession: where lookups go, the store's rules, the menu, the language.
    void setSync(SyncService *sync);
    void setRules(const LoyaltyRules &rules);
    void setPhoneOnly(bool phoneOnly);
    void setMenu(const Menu &menu);
    void setLanguage(const QString &language, const QString &currency);
    // Whether the store's backend can enrol members, and the kiosk id enrolments carry.
    void setJoinBackend(bool canEnrol, const QString &kioskId);

    // For checkout: the member and redeemed rewards (nullopt when nobody is signed in).
    std::optional<LoyaltyClaim> claim() const;
    // Checkout saved `orderId` with claim(): its rewards are spent, its points come later.
    void orderCommitted(const QString &orderId);

    State state() const { return m_state; }
    bool isEnabled() const { return m_rules.enabled; }
    bool phoneOnly() const { return m_phoneOnly; }
    bool isSignedIn() const { return m_member.has_value(); }
    QString firstName() const;
    int points() const;
    QString tier() const;
    QString nextTierName() const;
    int nextTierPointsNeeded() const;
    double nextTierProgress() const;
    QString nextRewardName() const;
    int nextRewardPointsNeeded() const;
    double nextRewardProgress() const;
    bool birthdayToday() const;
    bool fromCache() const { return m_member && m_fromCache; }
    int pointsEstimate() const;
    RedeemError lastRedeemError() const { return m_lastRedeemError; }
    QString discountText() const;
    int lastPointsEarned() const { return m_lastPointsEarned; }
    bool lastInputInvalid() const { return m_lastInputInvalid; }
    QString droppedRewardName() const { return m_droppedRewardName; }
    int lastOrderPointsEstimate() const { return m_lastOrderPointsEstimate; }
    LoyaltyRewardListModel *rewards() { return &m_rewards; }
    LoyaltyCandidateListModel *candidates() { return &m_candidates; }
    LoyaltyUsualItemListModel *usualItems() { return &m_usualItems; }
    bool canJoin() const;
    QString joinTerms() const;
    QString joinPhoneText() const;
    int joinPointsEstimate() const;
    static constexpr int firstNameMaxLength() { return LoyaltyEnrolment::FirstNameMaxLength; }
    bool justJoined() const { return m_member && m_justJoined; }
    bool joinFailed() const { return m_joinFailed; }
    static constexpr int phoneMaxDigits() { return PhoneMaxDigits; }
    static constexpr int memberNumberMaxDigits() { return MemberNumberMaxDigits; }

    Q_INVOKABLE void lookupPhone(const QString &digits);
    Q_INVOKABLE void lookupMemberNumber(const QString &number);
    Q_INVOKABLE void lookupCode(const QString &scanned);
    Q_INVOKABLE void chooseCandidate(int row);
    Q_INVOKABLE bool redeem(const QString &rewardId);
    Q_INVOKABLE void unredeem(const QString &rewardId);
    Q_INVOKABLE void signOut();
    // Adds one of the item with its default choices; false when the customer must choose
    // (the page then opens the item) or the item cannot be ordered.
    Q_INVOKABLE bool addUsual(const QString &itemId);
    // "(555) 123-4567" from the digits typed so far.
    Q_INVOKABLE QString formatPhone(const QString &digits) const;
    // Enrols the customer with the phone of the lookup that found nobody, then signs them in
    // (state Joining, then Found with justJoined). Refused (false) without consent
    // (`termsAccepted`), when joining is not offered, or with no such lookup to join from.
    Q_INVOKABLE bool join(const QString &firstName, bool termsAccepted);

signals:
    void changed();
    void lookupFinished();

private:
    void startLookup(LoyaltyLookupKind kind, const std::optional<QString> &identifier);
    void onLookedUp(const LoyaltyLookupResult &result);
    void signIn(const LoyaltyMember &member);
    void clearMember();
    void forgetLastOrder();
    void onCartChanged();
    void onRewardsDropped(const QList<LoyaltyReward> &rewards);
    void refreshModels();
    const LoyaltyReward *nextReward() const;
    QString rewardValueText(const LoyaltyReward &reward) const;
    void setState(State state);
    void onMemberEnrolled(quint64 requestId, bool saved, const QString &error);
    void onEnrolmentDelivered(const LoyaltyMember &member);

    CartModel *m_cart;
    QPointer<SyncService> m_sync;
    LoyaltyRules m_rules;
    bool m_phoneOnly = false;
    Menu m_menu;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");

    State m_state = SignedOut;
    quint64 m_requestId = 0; // the lookup whose answer is awaited; older answers are ignored
    QList<LoyaltyMember> m_candidateMembers;
    bool m_candidatesFromCache = false;
    std::optional<LoyaltyMember> m_member;
    bool m_fromCache = false;
    RedeemError m_lastRedeemError = NoError;
    bool m_lastInputInvalid = false;
    QString m_droppedRewardName;
    QString m_lastOrderId;
    int m_lastPointsEarned = -1;
    int m_lastOrderPointsEstimate = 0;
    LoyaltyRewardListModel m_rewards;
    LoyaltyCandidateListModel m_candidates;
    LoyaltyUsualItemListModel m_usualItems;
    // Joining: what the backend allows, the phone (E.164) and digits of the lookup that found
    // nobody (memory only), and the member being enrolled.
    bool m_canEnrol = false;
    QString m_kioskId;
    QString m_lookupPhone; // the phone lookup in flight
    QString m_lookupDigits;
    QString m_joinPhone;
    QString m_joinDigits;
    std::optional<LoyaltyMember> m_joining;
    bool m_justJoined = false;
    bool m_joinFailed = false;
};

} // namespace kiosk
