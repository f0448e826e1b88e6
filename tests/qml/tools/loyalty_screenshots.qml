import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: the loyalty pages against a real refpos, saved as PNGs into
// $KIOSK_SCREENSHOT_DIR (docs/screenshots/loyalty-*.png keep them scaled down to half). Run:
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/loyalty_screenshots.qml
// $KIOSK_EXTRA_QM (a .qm file) adds Spanish for strings not yet merged into kiosk_es.ts.
KioskTestCase {
    name: "LoyaltyScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions and the toast settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function typeDigits(digits: string): void {
        for (const digit of digits)
            tap("key_" + digit);
    }
    function memberWithRewards(suffix: string): void {
        startOrder();
        openItem("burgers", "classic_burger");
        tap("addToOrderButton");
        waitForPage("menuPage");
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_phone");
        typeDigits("2065550142");
        shoot("loyalty-keypad" + suffix);
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        tap("redeem_two_dollars_off");
        shoot("loyalty-member" + suffix);
        tap("cartButton");
        waitForPage("cartPage");
        shoot("loyalty-cart" + suffix);
        session.endOrder();
        waitForPage("attractPage");
    }

    // Noah, 40 points: no reward yet, the progress towards the first one.
    function memberSavingUp(suffix: string): void {
        startOrder();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_member");
        typeDigits("10040088");
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        shoot("loyalty-next-reward" + suffix);
        session.endOrder();
        waitForPage("attractPage");
    }

    function initTestCase(): void {
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
    }

    function test_shootLoyaltyPages(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        memberWithRewards("");
        startOrder();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        typeDigits("2065550100");
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.NotFound, 5000);
        shoot("loyalty-not-found");
        tap("tryAgainButton");
        typeDigits("2065550177");
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.ChooseMember, 5000);
        shoot("loyalty-choose");
        session.endOrder();
        waitForPage("attractPage");
        memberSavingUp("");

        verify(TestFixture.installExtraTranslation());
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        memberWithRewards("-es");
        tap("languageSwitch"); // the language stays for one order
        tryCompare(session, "language", "es");
        memberSavingUp("-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
