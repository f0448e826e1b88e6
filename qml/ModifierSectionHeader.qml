import QtQuick
import QtQuick.Layouts

// The heading of one modifier group on the item page: its name, its rule ("Required ·
// choose 1", "Optional · choose up to 3", "Optional") and a flag while a required pick is
// missing.
Item {
    id: root

    required property string groupId
    required property string groupName
    required property int groupMin
    required property int groupMax
    required property bool satisfied

    function ruleText(): string {
        if (groupMin > 0 && groupMin === groupMax)
            return qsTr("Required · choose %1").arg(groupMin);
        if (groupMin > 0)
            return qsTr("Required · choose %1 to %2").arg(groupMin).arg(groupMax);
        if (groupMax > 1)
            return qsTr("Optional · choose up to %1").arg(groupMax);
        return qsTr("Optional");
    }

    implicitHeight: column.implicitHeight + 40
    Accessible.role: Accessible.Heading
    Accessible.name: groupName + ", " + ruleText()

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: 12
        spacing: 4

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Text {
                text: root.groupName
                font.pixelSize: Theme.fontLarge + 2
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "requiredFlag"
                visible: !root.satisfied
                implicitWidth: flagText.implicitWidth + 32
                implicitHeight: 44
                radius: 22
                color: Theme.dangerSurface

                Text {
                    id: flagText

                    anchors.centerIn: parent
                    text: qsTr("Please choose")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.danger
                }
            }
            Rectangle {
                objectName: "satisfiedMark"
                visible: root.satisfied && root.groupMin > 0
                implicitWidth: 44
                implicitHeight: 44
                radius: 22
                color: Theme.primaryColor

                IconImage {
                    anchors.centerIn: parent
                    iconName: "check"
                    light: true
                    width: 24
                    height: 24
                }
            }
        }
        Text {
            objectName: "ruleText"
            text: root.ruleText()
            font.pixelSize: Theme.fontSmall
            color: root.satisfied ? Theme.textMuted : Theme.danger
            Layout.fillWidth: true
        }
    }
}
