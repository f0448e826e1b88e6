import QtQuick
import QtQuick.Layouts

// "Your usual": one of the member's recent items, re-added with one tap.
CardBackground {
    id: root

    required property string itemId
    required property string name
    required property string priceText
    required property url imageUrl
    required property bool available

    signal addClicked()

    objectName: "usual_" + itemId
    implicitHeight: row.implicitHeight + 2 * Theme.spacing

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RoundedImage {
            source: root.imageUrl
            Layout.preferredWidth: 96
            Layout.preferredHeight: 96
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true

            ReadableText {
                text: root.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                text: root.available ? root.priceText : qsTr("Not available today")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                Layout.fillWidth: true
            }
        }
        RoundIconButton {
            objectName: "addUsual_" + root.itemId
            iconName: "plus"
            accessibleName: qsTr("Add %1 to your order").arg(root.name)
            filled: true
            enabled: root.available
            onClicked: root.addClicked()
        }
    }
}
