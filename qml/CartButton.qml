import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// "View order" in the header: item count badge and running total.
AbstractButton {
    id: root

    required property CartModel cart
    // Narrow screens: the icon and its count only (the total is on the cart page, and in the
    // accessible name).
    property bool compact: false

    objectName: "cartButton"
    implicitHeight: 88
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: 20
    rightPadding: 28
    Accessible.role: Accessible.Button
    Accessible.name: cart.empty ? qsTr("View order, it is empty")
                                : qsTr("View order. Items: %1. Total: %2").arg(cart.itemCount).arg(cart.totalText)

    contentItem: Row {
        spacing: 20

        Item {
            width: 56
            height: 56
            anchors.verticalCenter: parent.verticalCenter

            IconImage {
                anchors.centerIn: parent
                iconName: "cart"
                light: true
                width: 48
                height: 48
            }
            Label {
                objectName: "cartBadge"
                visible: !root.cart.empty
                x: -width / 3
                y: -10
                width: Math.max(height, implicitWidth)
                height: 36
                leftPadding: 8
                rightPadding: 8
                text: root.cart.itemCount
                font.pixelSize: 22
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter

                background: Rectangle {
                    radius: height / 2
                    color: Theme.accentColor
                }
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            visible: !root.compact

            Text {
                text: qsTr("View order")
                font.pixelSize: Theme.fontSmall
                color: Theme.textOnBrand
            }
            Text {
                objectName: "cartTotalText"
                text: root.cart.totalText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.textOnBrand
            }
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.down ? Qt.rgba(0, 0, 0, 0.2) : Qt.rgba(0, 0, 0, 0.12)
    }
}
