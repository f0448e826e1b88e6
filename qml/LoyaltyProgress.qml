import QtQuick
import QtQuick.Layouts

// A labelled progress bar ("150 more points for Free fries"); `progress` is 0..1.
ColumnLayout {
    id: root

    required property string label
    required property real progress
    required property color barColor

    spacing: Theme.gap
    Accessible.role: Accessible.ProgressBar
    Accessible.name: label

    Text {
        text: root.label
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Rectangle {
        radius: height / 2
        color: Theme.surfaceMuted
        Layout.fillWidth: true
        Layout.preferredHeight: 20

        Rectangle {
            width: Math.max(height, parent.width * Math.min(Math.max(root.progress, 0), 1))
            height: parent.height
            radius: height / 2
            color: root.barColor
        }
    }
}
