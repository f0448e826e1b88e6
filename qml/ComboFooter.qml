import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The meal's footer: its price and what it saves, then Back and the step's way on (Next, or
// "Add meal to order" on the last step; "Done" while a choice's options are open).
Rectangle {
    id: root

    required property ComboEditor comboEditor
    required property bool lastStep
    // Large text on a narrow screen: the Back arrow alone leaves the price room.
    property bool narrow: false

    signal backClicked()
    signal nextClicked()
    signal doneClicked()
    signal addClicked()

    implicitHeight: footerColumn.implicitHeight + 2 * Theme.margin
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }
    ColumnLayout {
        id: footerColumn

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            ReadableText {
                objectName: "mealPriceText"
                text: qsTr("Meal price: %1").arg(root.comboEditor.unitPriceText)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                objectName: "savingsText"
                visible: root.comboEditor.savingsText !== ""
                text: qsTr("You save %1").arg(root.comboEditor.savingsText)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primaryColor
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            KioskButton {
                objectName: "comboBackButton"
                text: root.narrow ? "" : qsTr("Back")
                iconName: "back"
                secondary: true
                Accessible.name: root.comboEditor.customizing ? qsTr("Back to the choices")
                                 : root.comboEditor.stepIndex === 0 ? qsTr("Back to the menu")
                                                                    : qsTr("Back to the previous step")
                onClicked: root.backClicked()
            }
            KioskButton {
                objectName: "partDoneButton"
                visible: root.comboEditor.customizing
                text: qsTr("Done")
                iconName: "check"
                enabled: root.comboEditor.partEditor.canAdd
                Layout.fillWidth: true
                onClicked: root.doneClicked()
            }
            KioskButton {
                objectName: "comboNextButton"
                visible: !root.comboEditor.customizing && !root.lastStep
                text: qsTr("Next")
                iconName: "forward"
                enabled: root.comboEditor.stepDone
                Layout.fillWidth: true
                onClicked: root.nextClicked()
            }
            KioskButton {
                objectName: "addMealButton"
                visible: !root.comboEditor.customizing && root.lastStep
                text: qsTr("Add meal to order · %1").arg(root.comboEditor.unitPriceText)
                enabled: root.comboEditor.canAdd
                Layout.fillWidth: true
                onClicked: root.addClicked()
            }
        }
    }
}
