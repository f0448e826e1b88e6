import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Card payment through the real pages in a store on Square (docs/square.md): the counter takes
// the order itself, so its button reads "Order at the counter instead", nothing gets a number,
// and while Square cannot be reached the kiosk says it cannot take orders. Members sign in by
// phone only. The payment worker is
// played by hand, as in tst_payment.qml.
KioskTestCase {
    name: "PaymentSquare"

    function checkoutToPayment(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
    }
    function states(): string {
        return TestFixture.orderPaymentStates(session).join(" | ");
    }

    function initTestCase(): void {
        configDir = TestFixture.storeOnSquare();
        verify(configDir !== "");
    }

    function test_theAttractScreenSaysOrderAndPayByCard(): void {
        compare(find("howToPayText").text, "Order here and pay by card");
    }

    function test_theCounterTakesTheOrderAndNoNumberIsShown(): void {
        TestFixture.setBackendOnline(session, true);
        checkoutToPayment();
        compare(find("paymentHeadline").text, "How would you like to pay?");
        compare(find("payAtCounterButton").text, "Order at the counter instead");
        tap("payAtCounterButton");
        tryCompare(payment, "phase", PaymentController.OrderAtCounter);
        compare(find("paymentHeadline").text, "Please order at the counter");
        verify(!find("paymentNumberCard").visible, "no number: this kiosk did not send the order");
        compare(states(), "", "nothing saved, nothing sent");
        tap("paymentDoneButton");
        waitForPage("attractPage");
    }

    function test_aHeldOrderIsDroppedWhenTheCustomerGoesToTheCounter(): void {
        TestFixture.setBackendOnline(session, true);
        checkoutToPayment();
        tap("payByCardButton");
        tryCompare(payment, "phase", PaymentController.Starting);
        verify(TestFixture.reportPayment(session, "canceled", "buyer_canceled"));
        tryCompare(payment, "phase", PaymentController.Canceled);
        compare(find("paymentDetail").text, "It was cancelled on the card reader. No money was taken.");
        tap("payAtCounterButton");
        tryCompare(payment, "phase", PaymentController.OrderAtCounter);
        verify(states().endsWith(",abandoned"), states());
    }

    function test_membersSignInByPhoneOnly(): void {
        startOrder();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        verify(find("mode_phone").visible);
        compare(find("mode_member").visible, false, "Square finds members by phone number only");
        compare(find("mode_scan").visible, false);
    }

    function test_offlineTheKioskCannotTakeOrders(): void {
        TestFixture.setBackendOnline(session, false);
        checkoutToPayment();
        compare(find("paymentHeadline").text, "Ordering here is not available right now");
        compare(find("paymentDetail").text, "Please order at the counter.");
        compare(find("payByCardButton").visible, false);
        tap("payAtCounterButton");
        tryCompare(payment, "phase", PaymentController.OrderAtCounter);
        compare(states(), "");
    }
}
