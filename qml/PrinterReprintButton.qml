import QtQuick

// "Reprint" for an order's ticket, on the diagnostics Printer page's lists.
KioskButton {
    id: root

    required property string orderNumber

    text: qsTr("Reprint")
    secondary: true
    Accessible.name: qsTr("Reprint the ticket of order %1").arg(root.orderNumber)
}
