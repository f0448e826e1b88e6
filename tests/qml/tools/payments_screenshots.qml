import QtQuick
import QtTest
import KioskTest

// Not a test: saves PNGs of the staff diagnostics Payments page (English and Spanish) into
// $KIOSK_SCREENSHOT_DIR, on a card-or-counter store whose database holds what the payment
// worker leaves for staff: a declined and an unsettled attempt, a paid order whose number nobody
// saw and a paid order the backend did not take.
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/payments_screenshots.qml
KioskTestCase {
    name: "PaymentsScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function openPayments(): void {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_payments");
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "");
        const path = configDir + "/kiosk.json";
        const kiosk = JSON.parse(TestFixture.readFile(path));
        kiosk.payment = { mode: "card_or_counter", terminal_id: "T1", timeout_s: 120 };
        verify(TestFixture.writeFile(path, JSON.stringify(kiosk, null, 2)));
    }

    function test_shootThePaymentsPage(): void {
        verify(TestFixture.addCardPayments(session));
        openPayments();
        shoot("diagnostics-payments");
        tap("diagnosticsExitButton");
        waitForPage("attractPage");
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        openPayments();
        shoot("diagnostics-payments-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
