import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One option row on the item page: a radio mark (pick one) or a check box (pick several),
// the option's name and its price difference. Tapping asks the editor to toggle it.
AbstractButton {
    id: root

    required property string optionId
    required property string name
    required property string priceDeltaText
    required property int groupMax
    required property bool selected
    // The row's distance from the list's edges.
    property int sideMargin: Theme.margin
    readonly property bool single: groupMax === 1

    objectName: "option_" + optionId
    implicitHeight: Math.max(100, contentItem.implicitHeight + topPadding + bottomPadding)
    leftInset: sideMargin
    rightInset: sideMargin
    topInset: 6
    bottomInset: 6
    leftPadding: sideMargin + 24
    rightPadding: sideMargin + 24
    topPadding: 18
    bottomPadding: 18
    Accessible.role: single ? Accessible.RadioButton : Accessible.CheckBox
    Accessible.name: priceDeltaText === "" ? name : qsTr("%1, %2").arg(name).arg(priceDeltaText)
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: RowLayout {
        spacing: 20

        Rectangle {
            implicitWidth: 44
            implicitHeight: 44
            radius: root.single ? 22 : 10
            color: root.selected ? Theme.primaryColor : Theme.surface
            border.color: root.selected ? Theme.primaryColor : Theme.textMuted
            border.width: 3

            IconImage {
                anchors.centerIn: parent
                visible: root.selected
                iconName: "check"
                light: true
                width: 28
                height: 28
            }
        }
        Text {
            text: root.name
            font.pixelSize: Theme.fontBody
            font.bold: root.selected
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: root.priceDeltaText !== ""
            text: root.priceDeltaText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.down ? Theme.surfaceMuted : Theme.surface
        border.color: root.selected ? Theme.primaryColor : Theme.divider
        border.width: root.selected ? 3 : 2
    }
}
