pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Card payments for staff: today's figures, the attempts not settled yet (with "check now"),
// paid orders whose customer never saw the number (hand it over) and paid orders the backend
// did not take (refund them at the point of sale, by the payment id).
DiagnosticsSection {
    id: root

    readonly property PaymentDiagnostics payments: root.diagnostics.payments

    function ageText(seconds: int): string {
        return seconds < 120 ? qsTr("%1 s").arg(seconds) : qsTr("%1 min").arg(Math.floor(seconds / 60));
    }

    function statusText(status: string): string {
        switch (status) {
        case "saved": return qsTr("saved, not yet sent");
        case "pending": return qsTr("waiting for the card reader");
        case "in_progress": return qsTr("at the card reader");
        default: return status;
        }
    }

    onShown: root.payments.refresh()

    Text {
        objectName: "cardOffText"
        visible: !root.payments.cardEnabled
        text: qsTr("Card payment is off: every order is paid at the counter (payment.mode).")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flickable {
        id: flick

        objectName: "paymentsFlick"
        clip: true
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            id: content

            width: flick.width
            spacing: Theme.spacing

            DiagnosticsField {
                objectName: "todayCompletedField"
                label: qsTr("Card payments today")
                value: qsTr("%1, total %2").arg(root.payments.todayCompleted).arg(root.payments.todayCompletedText)
                Layout.fillWidth: true
            }
            DiagnosticsField {
                objectName: "todayDeclinedField"
                label: qsTr("Declined today")
                value: String(root.payments.todayDeclined)
                Layout.fillWidth: true
            }
            DiagnosticsField {
                objectName: "todayCanceledField"
                label: qsTr("Cancelled today")
                value: String(root.payments.todayCanceled)
                Layout.fillWidth: true
            }

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing

                Text {
                    objectName: "openHeading"
                    text: qsTr("Unsettled payments: %1").arg(root.payments.openAttempts.count)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                KioskButton {
                    objectName: "checkPaymentsNowButton"
                    text: qsTr("Check now")
                    secondary: true
                    enabled: root.payments.openAttempts.count > 0
                    onClicked: root.diagnostics.checkPaymentsNow()
                }
            }
            Repeater {
                objectName: "openAttemptList"
                model: root.payments.openAttempts

                delegate: Rectangle {
                    id: attemptRow

                    required property string attemptId
                    required property string orderNumber
                    required property string amountText
                    required property string status
                    required property string reason
                    required property string lastError
                    required property int ageSeconds
                    required property bool overdue

                    objectName: "openAttempt_" + attemptId
                    implicitHeight: Math.max(Theme.touchMin, attemptColumn.implicitHeight + 2 * Theme.spacing)
                    radius: Theme.radiusSmall
                    color: attemptRow.overdue ? Theme.dangerSurface : Theme.surface
                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: attemptSummary.text + ". " + attemptAge.text
                                     + (attemptRow.lastError !== "" ? ". " + attemptError.text : "")

                    ColumnLayout {
                        id: attemptColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: attemptSummary

                            text: qsTr("Order %1, %2: %3").arg(attemptRow.orderNumber).arg(attemptRow.amountText)
                                      .arg(root.statusText(attemptRow.status))
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Text {
                            id: attemptAge

                            objectName: "attemptAgeText"
                            text: attemptRow.overdue
                                  ? qsTr("Open for %1, past the time at the terminal; payment %2")
                                        .arg(root.ageText(attemptRow.ageSeconds)).arg(attemptRow.attemptId)
                                  : qsTr("Open for %1; payment %2").arg(root.ageText(attemptRow.ageSeconds))
                                        .arg(attemptRow.attemptId)
                            font.pixelSize: Theme.fontSmall
                            color: attemptRow.overdue ? Theme.danger : Theme.textMuted
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            Layout.fillWidth: true
                        }
                        Text {
                            id: attemptError

                            objectName: "attemptErrorText"
                            visible: attemptRow.lastError !== ""
                            text: qsTr("Last error: %1").arg(attemptRow.lastError)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.danger
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Text {
                text: qsTr("Paid, but the customer never saw the number: %1").arg(root.payments.numberNotShown.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "numberNotShownList"
                model: root.payments.numberNotShown

                delegate: Rectangle {
                    id: unseenRow

                    required property string orderId
                    required property string orderNumber
                    required property string amountText
                    required property string paidText

                    objectName: "numberNotShown_" + orderNumber
                    implicitHeight: Math.max(Theme.touchMin, unseenLayout.implicitHeight + 2 * Theme.spacing)
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("Order number %1, paid %2 at %3: hand this number over to the customer")
                                         .arg(unseenRow.orderNumber).arg(unseenRow.amountText).arg(unseenRow.paidText)

                    RowLayout {
                        id: unseenLayout

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.margin

                        Text {
                            objectName: "unseenNumberText"
                            text: unseenRow.orderNumber
                            font.pixelSize: Theme.fontDisplay
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            text: qsTr("Hand this number over: paid %1 at %2").arg(unseenRow.amountText)
                                      .arg(unseenRow.paidText)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        KioskButton {
                            objectName: "handedOverButton_" + unseenRow.orderNumber
                            text: qsTr("Handed over")
                            secondary: true
                            Accessible.name: qsTr("Number %1 handed over").arg(unseenRow.orderNumber)
                            onClicked: root.diagnostics.numberHandedOver(unseenRow.orderId)
                        }
                    }
                }
            }

            Text {
                text: qsTr("Paid, but the backend did not take the order: %1").arg(root.payments.notTaken.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: root.payments.notTaken.count > 0 ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "notTakenList"
                model: root.payments.notTaken

                delegate: Rectangle {
                    id: notTakenRow

                    required property string orderId
                    required property string orderNumber
                    required property string paymentId
                    required property string amountText
                    required property string paidText
                    required property string problem

                    objectName: "notTaken_" + paymentId
                    implicitHeight: Math.max(Theme.touchMin, notTakenColumn.implicitHeight + 2 * Theme.spacing)
                    radius: Theme.radiusSmall
                    color: Theme.dangerSurface
                    Layout.fillWidth: true
                    Accessible.role: Accessible.ListItem
                    Accessible.name: notTakenTitle.text + ". " + notTakenId.text

                    ColumnLayout {
                        id: notTakenColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: notTakenTitle

                            text: qsTr("Order %1, %2 paid at %3: refund at the point of sale (%4)")
                                      .arg(notTakenRow.orderNumber).arg(notTakenRow.amountText)
                                      .arg(notTakenRow.paidText).arg(notTakenRow.problem)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.danger
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Text {
                            id: notTakenId

                            objectName: "paymentIdText"
                            text: qsTr("Payment id: %1").arg(notTakenRow.paymentId)
                            font.pixelSize: Theme.fontBody
                            font.family: "DejaVu Sans Mono"
                            color: Theme.text
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                        KioskButton {
                            objectName: "refundedButton_" + notTakenRow.paymentId
                            text: qsTr("Refunded")
                            secondary: true
                            Accessible.name: qsTr("Order %1 refunded at the point of sale").arg(notTakenRow.orderNumber)
                            onClicked: root.diagnostics.refundedAtPointOfSale(notTakenRow.orderId)
                        }
                    }
                }
            }
        }
    }
}
