import QtQuick
import QtTest
import KioskTest

// Not a test: walks through the pages and saves a PNG of each into $KIOSK_SCREENSHOT_DIR
// (full size; docs/screenshots keeps them scaled down). Run it with
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/screenshots.qml
// Set KIOSK_SCREENSHOT_SIZE=768x1366 for the smaller screen.
KioskTestCase {
    name: "Screenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions, pulsing and the toast settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }

    function test_shootEveryPage(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        shoot("attract");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        shoot("dine-option");
        tap("dineInButton");
        waitForPage("menuPage");
        shoot("menu");
        tap("category_bowls_salads");
        shoot("menu-bowls");
        openItem("chicken", "chicken_tenders");
        shoot("item-incomplete");
        tap("option_sauce_bbq");
        tap("option_tenders_5pc");
        shoot("item");
        tap("addToOrderButton");
        waitForPage("menuPage");
        wait(100);
        shoot("menu-added");
        openItem("burgers", "classic_burger");
        tap("option_extra_bacon");
        tap("option_extra_cheese");
        tap("addToOrderButton");
        waitForPage("menuPage");
        tap("cartButton");
        waitForPage("cartPage");
        mouseClick(findChild(find("cartLine_0"), "plusButton"));
        shoot("cart");
        session.idle.idleTimeoutMs = 100;
        tryCompare(overlay("idleWarning"), "visible", true);
        shoot("idle-warning");
        tap("moreTimeButton");
        session.idle.idleTimeoutMs = 60000;
        tap("checkoutButton");
        waitForPage("confirmationPage");
        shoot("confirmation");
        tap("doneButton");
        waitForPage("attractPage");
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        shoot("attract-es");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        tap("takeOutButton");
        waitForPage("menuPage");
        shoot("menu-es");
        openItem("burgers", "classic_burger");
        shoot("item-es");
        tap("cartButton");
        waitForPage("cartPage");
        shoot("cart-empty-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
