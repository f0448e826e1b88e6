// PromoController and LoyaltyController's join against a SyncService that is not started: the
// test plays the sync thread by emitting its answers (promotionLookedUp, memberLookedUp,
// memberEnrolled, enrolmentDelivered), so each path is taken on purpose: a code the backend
// knows, one it does not, no answer (the offline list), a Square store; joining refused without
// consent, the member signed in once saved, the welcome gift once delivered.
#include "../unit/menufixture.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "sync/syncservice.h"
#include "ui/checkout.h"
#include "ui/cartmodel.h"
#include "ui/loyaltycontroller.h"
#include "ui/promocontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

Promotion save10()
{
    Promotion p;
    p.code = QStringLiteral("SAVE10");
    p.name = text("10% off your order", "10 % de descuento");
    p.kind = Promotion::Kind::PercentOff;
    p.percent = 10;
    return p;
}

PromotionLookupResult answer(quint64 requestId, PromotionLookupResult::Outcome outcome,
                             const Promotion &promotion = {})
{
    PromotionLookupResult result;
    result.requestId = requestId;
    result.outcome = outcome;
    result.promotion = promotion;
    return result;
}

} // namespace

class TestPromoController : public QObject
{
    Q_OBJECT

    Menu m_menu = sampleMenu();
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<PromoController> m_promo;
    std::unique_ptr<LoyaltyController> m_loyalty;

    void addBurger()
    {
        const MenuItem *burger = m_menu.item(QStringLiteral("burger"));
        QVERIFY(burger);
        m_cart->add(ItemSelection::withDefaults(m_menu, *burger), 1);
        QCOMPARE(m_cart->basket().cart().subtotalCents(), 899);
    }

private slots:
    void init()
    {
        m_sync = std::make_unique<SyncService>(SyncSettings{}, QString());
        m_cart = std::make_unique<CartModel>();
        m_promo = std::make_unique<PromoController>(m_cart.get());
        m_promo->setSync(m_sync.get());
        m_promo->setMenu(m_menu);
        m_loyalty = std::make_unique<LoyaltyController>(m_cart.get());
        m_loyalty->setSync(m_sync.get());
        addBurger();
    }
    void cleanup()
    {
        m_loyalty.reset();
        m_promo.reset();
        m_cart.reset();
        m_sync.reset();
    }

    void foundOnlineApplies()
    {
        m_promo->apply(QStringLiteral(" save10 "));
        QCOMPARE(m_promo->state(), PromoController::Checking);
        QCOMPARE(m_promo->code(), QStringLiteral("SAVE10"));
        emit m_sync->promotionLookedUp(answer(1, PromotionLookupResult::Outcome::Found, save10()));
        QCOMPARE(m_promo->state(), PromoController::Applied);
        QCOMPARE(m_promo->name(), QStringLiteral("10% off your order"));
        QCOMPARE(m_promo->discountText(), QStringLiteral("-$0.90"));
        QCOMPARE(m_cart->promoCode(), QStringLiteral("SAVE10"));
        m_promo->remove();
        QCOMPARE(m_promo->state(), PromoController::Idle);
        QCOMPARE(m_cart->promoDiscountCents(), 0);
    }
    void unknownOnlineIsUnknownEvenIfListedOffline()
    {
        m_promo->setOfflinePromotions({save10()});
        m_promo->apply(QStringLiteral("SAVE10"));
        emit m_sync->promotionLookedUp(answer(1, PromotionLookupResult::Outcome::NotFound));
        QCOMPARE(m_promo->state(), PromoController::Refused);
        QCOMPARE(m_promo->refusal(), PromoController::Unknown);
    }
    void unavailableFallsBackToTheOfflineList()
    {
        m_promo->setOfflinePromotions({save10()});
        m_promo->apply(QStringLiteral("save10"));
        emit m_sync->promotionLookedUp(answer(1, PromotionLookupResult::Outcome::Unavailable));
        QCOMPARE(m_promo->state(), PromoController::Applied);
        m_promo->apply(QStringLiteral("OTHER"));
        emit m_sync->promotionLookedUp(answer(2, PromotionLookupResult::Outcome::Unavailable));
        QCOMPARE(m_promo->refusal(), PromoController::Unavailable);
    }
    void anOlderAnswerIsIgnored()
    {
        m_promo->apply(QStringLiteral("FIRST"));
        m_promo->apply(QStringLiteral("SAVE10"));
        emit m_sync->promotionLookedUp(answer(1, PromotionLookupResult::Outcome::NotFound));
        QCOMPARE(m_promo->state(), PromoController::Checking);
    }
    void squareNeverLooksUpAndAnUnknownCodeIsUnknown()
    {
        m_promo->setSquareStore(true);
        QSignalSpy lookups(m_sync.get(), &SyncService::promotionLookedUp);
        m_promo->apply(QStringLiteral("NOPE"));
        QCOMPARE(m_promo->state(), PromoController::Refused);
        QCOMPARE(m_promo->refusal(), PromoController::Unknown);
        QTest::qWait(20);
        QCOMPARE(lookups.count(), 0);
    }
    void aMalformedCodeIsNeverLookedUp()
    {
        QSignalSpy lookups(m_sync.get(), &SyncService::promotionLookedUp);
        m_promo->apply(QStringLiteral("SAVE 10/../x"));
        QCOMPARE(m_promo->refusal(), PromoController::Malformed);
        QTest::qWait(20);
        QCOMPARE(lookups.count(), 0);
    }

