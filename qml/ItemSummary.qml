import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The top of the item page: photo, name, price, calories, description and allergens.
ColumnLayout {
    id: root

    required property ItemEditor editor
    // The price shown under the name; a meal's choice shows what it adds to the meal instead.
    property string priceText: editor.unitPriceText

    spacing: Theme.spacing

    RowLayout {
        spacing: Theme.margin
        Layout.fillWidth: true
        Layout.margins: Theme.margin

        RoundedImage {
            source: root.editor.imageUrl
            radius: Theme.radius
            frameColor: Theme.background
            Layout.preferredWidth: Math.round(root.width * 0.42)
            Layout.preferredHeight: Math.round(Layout.preferredWidth * 0.75)
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop

            ReadableText {
                objectName: "itemNameText"
                text: root.editor.name
                font.pixelSize: Theme.fontTitle + 4
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // A Flow: with large text on a narrow screen the calories go under the price
            // ("Included" in a meal is wider than most prices).
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true

                ReadableText {
                    id: priceLabel

                    objectName: "itemSummaryPrice"
                    text: root.priceText
                    font.pixelSize: Theme.fontLarge + 2
                    font.bold: true
                    color: Theme.primaryColor
                }
                ReadableText {
                    text: qsTr("%1 Cal").arg(root.editor.calories)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    // Centred on the price's line, as the row it replaces did.
                    height: priceLabel.height
                    verticalAlignment: Text.AlignVCenter
                }
            }
            ReadableText {
                text: root.editor.description
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    AllergenIcons {
        visible: root.editor.allergens.length > 0
        // Array.from: qmllint 6.4 will not assign a QStringList to list<string>.
        codes: Array.from(root.editor.allergens)
        showNames: true
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
        Layout.bottomMargin: Theme.spacing
    }
}
