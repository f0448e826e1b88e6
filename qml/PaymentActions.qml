import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The payment page's buttons for the phase it is in: card or counter; Cancel while the card
// is on the reader; Try again, the counter or back to the cart after a card that did not go
// through; Done when staff must settle it.
ColumnLayout {
    id: root

    required property KioskSession session
    required property PaymentController payment

    signal backToCartRequested()

    readonly property int phase: payment.phase
    readonly property bool choosing: phase === PaymentController.Choosing || phase === PaymentController.Unavailable
    readonly property bool ended: phase === PaymentController.Declined || phase === PaymentController.Canceled
                                  || phase === PaymentController.Refused
    readonly property bool onReader: phase === PaymentController.Starting || phase === PaymentController.WaitingForReader
                                     || phase === PaymentController.OnReader

    spacing: Theme.spacing

    KioskButton {
        objectName: "payByCardButton"
        visible: root.choosing && root.payment.cardOffered
        text: qsTr("Pay by card")
        Accessible.name: qsTr("Pay by card on the card reader")
        iconName: "forward"
        implicitHeight: Theme.buttonHeightLarge
        font.pixelSize: Theme.fontTitle
        Layout.fillWidth: true
        onClicked: root.payment.payByCard()
    }
    KioskButton {
        objectName: "tryAgainButton"
        visible: root.ended && root.payment.canTryAgain
        text: qsTr("Try the card again")
        iconName: "forward"
        implicitHeight: Theme.buttonHeightLarge
        font.pixelSize: Theme.fontTitle
        Layout.fillWidth: true
        onClicked: root.payment.tryAgain()
    }
    KioskButton {
        objectName: "payAtCounterButton"
        visible: (root.choosing || root.ended) && root.payment.canPayAtCounter
        text: root.payment.counterTakesOrder ? qsTr("Order at the counter instead") : qsTr("Pay at the counter")
        Accessible.name: root.payment.counterTakesOrder
                         ? qsTr("Order at the counter instead: this kiosk does not send your order")
                         : qsTr("Pay at the counter: your order number is shown next")
        secondary: root.payment.cardOffered && !(root.phase === PaymentController.Refused)
        implicitHeight: Theme.buttonHeightLarge
        font.pixelSize: Theme.fontTitle
        Layout.fillWidth: true
        onClicked: root.payment.payAtCounter()
    }
    KioskButton {
        objectName: "cancelPaymentButton"
        visible: root.onReader || root.phase === PaymentController.Cancelling
        enabled: root.onReader
        text: root.phase === PaymentController.Cancelling ? qsTr("Cancelling…") : qsTr("Cancel payment")
        iconName: "close"
        secondary: true
        Layout.fillWidth: true
        onClicked: root.payment.cancel()
    }
    KioskButton {
        objectName: "backToCartButton"
        visible: root.choosing || root.ended
        text: qsTr("Back to your order")
        iconName: "back"
        secondary: true
        Layout.fillWidth: true
        onClicked: root.backToCartRequested()
    }
    KioskButton {
        objectName: "paymentDoneButton"
        visible: root.phase === PaymentController.Unconfirmed || root.phase === PaymentController.OrderAtCounter
        text: qsTr("Done")
        secondary: true
        Layout.fillWidth: true
        onClicked: root.session.endOrder()
    }
}
