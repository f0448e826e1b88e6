import QtQuick
import QtTest
import KioskTest

// Not a test: saves PNGs of the staff diagnostics Printer page (English and Spanish), the
// printer out of paper with a failed ticket and twelve orders, and of the confirmation screen
// while the printer is in trouble, into $KIOSK_SCREENSHOT_DIR.
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/printer_screenshots.qml
KioskTestCase {
    name: "PrinterScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function openPrinter(): void {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_printer");
    }

    function initTestCase(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
    }

    function test_shootThePrinterPage(): void {
        verify(TestFixture.addOrders(session, 12));
        verify(TestFixture.setPrinterState(session, "paper_out", "paper end sensor (DLE EOT 4: 0x72)", false));
        verify(TestFixture.setFailedTickets(session, ["T-011"]));
        openPrinter();
        shoot("printer-diagnostics");
        tap("diagnosticsExitButton");
        waitForPage("attractPage");
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        openPrinter();
        shoot("printer-diagnostics-es");
    }

    function test_shootTheConfirmationWithPrinterTrouble(): void {
        verify(TestFixture.setPrinterState(session, "paper_out", "", false));
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        shoot("confirmation-printer-trouble");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
