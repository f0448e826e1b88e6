import QtQuick
import QtTest
import KioskTest

// A customer who walks away: warning, "I need more time", then the order is dropped.
KioskTestCase {
    name: "Idle"

    function test_warningThenExpiry(): void {
        startOrder();
        session.idle.warningMs = 2000;
        addChickenTenders();
        compare(cart.count, 1);
        // Shortened only now: with 300 ms from the start, a busy machine could time out
        // between two of the taps above.
        session.idle.idleTimeoutMs = 300;

        const warning = overlay("idleWarning");
        verify(warning);
        tryCompare(warning, "visible", true, 3000);
        verify(find("secondsLeftText").text > 0);

        tap("moreTimeButton");
        tryCompare(warning, "visible", false);
        compare(session.idle.warning, false);
        compare(cart.count, 1);
        compare(currentPage().objectName, "menuPage");

        // No input at all now: warning, countdown, then back to the attract screen.
        tryCompare(warning, "visible", true, 3000);
        waitForPage("attractPage");
        tryCompare(cart, "count", 0, 5000);
        compare(session.orderOpen, false);
        compare(warning.visible, false);
    }

    function test_startOverFromWarning(): void {
        startOrder();
        session.idle.idleTimeoutMs = 300;
        const warning = overlay("idleWarning");
        tryCompare(warning, "visible", true, 3000);
        tap("startOverButton");
        waitForPage("attractPage");
        compare(warning.visible, false);
    }
}
