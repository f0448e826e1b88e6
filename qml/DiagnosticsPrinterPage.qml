pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The receipt printer for staff: its state in plain words, a test ticket and "check now",
// the tickets it gave up on and the last orders, each with "Reprint". The actions only ask:
// the printer answers later, so the toast says the request went out.
DiagnosticsSection {
    id: root

    readonly property PrinterDiagnostics printer: root.diagnostics.printer
    readonly property string stateText: {
        switch (root.printer.stateCode) {
        case "not_configured": return qsTr("No printer is set up (printer.kind is \"none\"): the kiosk prints no tickets.");
        case "unknown": return qsTr("Not checked yet.");
        case "ready": return root.printer.paperNearEnd
                             ? qsTr("Ready to print, but the paper roll is nearly used up: change it soon.")
                             : qsTr("Ready to print.");
        case "paper_out": return qsTr("Out of paper: put in a new roll.");
        case "cover_open": return qsTr("The cover is open: close it.");
        case "unreachable": return qsTr("The kiosk cannot reach the printer: check that it is on and connected.");
        case "error": return qsTr("The printer reports an error: turn it off and on again.");
        default: return root.printer.stateCode;
        }
    }
    readonly property string badgeText: {
        switch (root.printer.stateCode) {
        case "not_configured": return qsTr("NONE");
        case "unknown": return qsTr("UNKNOWN");
        case "ready": return root.printer.paperNearEnd ? qsTr("LOW PAPER") : qsTr("READY");
        case "paper_out": return qsTr("NO PAPER");
        case "cover_open": return qsTr("COVER OPEN");
        case "unreachable": return qsTr("OFFLINE");
        default: return qsTr("ERROR");
        }
    }

    function answer(sent: bool, message: string): void {
        toast.show(sent ? message : qsTr("Not sent: no printer"));
    }
    function reprint(number: string): void {
        root.answer(root.printer.reprint(number), qsTr("Reprinting order %1").arg(number));
    }

    onShown: root.printer.refresh()

    Flickable {
        id: flick

        objectName: "printerFlick"
        clip: true
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            id: content

            width: flick.width
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                DiagnosticsStatusBadge {
                    objectName: "printerBadge"
                    status: root.printer.badge
                    label: root.badgeText
                }
                Text {
                    objectName: "printerStateText"
                    text: root.stateText
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            DiagnosticsField {
                objectName: "printerDetailField"
                visible: root.printer.configured
                label: qsTr("Detail")
                value: root.printer.detail
                Layout.fillWidth: true
            }
            DiagnosticsField {
                objectName: "printerCheckedField"
                visible: root.printer.configured
                label: qsTr("Last checked")
                value: root.printer.checkedText
                Layout.fillWidth: true
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true

                KioskButton {
                    objectName: "testPrintButton"
                    text: qsTr("Print a test ticket")
                    enabled: root.printer.configured
                    onClicked: root.answer(root.printer.testPrint(), qsTr("Test ticket sent to the printer"))
                }
                KioskButton {
                    objectName: "checkPrinterButton"
                    text: qsTr("Check now")
                    secondary: true
                    enabled: root.printer.configured
                    onClicked: root.answer(root.printer.checkNow(), qsTr("Asking the printer"))
                }
            }

            Text {
                objectName: "failedTicketsHeading"
                text: qsTr("Tickets not printed: %1").arg(root.printer.failedTickets.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: root.printer.failedTickets.count > 0 ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "failedTicketList"
                model: root.printer.failedTickets

                delegate: PrinterFailedTicketDelegate {
                    Layout.fillWidth: true
                    onReprintRequested: number => root.reprint(number)
                }
            }

            Text {
                text: qsTr("Last orders")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "noOrdersText"
                visible: root.printer.recentOrders.count === 0
                text: qsTr("No orders yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Repeater {
                objectName: "recentOrderList"
                model: root.printer.recentOrders

                delegate: PrinterRecentOrderDelegate {
                    canReprint: root.printer.configured
                    Layout.fillWidth: true
                    onReprintRequested: number => root.reprint(number)
                }
            }
        }
    }
    Toast {
        id: toast

        // Over the page, not in its column: the answer shows wherever the list is scrolled.
        parent: root
        objectName: "printerToast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        maximumWidth: root.width - 2 * Theme.margin
    }
}
