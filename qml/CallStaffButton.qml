import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// "Call staff", on every customer screen: a member of staff is asked to come to the kiosk.
// The session saves and sends the call; CallStaffMessage reassures the customer.
AbstractButton {
    id: root

    required property KioskSession session
    // On the brand colour (header, attract screen) or on a light surface.
    property bool brandBackground: true
    // Only the symbol, for the crowded header; the accessible name still says it all.
    property bool compact: false
    readonly property color foreground: brandBackground ? Theme.textOnBrand : Theme.text

    objectName: "callStaffButton"
    implicitHeight: 80
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: 16
    rightPadding: compact ? 16 : 24
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Call staff: a member of staff comes to help you")
    onClicked: session.assist.callStaff("help")

    contentItem: Row {
        spacing: 10

        // A raised hand would need an emoji font; a bold "?" in a white disc reads the same.
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 48
            height: 48
            radius: 24
            color: Theme.textOnBrand
            border.color: root.brandBackground ? "transparent" : Theme.text
            border.width: 2

            Text {
                anchors.centerIn: parent
                text: "?"
                font.family: Theme.fontFamily
                font.pixelSize: 32
                font.bold: true
                color: root.session.primaryColor
            }
        }
        Text {
            objectName: "callStaffText"
            visible: !root.compact
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Call staff")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.foreground
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.down ? Qt.rgba(0, 0, 0, 0.12) : "transparent"
        border.color: root.brandBackground ? Qt.rgba(1, 1, 1, 0.7) : Theme.divider
        border.width: 2
    }
}
