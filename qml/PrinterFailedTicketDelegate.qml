import QtQuick
import QtQuick.Layouts

// A ticket the printer service gave up on (FailedTicketListModel), for the diagnostics Printer
// page: what, when, how often it was tried and why it failed; an order's ticket can be reprinted.
Rectangle {
    id: root

    required property string label
    required property bool testTicket
    required property string queuedText
    required property string gaveUpText
    required property int attempts
    required property string lastError

    signal reprintRequested(number: string)

    objectName: "failedTicket_" + label
    implicitHeight: Math.max(Theme.touchMin, layout.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radiusSmall
    color: Theme.dangerSurface
    Accessible.role: Accessible.ListItem
    Accessible.name: title.text + ". " + times.text + ". " + error.text

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            spacing: Theme.gap
            Layout.fillWidth: true

            Text {
                id: title

                text: root.testTicket ? qsTr("Test ticket") : qsTr("Order %1").arg(root.label)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                id: times

                text: qsTr("Queued at %1, given up at %2 after %3 tries").arg(root.queuedText)
                          .arg(root.gaveUpText).arg(root.attempts)
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                id: error

                objectName: "failedTicketError"
                text: qsTr("Last error: %1").arg(root.lastError)
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
        PrinterReprintButton {
            objectName: "reprintFailedButton_" + root.label
            visible: !root.testTicket
            orderNumber: root.label
            onClicked: root.reprintRequested(root.label)
        }
    }
}
