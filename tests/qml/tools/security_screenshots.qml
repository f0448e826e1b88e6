import QtQuick
import QtTest
import KioskTest

// Not a test: saves PNGs of what issue 14 added to the screens into $KIOSK_SCREENSHOT_DIR: the
// PIN page of a kiosk with no staff PIN set (a packaged kiosk.json), in English and Spanish.
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
        const store = TestFixture.storeWithFeedback(20, true);
        const json = JSON.parse(TestFixture.readFile(store + "/kiosk.json"));
        delete json.diagnostics;
        verify(TestFixture.writeFile(store + "/kiosk.json", JSON.stringify(json)));
        configDir = store;
    }

    function test_noPin(): void {
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
