import QtQuick
import QtQuick.Layouts

// One of the last orders (RecentOrderListModel) on the diagnostics Printer page: its number,
// time and total, and "Reprint" for the customer who lost the ticket.
Rectangle {
    id: root

    required property string orderNumber
    required property string timeText
    required property string totalText
    property bool canReprint: true

    signal reprintRequested(number: string)

    objectName: "recentOrder_" + orderNumber
    implicitHeight: Math.max(Theme.touchMin, layout.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radiusSmall
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Order %1 at %2, %3").arg(root.orderNumber).arg(root.timeText).arg(root.totalText)

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.margin

        Text {
            objectName: "recentOrderNumber"
            text: root.orderNumber
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Text {
            text: qsTr("%1 · %2").arg(root.timeText).arg(root.totalText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrinterReprintButton {
            objectName: "reprintButton_" + root.orderNumber
            enabled: root.canReprint
            orderNumber: root.orderNumber
            onClicked: root.reprintRequested(root.orderNumber)
        }
    }
}
