import QtQuick
import QtTest
import KioskTest

// Not a test: saves PNGs of what issue 14 added to the screens into $KIOSK_SCREENSHOT_DIR: the
// Outbox page with a reward the backend refused on an accepted order, and the PIN page of a
// kiosk with no staff PIN set (a packaged kiosk.json), in English and Spanish.
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/security_screenshots.qml
KioskTestCase {
    name: "SecurityScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function openPinPage(): void {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        configDir = TestFixture.startBackend([]); // the order is delivered, as adjusted ones are
        verify(configDir !== "");
    }

    function test_refusedReward(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        tap("doneButton");
        waitForPage("attractPage");
        wait(2000); // the sync thread delivers it
        verify(TestFixture.recordRefusedReward(session, "free_fries", "not enough points: 120 of 300"));
        openPinPage();
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_outbox");
        diagnostics.refresh();
        shoot("diagnostics-adjustment");
    }

    function test_noPin(): void {
        const store = TestFixture.storeWithFeedback(20, true);
        const json = JSON.parse(TestFixture.readFile(store + "/kiosk.json"));
        delete json.diagnostics;
        verify(TestFixture.writeFile(store + "/kiosk.json", JSON.stringify(json)));
        const sample = configDir;
        cleanup();
        configDir = store;
        launch();
        configDir = sample; // the next test function's kiosk has the sample's PIN
        openPinPage();
        tryCompare(find("pinMessage"), "text", "No staff PIN is set. Set one with kioskctl pin-set.");
        shoot("diagnostics-no-pin");
        tap("pinCancelButton");
        waitForPage("attractPage");
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        openPinPage();
        shoot("diagnostics-no-pin-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
