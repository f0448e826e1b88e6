import QtQuick
import QtQuick.Layouts

// A step in the meal's summary: its name, what was picked (or "Not chosen yet") and "Change".
RowLayout {
    id: root

    required property int index
    required property string stepId
    required property string name
    required property bool done
    required property string picksText

    signal changeRequested()

    objectName: "summary_" + stepId
    spacing: Theme.spacing

    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true

        Text {
            text: root.name
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Text {
            objectName: "picksText"
            text: root.done || root.picksText !== "" ? root.picksText : qsTr("Not chosen yet")
            font.pixelSize: Theme.fontBody
            font.bold: root.picksText !== ""
            color: root.picksText !== "" ? Theme.text : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    PillButton {
        objectName: "changeButton_" + root.stepId
        visible: root.picksText !== ""
        text: qsTr("Change")
        iconName: "back"
        Accessible.name: qsTr("Change %1: %2").arg(root.name).arg(root.picksText)
        onClicked: root.changeRequested()
    }
}
