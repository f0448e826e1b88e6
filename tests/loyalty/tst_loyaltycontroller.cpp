// LoyaltyController in the real composition root (KioskServices) against the real refpos and its
// seeded members: lookups by each identifier, several matches, not found, every reward kind
// and the cart total, checkout (points earned, a refused reward as an adjustment on a delivered
// order), sign-out and the end of an order leaving no member data; then refpos stopped: members
// from the offline cache (within the store's offline cap, less what offline orders redeemed),
// the others unavailable, an expired cache row never served.
#include "loyaltyfixture.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "support/httpclient.h"
#include "ui/cartmodel.h"
#include "kioskservices.h"
#include "ui/kiosksession.h"
#include "ui/diagnosticscontroller.h"
#include "ui/loyaltycontroller.h"

#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;
using State = LoyaltyController::State;

namespace {
const CurlGlobal curlGlobal; // before main() and any thread
constexpr int Patience = 15000;
constexpr int OfflineCapCents = 100; // the store copy's cap: $1 of rewards per order offline
} // namespace

class TestLoyaltyController : public QObject
{
    Q_OBJECT

private:
    LoyaltyBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_services;
    KioskSession *m_session = nullptr;
    LoyaltyController *m_loyalty = nullptr;
    CartModel *m_cart = nullptr;

    // Runs a lookup and waits for its answer.
    void finished()
    {
        QSignalSpy spy(m_loyalty, &LoyaltyController::lookupFinished);
        if (m_loyalty->state() == State::Looking)
            QVERIFY(spy.wait(Patience));
        QVERIFY(m_loyalty->state() != State::Looking);
    }
    void lookupPhone(const QString &typed)
    {
        m_loyalty->lookupPhone(typed);
        finished();
    }
    void addItem(const QString &itemId)
    {
        QVERIFY(m_session->openItem(itemId));
        QVERIFY2(m_session->addEditedItem(), qPrintable(itemId));
    }
    int cartRow(const QString &itemId) const
    {
        for (int row = 0; row < m_cart->rowCount(); ++row) {
            if (m_cart->basket().lines().at(row).itemId == itemId)
                return row;
        }
        return -1;
    }
    int rewardRow(const QString &rewardId) const
    {
        LoyaltyRewardListModel *rewards = m_loyalty->rewards();
        for (int row = 0; row < rewards->rowCount(); ++row) {
            if (rewards->data(rewards->index(row), LoyaltyRewardListModel::RewardIdRole).toString() == rewardId)
                return row;
        }
        return -1;
    }
    QVariant rewardData(const QString &rewardId, int role) const
    {
        return m_loyalty->rewards()->data(m_loyalty->rewards()->index(rewardRow(rewardId)), role);
    }
    void verifyNoMemberData() const
    {
        QCOMPARE(m_loyalty->state(), State::SignedOut);
        QVERIFY(!m_loyalty->isSignedIn());
        QCOMPARE(m_loyalty->firstName(), QString());
        QCOMPARE(m_loyalty->points(), 0);
        QCOMPARE(m_loyalty->tier(), QString());
        QCOMPARE(m_loyalty->nextTierName(), QString());
        QCOMPARE(m_loyalty->nextTierPointsNeeded(), 0);
        QCOMPARE(m_loyalty->nextRewardName(), QString());
        QCOMPARE(m_loyalty->nextRewardPointsNeeded(), 0);
        QVERIFY(!m_loyalty->birthdayToday());
        QVERIFY(!m_loyalty->fromCache());
        QCOMPARE(m_loyalty->pointsEstimate(), 0);
        QCOMPARE(m_loyalty->discountText(), QString());
        QCOMPARE(m_loyalty->droppedRewardName(), QString());
        QCOMPARE(m_loyalty->lastPointsEarned(), -1);
        QCOMPARE(m_loyalty->lastOrderPointsEstimate(), 0);
        QVERIFY(!m_loyalty->claim());
        QCOMPARE(m_loyalty->rewards()->rowCount(), 0);
        QCOMPARE(m_loyalty->candidates()->rowCount(), 0);
        QCOMPARE(m_loyalty->usualItems()->rowCount(), 0);
        QCOMPARE(m_cart->discountCents(), 0);
    }
    bool setPoints(const QString &memberId, int points)
    {
        HttpClient http;
        http.setToken("loyalty-test-token");
        return http.put(m_backend.refpos.url(u"/admin/loyalty/members/%1/points"_s.arg(memberId)),
                        u"{\"points\": %1}"_s.arg(points).toUtf8())
                   .status
               == 200;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        const QString store = m_dir.filePath(u"store"_s);
        QVERIFY(m_backend.writeStore(store, OfflineCapCents));
        m_services = std::make_unique<KioskServices>();
        QVERIFY2(m_services->start({store, m_dir.filePath(u"data"_s), KioskServices::HealthListener::Off}, &error),
                 qPrintable(error));
        m_session = &m_services->session();
        m_loyalty = &m_services->loyalty();
        m_cart = &m_services->cart();
        QVERIFY(m_loyalty->isEnabled());
    }

