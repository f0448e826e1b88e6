import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: saves a PNG of every staff diagnostics page into $KIOSK_SCREENSHOT_DIR, with
// real data (a refpos that refuses orders, so the outbox has a pending and a failed entry).
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/diagnostics-screenshots.qml
// $KIOSK_EXTRA_QM: a .qm with Spanish strings not merged into kiosk_es.ts yet (optional).
KioskTestCase {
    name: "DiagnosticsScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function placeOrder(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        tap("doneButton");
        waitForPage("attractPage");
    }
    function openDiagnostics(): void {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        configDir = TestFixture.startBackend(["--error-rate", "1"]);
        verify(configDir !== "");
    }

    function test_shootEveryPage(): void {
        placeOrder();
        placeOrder();
        verify(TestFixture.failNewestPendingEntry(session, "422 item classic_burger is not on the menu") > 0);
        verify(TestFixture.attachHealthMonitor(session));
        verify(TestFixture.keepRecentErrors());
        console.warn("sample warning for the Errors page");
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        tap("pinKey_1");
        tap("pinKey_1");
        tap("pinKey_1");
        tap("pinKey_1");
        tap("pinKeyOk");
        shoot("diagnostics-pin");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        // The backend check has its first answer.
        tryVerify(() => {
            const first = findChild(app, "healthList").itemAtIndex(0);
            return first && first.valueText !== "";
        }, 15000);
        shoot("diagnostics-health");
        tap("diagnosticsNav_outbox");
        wait(1500); // the sync thread has tried the pending entry once
        diagnostics.refresh();
        shoot("diagnostics-outbox");
        tap("diagnosticsNav_errors");
        shoot("diagnostics-errors");
        tap("diagnosticsNav_network");
        tap("networkTestButton");
        tryCompare(diagnostics, "networkTestDone", true, 15000);
        shoot("diagnostics-network");
        tap("diagnosticsNav_config");
        shoot("diagnostics-config");
        tap("diagnosticsNav_device");
        shoot("diagnostics-device");
        tap("diagnosticsExitButton");
        waitForPage("attractPage");

        verify(TestFixture.installExtraTranslation());
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        openDiagnostics();
        tryVerify(() => diagnostics.healthStatus !== HealthCheckListModel.Unknown, 15000);
        shoot("diagnostics-health-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
