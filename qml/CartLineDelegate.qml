import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One line of the order: name, options (a meal: its parts), quantity, line total and a remove
// button. Lines the menu no longer offers (a meal: any of its parts) are flagged so the
// customer removes them.
Control {
    id: root

    required property int index
    required property string lineId
    required property string name
    required property string optionsText
    required property int quantity
    required property string lineTotalText
    required property bool available
    required property bool isCombo
    required property string partsText
    required property int maxQuantity
    // The card's distance from the list's edges.
    property int sideMargin: Theme.margin

    signal incrementClicked()
    signal decrementClicked()
    signal removeClicked()

    objectName: "cartLine_" + index
    leftInset: sideMargin
    rightInset: sideMargin
    padding: 24
    leftPadding: sideMargin + 24
    rightPadding: sideMargin + 24
    Accessible.role: Accessible.ListItem
    Accessible.name: isCombo ? qsTr("%1 × %2: %3, %4").arg(quantity).arg(name).arg(partsText).arg(lineTotalText)
                             : qsTr("%1 × %2, %3").arg(quantity).arg(name).arg(lineTotalText)

    contentItem: ColumnLayout {
        spacing: 12

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Text {
                text: root.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: root.available ? Theme.text : Theme.disabledText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                objectName: "lineTotalText"
                text: root.lineTotalText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: root.available ? Theme.text : Theme.disabledText
                font.strikeout: !root.available
                Layout.alignment: Qt.AlignTop
            }
        }
        Text {
            objectName: "partsText"
            visible: root.isCombo
            text: root.partsText
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: root.optionsText !== ""
            text: root.optionsText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "unavailableFlag"
            visible: !root.available
            padding: 12
            leftPadding: 16
            text: root.isCombo ? qsTr("Part of this meal is no longer available – please remove")
                               : qsTr("No longer available – please remove")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true

            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.dangerSurface
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            QuantityStepper {
                value: root.quantity
                maximum: root.maxQuantity
                buttonSize: 72
                visible: root.available
                onIncrementClicked: root.incrementClicked()
                onDecrementClicked: root.decrementClicked()
            }
            Item {
                Layout.fillWidth: true
            }
            PillButton {
                objectName: "removeButton"
                text: qsTr("Remove")
                iconName: "trash"
                borderColor: root.available ? Theme.divider : Theme.danger
                Accessible.name: qsTr("Remove %1").arg(root.name)
                onClicked: root.removeClicked()
            }
        }
    }
    background: CardBackground {
        elevation: 2
        borderColor: root.available ? "transparent" : Theme.danger
        borderWidth: root.available ? 0 : 2
    }
}
