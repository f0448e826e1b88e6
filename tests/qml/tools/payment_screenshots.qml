import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: saves PNGs of the payment page (issue 15) into $KIOSK_SCREENSHOT_DIR: the choice
// of card or counter, the card on the reader, and a declined card, in English and Spanish. The
// payment worker is played by hand, as in tst_payment.qml. docs/screenshots keeps them at
// 540x960 (convert -resize 540x960).
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/payment_screenshots.qml
KioskTestCase {
    name: "PaymentScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function shootPayment(suffix: string): void {
        TestFixture.setBackendOnline(session, true);
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
        shoot("payment-choice" + suffix);
        tap("payByCardButton");
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        shoot("payment-reader" + suffix);
        verify(TestFixture.reportPayment(session, "declined", "Insufficient funds"));
        shoot("payment-declined" + suffix);
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        configDir = TestFixture.storeWithPayment("card_or_counter");
        verify(configDir !== "");
    }

    function test_english(): void {
        startOrder();
        shootPayment("");
    }
    function test_spanish(): void {
        startOrder();
        session.setLanguage("es");
        shootPayment("-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
