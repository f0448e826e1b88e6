import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: saves PNGs of the payment page of a store on Square (issue 16) into
// $KIOSK_SCREENSHOT_DIR: the choice (card, or order at the counter instead), the page that
// sends the customer to the counter, and the page while Square cannot be reached, in English
// and Spanish. docs/screenshots keeps them at 540x960 (convert -resize 540x960).
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/square_screenshots.qml
KioskTestCase {
    name: "SquareScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function checkout(): void {
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
    }
    function shootSquare(suffix: string): void {
        TestFixture.setBackendOnline(session, true);
        checkout();
        shoot("square-choice" + suffix);
        tap("payAtCounterButton");
        tryCompare(payment, "phase", PaymentController.OrderAtCounter);
        shoot("square-order-at-counter" + suffix);
        tap("paymentDoneButton");
        waitForPage("attractPage");
        startOrder();
        if (suffix !== "")
            session.setLanguage("es");
        TestFixture.setBackendOnline(session, false);
        checkout();
        shoot("square-unavailable" + suffix);
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        configDir = TestFixture.storeOnSquare();
        verify(configDir !== "");
    }

    function test_english(): void {
        startOrder();
        shootSquare("");
    }
    function test_spanish(): void {
        startOrder();
        session.setLanguage("es");
        shootSquare("-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
