import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One of the two big choices on the dine-option page ("Eat here" / "Take out").
AbstractButton {
    id: root

    required property string iconName
    required property string title
    required property string subtitle
    required property color brandColor

    padding: Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: title

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Item {
            Layout.fillHeight: true
        }
        Rectangle {
            implicitWidth: 240
            implicitHeight: 240
            radius: 120
            color: Qt.rgba(root.brandColor.r, root.brandColor.g, root.brandColor.b, 0.1)
            Layout.alignment: Qt.AlignHCenter

            IconImage {
                anchors.centerIn: parent
                iconName: root.iconName
                width: 150
                height: 150
            }
        }
        Text {
            text: root.title
            font.pixelSize: Theme.fontHeadline - 8
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
        Text {
            text: root.subtitle
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
    }
    background: CardBackground {
        color: root.down ? Theme.surfaceMuted : Theme.surface
        borderColor: root.down ? root.brandColor : "transparent"
        borderWidth: 4
        elevation: root.down ? 2 : 6
    }
}
