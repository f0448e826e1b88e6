import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// Between the cart and the number in a store that takes cards: the choice of card or counter,
// the amount and "follow the instructions on the card reader" while the card is on the
// reader, then the result. A cancel is a request: the page waits for the backend's final word.
// In accessibility mode every change of what it says is spoken, with the amount.
Page {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property PaymentController payment
    required property AssistController assist
    required property AccessibilityController accessibility

    // Paid by card or released for the counter: the number may be shown.
    signal numberShown()
    signal backToCartRequested()

    readonly property int phase: payment.phase
    readonly property bool waiting: phase === PaymentController.Starting
                                    || phase === PaymentController.WaitingForReader
                                    || phase === PaymentController.OnReader
                                    || phase === PaymentController.Cancelling
    readonly property bool ended: phase === PaymentController.Declined
                                  || phase === PaymentController.Canceled
                                  || phase === PaymentController.Refused
    readonly property string amountSentence: qsTr("Total %1.").arg(payment.amountText)
    readonly property string spokenText: words.detail === "" ? words.headline
                                                             : words.headline + ". " + words.detail

    // Escape in accessibility mode: cancel on the reader, else back to the cart.
    function goBack(): void {
        if (payment.attemptOpen)
            payment.cancel();
        else if (phase === PaymentController.Unconfirmed || phase === PaymentController.OrderAtCounter)
            session.endOrder();
        else
            backToCart();
    }
    function backToCart(): void {
        payment.backToCart();
        if (payment.phase === PaymentController.Idle)
            backToCartRequested();
    }

    objectName: "paymentPage"
    title: phase === PaymentController.OrderAtCounter ? spokenText : amountSentence + " " + spokenText
    background: Rectangle {
        color: Theme.background
    }

    // A change after the page arrived is said at once (the page's title is said on arrival).
    onSpokenTextChanged: {
        if (StackView.status === StackView.Active && spokenText !== "")
            accessibility.announce(spokenText);
    }

    PaymentWords {
        id: words

        payment: root.payment
    }
    Connections {
        target: root.payment

        function onNumberReady(): void {
            root.numberShown();
        }
    }
    Row {
        id: topBar

        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        AccessibilityButton {
            accessibility: root.accessibility
            brandBackground: false
            iconOnly: true
        }
        CallStaffButton {
            assist: root.assist
            brandBackground: false
            iconOnly: Theme.textScale > 1
        }
    }
    Flickable {
        id: scroller

        objectName: "paymentScroll"
        anchors.top: topBar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        contentHeight: content.height + 2 * Theme.margin
        interactive: contentHeight > height
        clip: interactive
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            x: (scroller.width - width) / 2
            y: Theme.margin
            width: Math.min(scroller.width - 2 * Theme.margin, 900)
            height: Math.max(scroller.height - 2 * Theme.margin, implicitHeight)
            spacing: Theme.margin

            Item {
                Layout.fillHeight: true
            }
            CardBackground {
                // Nothing is owed here once the customer orders at the counter instead (Square).
                visible: root.phase !== PaymentController.OrderAtCounter
                implicitHeight: amountColumn.implicitHeight + 2 * Theme.margin
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight

                ColumnLayout {
                    id: amountColumn

                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap

                    ReadableText {
                        text: qsTr("Total to pay")
                        font.pixelSize: Theme.fontLarge
                        color: Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ReadableText {
                        objectName: "paymentAmountText"
                        text: root.payment.amountText
                        font.pixelSize: Theme.fontDisplay
                        font.bold: true
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                        Accessible.name: root.amountSentence
                    }
                }
            }
            ReadableText {
                objectName: "paymentHeadline"
                text: words.headline
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: root.ended ? Theme.danger : Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                objectName: "paymentDetail"
                visible: text !== ""
                text: words.detail
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusyIndicator {
                objectName: "paymentProgress"
                visible: root.waiting
                running: visible
                implicitWidth: 120
                implicitHeight: 120
                Layout.alignment: Qt.AlignHCenter
                Accessible.role: Accessible.Indicator
                Accessible.name: words.detail
            }
            PaymentNumberCard {
                visible: root.phase === PaymentController.Unconfirmed
                number: root.payment.orderNumber
                Layout.fillWidth: true
            }
            PaymentActions {
                session: root.session
                payment: root.payment
                Layout.fillWidth: true
                onBackToCartRequested: root.backToCart()
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
