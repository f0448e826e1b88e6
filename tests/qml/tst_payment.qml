import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Card payment through the real pages, from the cart to the number, in a store that takes
// cards ("card_or_counter"; its backend a closed port). The payment worker is played by hand
// (TestFixture.reportPayment); the card is offered only while the backend answers
// (TestFixture.setBackendOnline).
KioskTestCase {
    id: testCase

    property RecordingSpeechOutput speech: null

    name: "Payment"

    function checkoutToPayment(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
    }
    function payByCard(): void {
        TestFixture.setBackendOnline(session, true);
        checkoutToPayment();
        compare(payment.phase, PaymentController.Choosing);
        compare(find("paymentHeadline").text, "How would you like to pay?");
        compare(find("paymentAmountText").text, cart.totalText);
        tap("payByCardButton");
        tryCompare(payment, "phase", PaymentController.Starting);
        compare(find("paymentHeadline").text, "Follow the instructions on the card reader");
        verify(find("cancelPaymentButton").visible);
        verify(!find("paymentNumberCard").visible, "the number is not shown before payment");
        compare(session.idle.active, false, "no idle timeout while the card is on the reader");
    }
    function states(): string {
        return TestFixture.orderPaymentStates(session).join(" | ");
    }

    function initTestCase(): void {
        configDir = TestFixture.storeWithPayment("card_or_counter");
        verify(configDir !== "");
    }

    function test_theAttractScreenSaysHowToPay(): void {
        compare(find("howToPayText").text, "Order here, pay by card or at the counter");
    }

    function test_cardApprovedShowsTheNumber(): void {
        payByCard();
        verify(TestFixture.reportPayment(session, "pending", ""));
        compare(find("paymentDetail").text, "Waiting for the card reader…");
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        compare(find("paymentDetail").text, "Tap, insert or swipe your card on the reader.");
        verify(TestFixture.reportPayment(session, "completed", ""));
        waitForPage("confirmationPage");
        const number = find("orderNumberText").text;
        verify(/^K1-\d{3}$/.test(number), "order number " + number);
        compare(number, session.lastOrderNumber);
        verify(find("paymentNoteText").text.startsWith("Paid by card"));
        compare(states(), number + ",paid");
        compare(TestFixture.orderPaymentMethods(session), ["card"]);
        compare(cart.count, 0);
    }

    function test_declineThenCounter(): void {
        payByCard();
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        verify(TestFixture.reportPayment(session, "declined", "Insufficient funds"));
        tryCompare(find("paymentHeadline"), "text", "Your card was declined");
        compare(find("paymentDetail").text, "The bank said: Insufficient funds. No money was taken.");
        verify(find("tryAgainButton").visible);
        verify(find("backToCartButton").visible);
        compare(session.idle.active, true, "the usual idle timeout again");
        tap("payAtCounterButton");
        waitForPage("confirmationPage");
        verify(find("paymentNoteText").text.startsWith("Please pay at the counter"));
        compare(states(), session.lastOrderNumber + ",counter");
    }

    function test_declineThenTryAgain(): void {
        payByCard();
        verify(TestFixture.reportPayment(session, "declined", "Do not honor"));
        tap("tryAgainButton");
        tryCompare(payment, "phase", PaymentController.Starting);
        verify(TestFixture.reportPayment(session, "completed", ""));
        waitForPage("confirmationPage");
        compare(TestFixture.orderPaymentStates(session).length, 1, "one order, two attempts");
    }

    function test_cancelThenBackToTheCart(): void {
        payByCard();
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        tap("cancelPaymentButton");
        compare(payment.phase, PaymentController.Cancelling);
        compare(find("paymentHeadline").text, "Cancelling the payment");
        compare(find("cancelPaymentButton").enabled, false);
        compare(session.idle.active, false, "still at the reader until the backend's word");
        verify(TestFixture.reportPayment(session, "canceled", "seller_canceled"));
        tryCompare(find("paymentHeadline"), "text", "The payment was cancelled");
        tap("backToCartButton");
        waitForPage("cartPage");
        compare(cart.count, 1, "the cart keeps its lines");
        verify(states().endsWith(",abandoned"), states());
        // The next checkout makes a new order.
        tap("checkoutButton");
        waitForPage("paymentPage");
        tap("payByCardButton");
        tryCompare(payment, "phase", PaymentController.Starting);
        compare(TestFixture.orderPaymentStates(session).length, 2);
    }

    function test_cancelRacingAnApprovalShowsTheNumber(): void {
        payByCard();
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        tap("cancelPaymentButton");
        verify(TestFixture.reportPayment(session, "completed", ""));
        waitForPage("confirmationPage");
        verify(find("paymentNoteText").text.startsWith("Paid by card"));
    }

    function test_offlineOffersOnlyTheCounter(): void {
        TestFixture.setBackendOnline(session, false);
        checkoutToPayment();
        compare(find("paymentHeadline").text, "Card payment is not available right now");
        compare(find("payByCardButton").visible, false);
        tap("payAtCounterButton");
        waitForPage("confirmationPage");
        verify(find("paymentNoteText").text.startsWith("Please pay at the counter"));
        // A counter order in a card store: not held, and it says so to the backend.
        compare(states(), session.lastOrderNumber + ",");
        compare(TestFixture.orderPaymentMethods(session), ["counter"]);
    }

    function test_idlingAfterADeclineAbandonsTheOrder(): void {
        payByCard();
        session.idle.idleTimeoutMs = 100;
        session.idle.warningMs = 200;
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        wait(400);
        compare(currentPage().objectName, "paymentPage", "no idle timeout at the reader");
        verify(TestFixture.reportPayment(session, "declined", ""));
        // Then the usual warning, and the visit ends: nobody paid for the held order.
        tryCompare(session.idle, "warning", true, 3000);
        waitForPage("attractPage");
        verify(states().endsWith(",abandoned"), states());
    }

    function test_amountAndResultsAreSpoken(): void {
        speech = createTemporaryObject(recorderComponent, testCase);
        accessibility.speech = speech;
        TestFixture.setBackendOnline(session, true);
        checkoutToPayment();
        accessibility.enabled = true;
        tap("payByCardButton");
        tryCompare(payment, "phase", PaymentController.Starting);
        verify(currentPage().title.indexOf(cart.totalText) >= 0, currentPage().title);
        verify(find("paymentAmountText").Accessible.name.indexOf(cart.totalText) >= 0);
        const before = speech.utterances.length;
        verify(TestFixture.reportPayment(session, "declined", "Insufficient funds"));
        tryVerify(() => speech.utterances.slice(before).join(" | ").indexOf("Your card was declined") >= 0,
                  3000, "heard: " + speech.utterances.slice(before).join(" | "));
    }

    function test_escapeCancelsOnTheReader(): void {
        payByCard();
        accessibility.enabled = true;
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        keyClick(Qt.Key_Escape);
        compare(payment.phase, PaymentController.Cancelling);
        verify(TestFixture.reportPayment(session, "canceled", "seller_canceled"));
        keyClick(Qt.Key_Escape);
        waitForPage("cartPage");
        verify(states().endsWith(",abandoned"), states());
    }

    Component {
        id: recorderComponent

        RecordingSpeechOutput {}
    }
}
