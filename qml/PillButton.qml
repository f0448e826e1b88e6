import QtQuick
import QtQuick.Controls.Basic

// A small outlined button with an icon and a short label ("Remove"), for secondary actions
// inside cards.
Button {
    id: root

    required property string iconName
    property color borderColor: Theme.divider

    implicitHeight: 72
    leftPadding: 20
    rightPadding: 24
    spacing: 10
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Row {
        spacing: root.spacing

        IconImage {
            anchors.verticalCenter: parent.verticalCenter
            iconName: root.iconName
            width: 32
            height: 32
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font: root.font
            color: Theme.text
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.borderColor
        border.width: 2
    }
}
