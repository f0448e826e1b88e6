import QtQuick
import Kiosk.Models

// What the payment page says in each phase, in plain words: a headline and a line under it.
// Kept apart from the layout so the page, its title and what is spoken say the same.
QtObject {
    id: root

    required property PaymentController payment

    readonly property string headline: headlineOf(payment.phase, payment.reason)
    readonly property string detail: detailOf(payment.phase, payment.reason, payment.declineText)

    function headlineOf(phase: PaymentController.Phase, reason: PaymentController.Reason): string {
        switch (phase) {
        case PaymentController.Choosing:
            return qsTr("How would you like to pay?");
        case PaymentController.Unavailable:
            return payment.counterTakesOrder ? qsTr("Ordering here is not available right now")
                                             : qsTr("Card payment is not available right now");
        case PaymentController.OrderAtCounter:
            return qsTr("Please order at the counter");
        case PaymentController.Starting:
        case PaymentController.WaitingForReader:
        case PaymentController.OnReader:
            return qsTr("Follow the instructions on the card reader");
        case PaymentController.Cancelling:
            return qsTr("Cancelling the payment");
        case PaymentController.Completed:
            return qsTr("Payment approved");
        case PaymentController.Declined:
            return qsTr("Your card was declined");
        case PaymentController.Canceled:
            return qsTr("The payment was cancelled");
        case PaymentController.Refused:
            return refusedHeadline(reason);
        case PaymentController.Unconfirmed:
            return qsTr("We could not confirm your payment");
        default:
            return "";
        }
    }
    function refusedHeadline(reason: PaymentController.Reason): string {
        switch (reason) {
        case PaymentController.TerminalBusy:
            return qsTr("The card reader is busy");
        case PaymentController.OrderNotPayable:
            return qsTr("This order cannot be paid by card");
        case PaymentController.CannotSave:
            return qsTr("This kiosk cannot take your order right now");
        default:
            return qsTr("Card payment is not available right now");
        }
    }
    function detailOf(phase: PaymentController.Phase, reason: PaymentController.Reason,
                      declineText: string): string {
        switch (phase) {
        case PaymentController.Unavailable:
            return payment.counterTakesOrder ? qsTr("Please order at the counter.")
                                             : qsTr("You can pay at the counter instead.");
        case PaymentController.OrderAtCounter:
            return qsTr("This kiosk did not send your order and nothing was charged. A member of staff will take your order at the counter.");
        case PaymentController.Starting:
            return qsTr("Getting the card reader ready…");
        case PaymentController.WaitingForReader:
            return qsTr("Waiting for the card reader…");
        case PaymentController.OnReader:
            return qsTr("Tap, insert or swipe your card on the reader.");
        case PaymentController.Cancelling:
            return qsTr("Please wait for the card reader to confirm.");
        case PaymentController.Declined:
            return declineText !== ""
                    ? qsTr("The bank said: %1. No money was taken.").arg(declineText)
                    : qsTr("No money was taken.");
        case PaymentController.Canceled:
            return canceledDetail(reason);
        case PaymentController.Refused:
            return reason === PaymentController.TerminalBusy
                    ? (payment.counterTakesOrder ? qsTr("Please try again in a moment, or order at the counter.")
                                                 : qsTr("Please try again in a moment, or pay at the counter."))
                    : reason === PaymentController.CannotSave
                      ? qsTr("Please order at the counter.")
                      : reason === PaymentController.OrderNotPayable
                        ? qsTr("No money was taken. Please ask a member of staff for help.")
                        : payment.counterTakesOrder ? qsTr("No money was taken. You can order at the counter.")
                                                    : qsTr("No money was taken. You can pay at the counter.");
        case PaymentController.Unconfirmed:
            return qsTr("Please show this number to a member of staff. They will check whether your card was charged.");
        default:
            return "";
        }
    }
    function canceledDetail(reason: PaymentController.Reason): string {
        switch (reason) {
        case PaymentController.BuyerCanceled:
            return qsTr("It was cancelled on the card reader. No money was taken.");
        case PaymentController.TimedOut:
            return qsTr("The card reader waited too long. No money was taken.");
        default:
            return qsTr("No money was taken.");
        }
    }
}
