import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// The clearly marked way into the accessibility mode, on the attract screen and every page:
// the wheelchair symbol and "Accessibility". It switches the mode on and opens its options.
AbstractButton {
    id: root

    required property KioskSession session
    // On the brand colour (header, attract screen) or on a light surface.
    property bool brandBackground: true
    // Only the symbol, for the crowded header; the accessible name still says it all.
    property bool compact: false
    readonly property color foreground: brandBackground ? Theme.textOnBrand : Theme.text

    objectName: "accessibilityButton"
    implicitHeight: 80
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: compact ? 16 : 20
    rightPadding: compact ? 16 : 24
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Accessibility options: speech, high contrast, large text, lower screen")
    onClicked: {
        session.accessibility.enabled = true;
        session.accessibility.optionsRequested();
    }

    contentItem: Row {
        spacing: 10

        // U+267F, the wheelchair symbol (in DejaVu Sans), in a high-visibility disc.
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 48
            height: 48
            radius: 24
            color: "#0057B8"
            border.color: "#FFFFFF"
            border.width: 2

            Text {
                anchors.centerIn: parent
                text: "\u267F"
                font.family: Theme.fontFamily
                font.pixelSize: 34
                color: "#FFFFFF"
            }
        }
        Text {
            objectName: "accessibilityButtonText"
            visible: !root.compact
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Accessibility")
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
