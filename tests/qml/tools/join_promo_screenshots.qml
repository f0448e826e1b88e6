import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: joining rewards and promo codes, saved as PNGs into $KIOSK_SCREENSHOT_DIR (the
// README shows them from docs/screenshots). Run:
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/join_promo_screenshots.qml
KioskTestCase {
    name: "JoinPromoScreenshots"

    function shoot(fileName: string): void {
        wait(400);
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    // The sample store as ./scripts/demo runs it: refpos with the welcome gift and the codes of
    // kiosk-config/promotions.json (SAVE10: 10% off from $15).
    function initTestCase(): void {
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
    }
    function init(): void {
        launch();
    }

    function test_join(): void {
        startOrder();
        addChickenTenders();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_phone");
        for (const digit of "2065550105")
            tap("key_" + digit);
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.NotFound, 5000);
        shoot("join-offer");
        tap("joinRewardsButton");
        tap("firstNameField");
        for (const key of ["key_shift", "key_a", "key_n", "key_a"])
            tap(key);
        tap("termsToggle");
        shoot("join-panel");
        tap("key_done");
        tap("joinButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        tryVerify(() => loyalty.rewards.rowCount() === 1, 5000, "the welcome gift");
        shoot("joined-member");
    }

    function test_promo(): void {
        startOrder();
        addChickenTenders();
        addChickenTenders(); // 2 x $8.49: SAVE10 asks for $15
        tap("cartButton");
        waitForPage("cartPage");
        tap("promoButton");
        for (const key of "save10")
            tap("key_" + key);
        shoot("promo-entry");
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Applied, 5000);
        shoot("promo-applied");
        cart.decrement(0);
        shoot("promo-needs-more");
        tap("promoRemoveButton");
        tap("promoButton");
        find("promoField").text = "SAVE50";
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Refused, 5000);
        shoot("promo-refused");
        session.setLanguage("es");
        shoot("promo-refused-es");
    }
}
