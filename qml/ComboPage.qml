pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// A meal, one step at a time: where the customer is ("Step 2 of 3: Side") with a tab per
// step, the step's choices as large cards, the picks so far with "Change", and the meal's
// price and savings above Back / Next / "Add meal to order". A choice with options shows them
// in place of the choices until "Done". The combo editor decides what may be picked.
OrderPage {
    id: root

    required property ComboEditor comboEditor
    readonly property ItemEditor part: comboEditor.partEditor
    readonly property bool lastStep: comboEditor.stepIndex + 1 >= comboEditor.stepCount
    // What the choice being customised adds to the meal, as its card said.
    readonly property string partPrice: comboEditor.partPriceText !== "" ? comboEditor.partPriceText : qsTr("Included")

    signal added()
    signal backRequested()

    // Back (the button, or Escape in the accessibility mode): out of a choice's options, to
    // the step before, or out of the meal from its first step.
    function goBack(): void {
        if (comboEditor.customizing)
            comboEditor.cancelPart();
        else if (!comboEditor.back())
            backRequested();
    }
    function stepTitle(): string {
        return qsTr("Step %1 of %2: %3").arg(comboEditor.stepIndex + 1).arg(comboEditor.stepCount)
                .arg(comboEditor.stepName);
    }

    objectName: "comboPage"
    title: comboEditor.customizing ? qsTr("%1, %2. Choose your options.").arg(part.name).arg(root.partPrice)
                                   : qsTr("%1, %2. %3.").arg(comboEditor.name).arg(comboEditor.unitPriceText)
                                         .arg(stepTitle())
    footer: ComboFooter {
        comboEditor: root.comboEditor
        lastStep: root.lastStep
        narrow: Theme.room(root.width) < Theme.smallRoom
        onBackClicked: root.goBack()
        onNextClicked: root.comboEditor.next()
        onDoneClicked: root.comboEditor.confirmPart()
        onAddClicked: {
            if (root.session.addEditedCombo())
                root.added();
        }
    }

    Flickable {
        id: scroller

        objectName: "comboScroll"
        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.height + Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content

            width: scroller.width
            spacing: Theme.spacing

            ColumnLayout {
                width: content.width
                spacing: Theme.spacing

                ReadableText {
                    objectName: "comboName"
                    text: root.comboEditor.name
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.topMargin: Theme.margin
                }
                ReadableText {
                    objectName: "stepTitle"
                    text: root.stepTitle()
                    font.pixelSize: Theme.fontLarge
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                }
                Flow {
                    objectName: "stepTabs"
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Accessible.role: Accessible.PageTabList
                    Accessible.name: qsTr("Steps of the meal")

                    Repeater {
                        model: root.comboEditor.steps

                        ComboStepTab {
                            id: tab

                            // Large text: a long step name wraps rather than leave the row.
                            width: Math.min(implicitWidth, content.width - 2 * Theme.margin)
                            onClicked: root.comboEditor.goToStep(tab.index)
                        }
                    }
                }
            }
            ColumnLayout {
                visible: !root.comboEditor.customizing
                width: content.width
                spacing: Theme.spacing

                GridLayout {
                    objectName: "choiceGrid"
                    columns: Theme.room(width) >= Theme.gridThreeColumnsRoom ? 3 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Accessible.role: Accessible.List
                    Accessible.name: root.comboEditor.stepName

                    Repeater {
                        model: root.comboEditor.choices

                        ComboChoiceDelegate {
                            id: choice

                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            onClicked: root.comboEditor.choose(choice.index)
                        }
                    }
                }
                ReadableText {
                    text: qsTr("Your meal")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.topMargin: Theme.spacing
                }
                Repeater {
                    model: root.comboEditor.steps

                    ComboSummaryRow {
                        id: summaryRow

                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        onChangeRequested: root.comboEditor.goToStep(summaryRow.index)
                    }
                }
            }
            // A choice's options, as on the item page; made afresh for each choice, so its
            // layouts start from the width they are shown at.
            Repeater {
                model: root.comboEditor.customizing ? 1 : 0

                Column {
                    width: content.width

                    ItemSummary {
                        width: parent.width
                        editor: root.part
                        priceText: root.partPrice
                    }
                    ListView {
                        objectName: "partOptionList"
                        width: parent.width
                        height: contentHeight
                        interactive: false
                        model: root.part.options
                        section.property: "groupId"
                        section.criteria: ViewSection.FullString
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Options for %1").arg(root.part.name)

                        delegate: ModifierListDelegate {
                            id: optionRow

                            required property int index

                            width: ListView.view.width
                            onToggleRequested: root.part.toggle(optionRow.index)
                        }
                    }
                }
            }
        }
    }
}