    // The order carries the code only while it takes something off (the backend re-checks it).
    void checkoutCarriesTheAppliedCode()
    {
        QTemporaryDir dir;
        QString error;
        const std::unique_ptr<Database> db = Database::open(dir.filePath(QStringLiteral("kiosk.db")), &error);
        QVERIFY2(db, qPrintable(error));
        OrderStore store(*db);
        Checkout checkout(store, *m_cart, {});
        checkout.setSettings({QStringLiteral("K1"), QStringLiteral("A"), 0});
        Promotion big = save10();
        big.minSubtotalCents = 1000; // one burger is $8.99
        m_promo->setOfflinePromotions({save10(), big});
        m_promo->setSquareStore(true);
        m_promo->apply(QStringLiteral("save10"));
        QCOMPARE(m_promo->state(), PromoController::Applied);
        const Checkout::Result placed = checkout.place(m_menu, DineOption::Here, QStringLiteral("en"));
        QCOMPARE(placed.error, Checkout::Error::None);
        QCOMPARE(placed.order.promoCode, QStringLiteral("SAVE10"));
        QCOMPARE(placed.order.totals.discount, 90);

        m_cart->clear();
        addBurger();
        m_cart->applyPromotion(big, {});
        QCOMPARE(m_cart->basket().appliedPromoCode(), QString()); // below its minimum: not applied
        const Checkout::Result without = checkout.place(m_menu, DineOption::Here, QStringLiteral("en"));
        QCOMPARE(without.error, Checkout::Error::None);
        QCOMPARE(without.order.promoCode, QString());
    }

    void joinIsRefusedWithoutConsentAndSignsInOnceSaved()
    {
        LoyaltyRules rules;
        rules.enabled = true;
        rules.pointsPerDollar = 10;
        rules.join.enabled = true;
        rules.join.termsVersion = QStringLiteral("2026-12");
        rules.join.terms = text("Terms", "Condiciones");
        m_loyalty->setRules(rules);
        m_loyalty->setJoinBackend(true, QStringLiteral("K1"));
        QVERIFY(m_loyalty->canJoin());
        m_loyalty->lookupPhone(QStringLiteral("2065550100"));
        LoyaltyLookupResult nobody;
        nobody.requestId = 1;
        nobody.source = LoyaltyLookupResult::Source::Online;
        emit m_sync->memberLookedUp(nobody);
        QCOMPARE(m_loyalty->state(), LoyaltyController::NotFound);
        QCOMPARE(m_loyalty->joinPhoneText(), QStringLiteral("(206) 555-0100"));
        QVERIFY(m_loyalty->joinPointsEstimate() > 0);

        QVERIFY(!m_loyalty->join(QStringLiteral("Ana"), false));
        QCOMPARE(m_loyalty->state(), LoyaltyController::NotFound);

        QSignalSpy enrolled(m_sync.get(), &SyncService::memberEnrolled);
        QVERIFY(m_loyalty->join(QStringLiteral("  Ana "), true));
        QCOMPARE(m_loyalty->state(), LoyaltyController::Joining);
        // The sync thread saved it (request 2: the lookup was 1). This SyncService is not
        // running, so its own answer (not saved) follows, too late to undo a join.
        emit m_sync->memberEnrolled(2, true, QString());
        QCOMPARE(m_loyalty->state(), LoyaltyController::Found);
        QVERIFY(m_loyalty->justJoined());
        QCOMPARE(m_loyalty->firstName(), QStringLiteral("Ana"));
        QCOMPARE(m_loyalty->rewards()->rowCount(), 0);
        QVERIFY(enrolled.wait(1000)); // the stopped service's own answer changes nothing
        QCOMPARE(m_loyalty->state(), LoyaltyController::Found);

        // The backend's answer brings the welcome gift.
        LoyaltyMember delivered;
        delivered.id = m_cart->basket().claim()->memberId;
        delivered.firstName = QStringLiteral("Ana");
        LoyaltyReward gift;
        gift.id = QStringLiteral("welcome_burger");
        gift.name = text("Welcome gift: Burger");
        gift.kind = LoyaltyReward::Kind::FreeItem;
        gift.itemId = QStringLiteral("burger");
        delivered.rewards = {gift};
        emit m_sync->enrolmentDelivered(delivered);
        QCOMPARE(m_loyalty->rewards()->rowCount(), 1);
        QVERIFY(m_loyalty->redeem(QStringLiteral("welcome_burger")));
        // Delivered again (a replay): the redemption stays.
        emit m_sync->enrolmentDelivered(delivered);
        QVERIFY(m_cart->basket().isRedeemed(QStringLiteral("welcome_burger")));

        m_loyalty->signOut();
        QVERIFY(!m_loyalty->justJoined());
        QCOMPARE(m_loyalty->joinPhoneText(), QString());
    }
};

QTEST_MAIN(TestPromoController)
#include "tst_promocontroller.moc"
