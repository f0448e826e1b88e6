import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Card payment end to end: the real pages, the real payment worker and a real refpos whose
// simulated terminal answers by itself (--terminal-auto), in a store with payment.mode "card".
KioskTestCase {
    name: "PaymentEndToEnd"

    function checkout(): void {
        tryCompare(connectivity, "online", true, 10000);
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
    }

    function initTestCase(): void {
        // Every other card is declined: the first approved, the second declined, ...
        configDir = TestFixture.startBackend(["--terminal-auto", "approve:300,decline:300"]);
        verify(configDir !== "");
        verify(TestFixture.addPayment(configDir, "card"));
    }

    function test_approvedThenDeclinedThenCounter(): void {
        checkout();
        // "card": straight to the reader, no choice.
        verify(!find("payByCardButton").visible);
        tryCompare(payment, "phase", PaymentController.Completed, 15000);
        waitForPage("confirmationPage");
        verify(find("paymentNoteText").text.startsWith("Paid by card"));
        const paid = session.lastOrderNumber;
        tap("doneButton");
        waitForPage("attractPage");

        checkout();
        tryCompare(payment, "phase", PaymentController.Declined, 15000);
        tryCompare(find("paymentHeadline"), "text", "Your card was declined");
        tap("payAtCounterButton");
        waitForPage("confirmationPage");
        verify(find("paymentNoteText").text.startsWith("Please pay at the counter"));
        verify(session.lastOrderNumber !== paid);
        compare(TestFixture.orderPaymentStates(session).join(" | "),
                paid + ",paid | " + session.lastOrderNumber + ",counter");
    }
}