    void init()
    {
        m_session->startOrder();
        m_session->chooseDineOption(KioskSession::DineOption::DineIn);
        verifyNoMemberData();
    }

    void cleanup() { m_session->endOrder(); }

    void byPhoneAsTyped()
    {
        QSignalSpy changed(m_loyalty, &LoyaltyController::changed);
        m_loyalty->lookupPhone(u"(206) 555-0142"_s);
        QCOMPARE(m_loyalty->state(), State::Looking); // answered later, from the sync thread
        finished();
        QVERIFY(changed.count() >= 2);
        QCOMPARE(m_loyalty->state(), State::Found);
        QVERIFY(m_loyalty->isSignedIn());
        QVERIFY(!m_loyalty->fromCache());
        QCOMPARE(m_loyalty->firstName(), u"Maria"_s);
        QCOMPARE(m_loyalty->points(), 3200);
        QCOMPARE(m_loyalty->tier(), u"Gold"_s);
        QVERIFY(m_loyalty->birthdayToday());
        // Her birthday sundae and the three everyday rewards, all affordable.
        QCOMPARE(m_loyalty->rewards()->rowCount(), 4);
        QVERIFY(rewardRow(u"birthday_sundae"_s) >= 0);
        QCOMPARE(rewardData(u"two_dollars_off"_s, LoyaltyRewardListModel::ValueTextRole).toString(), u"$2.00 off"_s);
        QCOMPARE(rewardData(u"ten_percent_off"_s, LoyaltyRewardListModel::ValueTextRole).toString(), u"10% off"_s);
        QCOMPARE(rewardData(u"free_fries"_s, LoyaltyRewardListModel::KindRole).toString(), u"free_item"_s);
        QVERIFY(rewardData(u"free_fries"_s, LoyaltyRewardListModel::AffordableRole).toBool());
        // "Your usual", newest first.
        QCOMPARE(m_loyalty->usualItems()->rowCount(), 3);
        QCOMPARE(m_loyalty->usualItems()->data(m_loyalty->usualItems()->index(0), LoyaltyUsualItemListModel::ItemIdRole)
                     .toString(),
                 u"bacon_cheeseburger"_s);
        QCOMPARE(m_loyalty->formatPhone(u"2065550142"_s), u"(206) 555-0142"_s);
    }

    void byMemberNumber()
    {
        m_loyalty->lookupMemberNumber(seed::MariaNumber);
        finished();
        QCOMPARE(m_loyalty->state(), State::Found);
        QCOMPARE(m_loyalty->firstName(), u"Maria"_s);
    }

    void byScannedCode()
    {
        m_loyalty->lookupCode(seed::MariaCode + u"\r"_s); // what a scanner may leave at the end
        finished();
        QCOMPARE(m_loyalty->state(), State::Found);
        QCOMPARE(m_loyalty->firstName(), u"Maria"_s);
    }

