import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One of the two big choices on the dine-option page ("Eat here" / "Take out").
AbstractButton {
    id: root

    required property string iconName
    required property string title
    required property string subtitle

    // Lowered (accessibility mode) the cards share the bottom half with the question: a
    // smaller picture and padding leave the room to large text.
    padding: Theme.lowerScreen ? Theme.spacing : Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: title

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Item {
            Layout.fillHeight: true
        }
        Rectangle {
            implicitWidth: Theme.lowerScreen ? 120 : 240
            implicitHeight: implicitWidth
            radius: implicitWidth / 2
            color: Qt.rgba(Theme.primaryColor.r, Theme.primaryColor.g, Theme.primaryColor.b, 0.1)
            Layout.alignment: Qt.AlignHCenter

            IconImage {
                anchors.centerIn: parent
                iconName: root.iconName
                width: Math.round(parent.width * 0.625)
                height: width
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
        borderColor: root.down ? Theme.primaryColor : "transparent"
        borderWidth: 4
        elevation: root.down ? 2 : 6
    }
}
