import QtQuick
import QtQuick.Controls.Basic

// A round button showing only an icon (quantity steppers, remove); `accessibleName` says
// what it does.
AbstractButton {
    id: root

    required property string iconName
    required property string accessibleName
    property color brandColor: Theme.primaryColor
    property bool filled: false
    property int size: 80

    implicitWidth: size
    implicitHeight: size
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    contentItem: Item {
        IconImage {
            anchors.centerIn: parent
            width: Math.round(root.size * 0.42)
            height: width
            iconName: root.iconName
            light: root.filled && root.enabled
            opacity: root.enabled ? 1 : 0.35
        }
    }
    background: Rectangle {
        radius: width / 2
        color: !root.enabled ? Theme.surfaceMuted
                             : root.filled ? (root.down ? Qt.darker(root.brandColor, 1.2) : root.brandColor)
                                           : (root.down ? Theme.surfaceMuted : Theme.surface)
        border.color: root.enabled && !root.filled ? root.brandColor : "transparent"
        border.width: 3
    }
}