    void householdChoosesByMaskedName()
    {
        lookupPhone(u"2065550177"_s);
        QCOMPARE(m_loyalty->state(), State::ChooseMember);
        QVERIFY(!m_loyalty->isSignedIn());
        LoyaltyCandidateListModel *candidates = m_loyalty->candidates();
        QCOMPARE(candidates->rowCount(), 2);
        QCOMPARE(candidates->data(candidates->index(0), LoyaltyCandidateListModel::MaskedNameRole).toString(), u"Sam L."_s);
        QCOMPARE(candidates->data(candidates->index(1), LoyaltyCandidateListModel::MaskedNameRole).toString(), u"Sara L."_s);
        m_loyalty->chooseCandidate(5); // out of range: nothing happens
        QCOMPARE(m_loyalty->state(), State::ChooseMember);
        m_loyalty->chooseCandidate(1);
        QCOMPARE(m_loyalty->state(), State::Found);
        QCOMPARE(m_loyalty->firstName(), u"Sara"_s);
        QCOMPARE(m_loyalty->points(), 900);
        QCOMPARE(candidates->rowCount(), 0);
    }

    void notFoundAndUnreadable()
    {
        lookupPhone(u"2065550100"_s);
        QCOMPARE(m_loyalty->state(), State::NotFound);
        QVERIFY(!m_loyalty->lastInputInvalid());
        QVERIFY(!m_loyalty->isSignedIn());

        lookupPhone(u"555"_s); // not a phone number: refused without asking the backend
        QCOMPARE(m_loyalty->state(), State::NotFound);
        QVERIFY(m_loyalty->lastInputInvalid());
        m_loyalty->signOut();
        QVERIFY(!m_loyalty->lastInputInvalid());
    }

