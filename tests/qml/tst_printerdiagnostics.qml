import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// The diagnostics Printer page through the real pages: the state in words with its badge,
// the failed tickets, the last orders, and staff's test print, check and reprint going out as
// signals (the composition root sends them to the printer), each answered by a toast.
KioskTestCase {
    id: testCase

    readonly property string samplePin: "2468"

    function openPrinterPage(): Item {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of samplePin)
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_printer");
        const section = findChild(currentPage(), "printerSection");
        verify(section, "no printer section");
        tryCompare(section, "visible", true);
        return section;
    }
    function toastSays(message: string): void {
        const toast = find("printerToast");
        compare(toast.message, message);
        tryCompare(toast, "visible", true);
    }

    SignalSpy {
        id: testPrintSpy

        signalName: "testPrintRequested"
    }
    SignalSpy {
        id: reprintSpy

        signalName: "reprintRequested"
    }
    SignalSpy {
        id: checkSpy

        signalName: "checkRequested"
    }

    function init(): void {
        launch();
        for (const spy of [testPrintSpy, reprintSpy, checkSpy]) {
            spy.clear();
            spy.target = diagnostics.printer;
        }
    }

    function test_withoutAPrinterThePageSaysSo(): void {
        openPrinterPage();
        compare(find("printerStateText").text,
                "No printer is set up (printer.kind is \"none\"): the kiosk prints no tickets.");
        compare(find("printerBadge").label, "NONE");
        compare(find("testPrintButton").enabled, false);
        compare(find("checkPrinterButton").enabled, false);
        compare(find("noOrdersText").visible, true);
    }

    function test_stateInPlainWords(): void {
        openPrinterPage();
        const states = [["ready", false, "Ready to print.", "READY", HealthCheckListModel.Pass],
                        ["ready", true, "Ready to print, but the paper roll is nearly used up: change it soon.",
                         "LOW PAPER", HealthCheckListModel.Warn],
                        ["paper_out", false, "Out of paper: put in a new roll.", "NO PAPER", HealthCheckListModel.Fail],
                        ["cover_open", false, "The cover is open: close it.", "COVER OPEN", HealthCheckListModel.Fail],
                        ["unreachable", false,
                         "The kiosk cannot reach the printer: check that it is on and connected.", "OFFLINE",
                         HealthCheckListModel.Fail],
                        ["error", false, "The printer reports an error: turn it off and on again.", "ERROR",
                         HealthCheckListModel.Fail],
                        ["unknown", false, "Not checked yet.", "UNKNOWN", HealthCheckListModel.Unknown]];
        for (const [code, nearEnd, words, badge, status] of states) {
            verify(TestFixture.setPrinterState(session, code, "connection refused by 192.0.2.1:9100", nearEnd));
            compare(find("printerStateText").text, words, code);
            compare(find("printerBadge").label, badge, code);
            compare(find("printerBadge").status, status, code);
        }
        compare(findChild(find("printerDetailField"), "fieldValue").text, "connection refused by 192.0.2.1:9100");
        verify(/^\d\d:\d\d:\d\d$/.test(findChild(find("printerCheckedField"), "fieldValue").text));
    }

    function test_testPrintAndCheckGoOutWithAnAnswer(): void {
        verify(TestFixture.setPrinterState(session, "ready", "", false));
        openPrinterPage();
        tap("testPrintButton");
        compare(testPrintSpy.count, 1);
        toastSays("Test ticket sent to the printer");
        tap("checkPrinterButton");
        compare(checkSpy.count, 1);
        toastSays("Asking the printer");
    }

    function test_failedTicketsAndReprint(): void {
        verify(TestFixture.addOrders(session, 12));
        verify(TestFixture.setPrinterState(session, "paper_out", "paper end sensor", false));
        verify(TestFixture.setFailedTickets(session, ["T-012", "test"]));
        openPrinterPage();
        compare(find("failedTicketsHeading").text, "Tickets not printed: 2");
        const failed = find("failedTicket_T-012");
        compare(findChild(failed, "failedTicketError").text, "Last error: paper out");
        verify(failed.Accessible.name.indexOf("after 13 tries") > 0, failed.Accessible.name);
        compare(find("reprintFailedButton_test").visible, false, "a test ticket is not reprinted");

        // The last ten orders, newest first.
        const orders = find("recentOrderList");
        compare(orders.count, 10);
        compare(orders.itemAt(0).orderNumber, "T-012");
        compare(orders.itemAt(9).orderNumber, "T-003");
        compare(find("noOrdersText").visible, false);
        // Read when the page opened: laid out by the next frame.
        tryVerify(() => orders.itemAt(9).y > orders.itemAt(0).y);

        tap("reprintFailedButton_T-012");
        tap("reprintButton_T-005");
        compare(reprintSpy.count, 2);
        compare(reprintSpy.signalArguments[0][0], "T-012");
        compare(reprintSpy.signalArguments[1][0], "T-005");
        toastSays("Reprinting order T-005");
        compare(find("reprintButton_T-005").Accessible.name, "Reprint the ticket of order T-005");
    }

    // Every control says what it does to a screen reader and is at least 48 px high.
    function test_everyControlIsNamedAndLargeEnough(): void {
        verify(TestFixture.addOrders(session, 3));
        verify(TestFixture.setPrinterState(session, "ready", "", false));
        verify(TestFixture.setFailedTickets(session, ["T-002", "test"]));
        const section = openPrinterPage();
        tryVerify(() => find("recentOrderList").itemAt(2).y > 0);
        let controls = 0;
        const visit = node => {
            if (!node || !node.visible)
                return;
            if (node.activeFocusOnTab) {
                ++controls;
                verify(node.Accessible.role === Accessible.Button, node.objectName + " has no button role");
                verify(node.Accessible.name !== "", node.objectName + " has no accessible name");
                verify(node.height >= 48 && node.width >= 48, node.objectName + " is smaller than 48 px");
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i]);
        };
        visit(section);
        compare(controls, 2 + 1 + 3); // test print, check; one order's failed ticket; three orders
    }

    function test_lockedDiagnosticsSendNothing(): void {
        verify(TestFixture.setPrinterState(session, "ready", "", false));
        compare(diagnostics.printer.testPrint(), false);
        compare(diagnostics.printer.reprint("T-001"), false);
        compare(testPrintSpy.count + reprintSpy.count, 0);
    }
}
