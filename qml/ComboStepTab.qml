import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One step in the meal's step indicator: its number (a tick once done) and name; the step on
// screen is filled. Tapping it goes to that step.
AbstractButton {
    id: root

    required property int index
    required property string stepId
    required property string name
    required property bool done
    required property bool current

    objectName: "stepTab_" + stepId
    padding: 8
    implicitHeight: Math.max(Theme.touchMin + 24, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.PageTab
    Accessible.name: current ? qsTr("Step %1: %2, current").arg(index + 1).arg(name)
                             : done ? qsTr("Step %1: %2, done").arg(index + 1).arg(name)
                                    : qsTr("Step %1: %2").arg(index + 1).arg(name)

    contentItem: RowLayout {
        spacing: Theme.gap

        Rectangle {
            Layout.preferredWidth: 48
            Layout.preferredHeight: 48
            radius: 24
            color: root.current || root.done ? Theme.primaryColor : Theme.surface
            border.color: Theme.primaryColor
            border.width: 3

            IconImage {
                visible: root.done && !root.current
                anchors.centerIn: parent
                width: 28
                height: 28
                iconName: "check"
                light: true
            }
            Text {
                visible: !root.done || root.current
                anchors.centerIn: parent
                text: root.index + 1
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: root.current ? Theme.textOnBrand : Theme.primaryColor
            }
        }
        Text {
            text: root.name
            font.pixelSize: Theme.fontBody
            font.bold: root.current
            color: root.current ? Theme.text : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    background: Item {}
}
