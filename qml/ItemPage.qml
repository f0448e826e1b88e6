pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Customising one item: photo and facts on top, its option groups below, quantity and
// "Add to order" at the bottom. The editor decides what may be picked and what it costs.
OrderPage {
    id: root

    required property ItemEditor editor

    signal added()
    signal backRequested()

    objectName: "itemPage"
    title: qsTr("%1, %2. Choose your options.").arg(editor.name).arg(editor.totalPriceText)
    footer: Rectangle {
        implicitHeight: footerColumn.implicitHeight + 2 * Theme.margin
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        Rectangle {
            // A soft edge above the panel, so the options seem to slide under it.
            anchors.bottom: parent.top
            width: parent.width
            height: 6
            gradient: Gradient {
                GradientStop {
                    position: 0
                    color: "transparent"
                }
                GradientStop {
                    position: 1
                    color: Theme.shadow
                }
            }
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
                    objectName: "missingGroupsText"
                    text: root.editor.canAdd
                          ? qsTr("Quantity")
                          : qsTr("Please choose: %1").arg(Array.from(root.editor.missingGroups).join(", "))
                    font.pixelSize: Theme.fontBody
                    font.bold: !root.editor.canAdd
                    color: root.editor.canAdd ? Theme.textMuted : Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                QuantityStepper {
                    objectName: "quantityStepper"
                    value: root.editor.quantity
                    maximum: root.editor.maxQuantity
                    onIncrementClicked: root.editor.increment()
                    onDecrementClicked: root.editor.decrement()
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                KioskButton {
                    objectName: "backButton"
                    // Large text on a narrow screen: the arrow alone leaves the price room.
                    text: Theme.room(root.width) < Theme.smallRoom ? "" : qsTr("Back")
                    iconName: "back"
                    secondary: true
                    Accessible.name: qsTr("Back to the menu")
                    onClicked: root.backRequested()
                }
                KioskButton {
                    objectName: "addToOrderButton"
                    text: qsTr("Add to order · %1").arg(root.editor.totalPriceText)
                    enabled: root.editor.canAdd
                    Layout.fillWidth: true
                    onClicked: {
                        if (root.session.addEditedItem())
                            root.added();
                    }
                }
            }
        }
    }

    // The item's summary scrolls away together with its options.
    Flickable {
        id: scroller

        objectName: "itemScroll"
        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            width: scroller.width

            ItemSummary {
                width: content.width
                editor: root.editor
            }
            ListView {
                id: optionList

                objectName: "optionList"
                width: content.width
                height: contentHeight
                interactive: false
                model: root.editor.options
                section.property: "groupId"
                section.criteria: ViewSection.FullString
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Options for %1").arg(root.editor.name)

                delegate: ModifierListDelegate {
                    id: optionRow

                    required property int index

                    width: ListView.view.width
                    onToggleRequested: root.editor.toggle(optionRow.index)
                }
            }
        }
    }
}