    void everyRewardKindChangesTheTotal()
    {
        addItem(u"classic_burger"_s);
        lookupPhone(seed::MariaPhone);
        QCOMPARE(m_loyalty->state(), State::Found);
        const Totals before = m_cart->totals();
        QCOMPARE(before.discount, 0);

        // A free item needs its item in the order.
        QVERIFY(!m_loyalty->redeem(u"free_fries"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::ItemNotInCart);
        QCOMPARE(m_cart->discountCents(), 0);
        QVERIFY(!m_loyalty->redeem(u"no_such_reward"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::NotAllowed);

        addItem(u"classic_fries"_s);
        const Cents friesPrice = m_cart->totals().subtotal - before.subtotal;
        QVERIFY(friesPrice > 0);
        QVERIFY(m_loyalty->redeem(u"free_fries"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::NoError);
        QCOMPARE(m_cart->discountCents(), friesPrice);
        QVERIFY(rewardData(u"free_fries"_s, LoyaltyRewardListModel::RedeemedRole).toBool());
        QVERIFY(!m_loyalty->redeem(u"free_fries"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::AlreadyRedeemed);

        QVERIFY(m_loyalty->redeem(u"two_dollars_off"_s));
        QCOMPARE(m_cart->discountCents(), friesPrice + 200);
        const Cents beforePercent = m_cart->discountCents();
        QVERIFY(m_loyalty->redeem(u"ten_percent_off"_s));
        QVERIFY(m_cart->discountCents() > beforePercent);

        // The totals: one owner (pricing), tax on the discounted subtotal.
        const Totals after = m_cart->totals();
        QCOMPARE(after.discount, m_cart->discountCents());
        QVERIFY(after.total < after.subtotal + after.tax);
        QCOMPARE(after.total, after.subtotal - after.discount + after.tax);
        QCOMPARE(m_loyalty->discountText(), m_cart->discountText());
        QVERIFY(m_loyalty->discountText().startsWith(u'-'));
        // 1050 points spent of 3200: the claim names them for the order.
        QCOMPARE(m_loyalty->claim()->rewardIds.size(), 3);
        QCOMPARE(m_loyalty->claim()->memberId, u"mbr-1001"_s);

        m_loyalty->unredeem(u"ten_percent_off"_s);
        QCOMPARE(m_cart->discountCents(), friesPrice + 200);

        // The fries leave the order: their reward goes with them, visibly.
        m_cart->remove(cartRow(u"classic_fries"_s));
        QCOMPARE(m_cart->discountCents(), 200);
        QVERIFY(!m_loyalty->droppedRewardName().isEmpty());
        QVERIFY(!rewardData(u"free_fries"_s, LoyaltyRewardListModel::RedeemedRole).toBool());
    }

    void notEnoughPoints()
    {
        addItem(u"classic_burger"_s);
        lookupPhone(seed::NoahPhone);
        QCOMPARE(m_loyalty->firstName(), u"Noah"_s);
        // 40 points: refpos offers no reward yet, only the one Noah is saving for.
        QCOMPARE(m_loyalty->rewards()->rowCount(), 0);
        QCOMPARE(m_loyalty->nextRewardName(), u"$2 off your order"_s);
        QCOMPARE(m_loyalty->nextRewardPointsNeeded(), 210);
        QCOMPARE(m_loyalty->nextRewardProgress(), 40.0 / 250.0);
        QVERIFY(!m_loyalty->redeem(u"two_dollars_off"_s)); // the next reward is not yet a reward
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::NotAllowed);
        m_session->setLanguage(u"es"_s);
        QCOMPARE(m_loyalty->nextRewardName(), u"$2 de descuento"_s);
        m_session->setLanguage(u"en"_s);

        // Sara's 900 points buy 10% off (500) and $2 off (250), not the fries (300) as well.
        m_loyalty->lookupMemberNumber(seed::SaraNumber);
        finished();
        QCOMPARE(m_loyalty->firstName(), u"Sara"_s);
        addItem(u"classic_fries"_s);
        QVERIFY(m_loyalty->redeem(u"ten_percent_off"_s));
        QVERIFY(m_loyalty->redeem(u"two_dollars_off"_s));
        QVERIFY(!rewardData(u"free_fries"_s, LoyaltyRewardListModel::AffordableRole).toBool());
        const Cents discount = m_cart->discountCents();
        QVERIFY(!m_loyalty->redeem(u"free_fries"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::NotEnoughPoints);
        QCOMPARE(m_cart->discountCents(), discount);
    }

    void pointsEstimateFollowsTheCart()
    {
        lookupPhone(seed::MariaPhone);
        addItem(u"classic_burger"_s);
        const int one = m_loyalty->pointsEstimate();
        QVERIFY(one > 0);
        m_cart->increment(0);
        QVERIFY(m_loyalty->pointsEstimate() > one);
    }

    void checkoutEarnsPointsAndSignsOutAtTheEnd()
    {
        addItem(u"classic_burger"_s);
        m_loyalty->lookupMemberNumber(seed::SaraNumber);
        finished();
        QCOMPARE(m_loyalty->firstName(), u"Sara"_s);
        QVERIFY(m_loyalty->redeem(u"two_dollars_off"_s));
        const int estimate = m_loyalty->pointsEstimate();
        QVERIFY(m_session->checkout());
        // The confirmation page still greets the member, with the order's estimate.
        QVERIFY(m_loyalty->isSignedIn());
        QCOMPARE(m_loyalty->lastOrderPointsEstimate(), estimate);
        QCOMPARE(m_cart->discountCents(), 0); // the next order starts without the rewards
        QTRY_VERIFY_WITH_TIMEOUT(m_loyalty->lastPointsEarned() >= 0, Patience);
        m_session->endOrder();
        verifyNoMemberData();
    }

    // The backend cannot honour the reward any more: the order is delivered all the same (the
    // customer keeps the discount and the kitchen gets it), and staff see the refusal in
    // diagnostics. It used to be a 409 and a failed order.
    void refusedRedemptionLeavesTheOrderDelivered()
    {
        addItem(u"classic_burger"_s);
        lookupPhone(seed::MariaPhone);
        QVERIFY(m_loyalty->redeem(u"ten_percent_off"_s));
        const Cents discount = m_cart->discountCents();
        QVERIFY(discount > 0);
        // Meanwhile her points are spent at another kiosk.
        QVERIFY(setPoints(u"mbr-1001"_s, 100));
        QVERIFY(m_session->checkout());
        QTRY_VERIFY_WITH_TIMEOUT(m_loyalty->lastPointsEarned() >= 0, Patience);
        DiagnosticsController &diagnostics = m_services->diagnostics();
        diagnostics.refresh();
        OrderAdjustmentListModel *adjustments = diagnostics.adjustments();
        QCOMPARE(adjustments->rowCount(), 1);
        const QModelIndex row = adjustments->index(0);
        QCOMPARE(adjustments->data(row, OrderAdjustmentListModel::KindRole).toString(), u"reward"_s);
        QCOMPARE(adjustments->data(row, OrderAdjustmentListModel::SubjectRole).toString(), u"10% off your order"_s);
        QCOMPARE(adjustments->data(row, OrderAdjustmentListModel::ReasonRole).toString(),
                 u"costs 500 points, the member has 100 left"_s);
        QVERIFY(adjustments->data(row, OrderAdjustmentListModel::OrderNumberRole).toString().startsWith(u"K"_s));
        QCOMPARE(m_services->sync()->failedCount(), 0);
        QVERIFY(setPoints(u"mbr-1001"_s, 3200));
    }

    void idleEndsTheOrderAndSignsOut()
    {
        addItem(u"classic_burger"_s);
        lookupPhone(seed::MariaPhone);
        QVERIFY(m_loyalty->redeem(u"two_dollars_off"_s));
        m_session->idle()->setWarningMs(100);
        m_session->idle()->setIdleTimeoutMs(100);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isOrderOpen(), Patience);
        verifyNoMemberData();
        QCOMPARE(m_cart->rowCount(), 0);
        m_session->idle()->setIdleTimeoutMs(600000);
    }

    // Offline, a reward redeemed from the cache is spent: the next offline order on the same
    // member cannot redeem it again, since the cache lowers the balance by what orders redeemed.
    void secondOfflineRedemptionIsRefused()
    {
        QVERIFY(setPoints(u"mbr-1003"_s, 600));
        m_loyalty->lookupMemberNumber(seed::SaraNumber); // online: cached with 600 points
        finished();
        QVERIFY(!m_loyalty->fromCache());
        QCOMPARE(m_loyalty->points(), 600);
        m_loyalty->signOut();
        m_backend.refpos.kill();

        addItem(u"classic_fries"_s);
        m_loyalty->lookupMemberNumber(seed::SaraNumber);
        finished();
        QVERIFY(m_loyalty->fromCache());
        QCOMPARE(m_loyalty->points(), 600);
        QVERIFY(m_loyalty->redeem(u"ten_percent_off"_s)); // 500 points, 35 cents: within the $1 cap
        QVERIFY(m_session->checkout());
        m_session->endOrder();

        m_session->startOrder();
        m_session->chooseDineOption(KioskSession::DineOption::DineIn);
        addItem(u"classic_fries"_s);
        m_loyalty->lookupMemberNumber(seed::SaraNumber);
        finished();
        QVERIFY(m_loyalty->fromCache());
        QCOMPARE(m_loyalty->points(), 100);
        QVERIFY(!m_loyalty->redeem(u"ten_percent_off"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::NotEnoughPoints);
        QCOMPARE(m_cart->discountCents(), 0);
    }

    void offlineFromTheCacheWithinTheCap()
    {
        m_backend.refpos.kill();
        addItem(u"classic_burger"_s);
        lookupPhone(seed::MariaPhone); // seen online above
        QCOMPARE(m_loyalty->state(), State::Found);
        QVERIFY(m_loyalty->fromCache());
        QCOMPARE(m_loyalty->firstName(), u"Maria"_s);
        // $2 off is above this store's $1 offline cap.
        QVERIFY(!m_loyalty->redeem(u"two_dollars_off"_s));
        QCOMPARE(m_loyalty->lastRedeemError(), LoyaltyController::OfflineCapReached);
        QCOMPARE(m_cart->discountCents(), 0);

        lookupPhone(u"2065550199"_s); // never seen: nothing to answer with
        QCOMPARE(m_loyalty->state(), State::Unavailable);
        QVERIFY(!m_loyalty->isSignedIn());
    }

    void expiredCacheIsNotServed()
    {
        {
            QString error;
            auto db = Database::open(m_services->databasePath(), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->exec("UPDATE loyalty_cache SET expires_at = '2000-01-01T00:00:00.000Z'"));
        }
        lookupPhone(seed::MariaPhone);
        QCOMPARE(m_loyalty->state(), State::Unavailable);
        QVERIFY(!m_loyalty->isSignedIn());
    }

    void cleanupTestCase()
    {
        m_session = nullptr;
        m_services.reset();
    }
};

QTEST_MAIN(TestLoyaltyController)
#include "tst_loyaltycontroller.moc"
