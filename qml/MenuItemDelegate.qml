import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A card in the menu grid: photo, name, calories, allergens and price. Sold-out items are
// greyed, badged and cannot be tapped. A meal (combo) shows "from" its lowest price, a "Meal"
// badge and what it saves.
AbstractButton {
    id: root

    required property int index
    required property string itemId
    required property string name
    required property string priceText
    required property int calories
    required property list<string> allergens
    required property url imageUrl
    required property bool available
    required property bool isCombo
    required property string savingsText

    objectName: (isCombo ? "combo_" : "item_") + itemId
    enabled: available
    // The card sits inside its grid cell with a gap around it.
    topInset: 10
    bottomInset: 10
    leftInset: 10
    rightInset: 10
    padding: width < Theme.compactCardWidth ? 16 : 24
    Accessible.role: Accessible.Button
    Accessible.name: !available ? qsTr("%1, sold out").arg(name)
                                : isCombo ? (savingsText !== "" ? qsTr("%1, meal from %2, save %3").arg(name).arg(priceText).arg(savingsText)
                                                                : qsTr("%1, meal from %2").arg(name).arg(priceText))
                                          : qsTr("%1, %2, %3 calories").arg(name).arg(priceText).arg(calories)

    contentItem: ColumnLayout {
        spacing: Theme.gap
        opacity: root.available ? 1 : 0.5

        RoundedImage {
            source: root.imageUrl
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 0.75)

            Label {
                objectName: "mealBadge"
                visible: root.isCombo
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: 12
                leftPadding: 16
                rightPadding: 16
                topPadding: 6
                bottomPadding: 6
                text: qsTr("Meal")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textOnBrand

                background: Rectangle {
                    radius: height / 2
                    color: Theme.primaryColor
                }
            }
            Label {
                objectName: "soldOutBadge"
                visible: !root.available
                anchors.centerIn: parent
                leftPadding: 24
                rightPadding: 24
                topPadding: 12
                bottomPadding: 12
                text: qsTr("Sold out")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.textOnBrand

                background: Rectangle {
                    radius: height / 2
                    color: Theme.text
                }
            }
        }
        Text {
            text: root.name
            font.pixelSize: root.width < Theme.compactCardWidth ? Theme.fontSmall : Theme.fontLarge - 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: Theme.textScale > 1 ? 4 : 3
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
            // Takes the card's spare height, so prices line up along a row of cards.
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true

            Text {
                objectName: "priceText"
                text: root.isCombo ? qsTr("from %1").arg(root.priceText) : root.priceText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primaryColor
            }
            Text {
                visible: !root.isCombo
                text: qsTr("%1 Cal").arg(root.calories)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
        }
        // A meal has no allergens of its own (its parts do): its savings take their place.
        Text {
            objectName: "savingsText"
            visible: root.isCombo
            text: root.savingsText !== "" ? qsTr("Save %1").arg(root.savingsText) : ""
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.primaryColor
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.minimumHeight: 32
        }
        AllergenIcons {
            visible: !root.isCombo
            codes: root.allergens
            iconSize: 32
            Layout.fillWidth: true
            Layout.minimumHeight: 32
        }
    }
    background: CardBackground {
        color: root.down ? Theme.surfaceMuted : Theme.surface
        elevation: root.down ? 1 : 4
    }
}
