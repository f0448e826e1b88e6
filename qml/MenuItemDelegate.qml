import QtQuick
import QtQuick.Controls.Basic

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

    background: CardBackground {
        color: root.down ? Theme.surfaceMuted : Theme.surface
        elevation: root.down ? 1 : 4
    }

    // Placed with anchors rather than layouts: a grid of these scrolls, and every card made
    // or reused would run a layout pass. A child rather than the contentItem, whose objects
    // cannot have ids without losing its deferred creation.
    Item {
        x: root.leftPadding
        y: root.topPadding
        width: root.availableWidth
        height: root.availableHeight
        opacity: root.available ? 1 : 0.5

        RoundedImage {
            id: photo

            width: parent.width
            height: Math.round(width * 0.75)
            source: root.imageUrl

            Rectangle {
                objectName: "mealBadge"
                visible: root.isCombo
                x: 12
                y: 12
                width: mealText.implicitWidth + 32
                height: mealText.implicitHeight + 12
                radius: height / 2
                color: Theme.primaryColor

                Text {
                    id: mealText

                    x: 16
                    y: 6
                    text: qsTr("Meal")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textOnBrand
                }
            }
            Rectangle {
                objectName: "soldOutBadge"
                visible: !root.available
                anchors.centerIn: parent
                width: soldOutText.implicitWidth + 48
                height: soldOutText.implicitHeight + 24
                radius: height / 2
                color: Theme.text

                Text {
                    id: soldOutText

                    x: 24
                    y: 12
                    text: qsTr("Sold out")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.textOnBrand
                }
            }
        }
        // Takes the card's spare height, so prices line up along a row of cards.
        Text {
            anchors.top: photo.bottom
            anchors.bottom: priceLabel.top
            anchors.topMargin: Theme.gap
            anchors.bottomMargin: Theme.gap
            width: parent.width
            text: root.name
            font.pixelSize: root.width < Theme.compactCardWidth ? Theme.fontSmall : Theme.fontLarge - 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: Theme.textScale > 1 ? 4 : 3
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
        Text {
            id: priceLabel

            objectName: "priceText"
            anchors.bottom: root.isCombo ? savingsLabel.top : allergenIcons.top
            anchors.bottomMargin: Theme.gap
            text: root.isCombo ? qsTr("from %1").arg(root.priceText) : root.priceText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primaryColor
        }
        Text {
            visible: !root.isCombo
            anchors.left: priceLabel.right
            anchors.right: parent.right
            anchors.leftMargin: Theme.gap
            anchors.verticalCenter: priceLabel.verticalCenter
            text: qsTr("%1 Cal").arg(root.calories)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
        }
        // A meal has no allergens of its own (its parts do): its savings take their place.
        Text {
            id: savingsLabel

            objectName: "savingsText"
            visible: root.isCombo
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(32, implicitHeight)
            text: root.savingsText !== "" ? qsTr("Save %1").arg(root.savingsText) : ""
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.primaryColor
            elide: Text.ElideRight
        }
        AllergenIcons {
            id: allergenIcons

            visible: !root.isCombo
            anchors.bottom: parent.bottom
            width: parent.width
            height: Math.max(32, implicitHeight)
            codes: root.allergens
            iconSize: 32
        }
    }
}
