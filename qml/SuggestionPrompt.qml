import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// "Add fries for $3.49?" or "Make it a meal?" over the whole screen, after an item is added
// or at checkout (docs/menu.md, Suggestions). One tap answers it either way; the scrim
// swallows every other tap. In accessibility mode its question is spoken as it appears and
// the keypad moves between its two buttons (AccessibilityLayer: a Dialog over the page).
Rectangle {
    id: root

    required property SuggestionController suggestions
    readonly property bool meal: suggestions.kind === SuggestionController.Meal
    readonly property string question: meal
        ? qsTr("Make it a meal? %1 %2").arg(suggestions.comboName).arg(suggestions.priceText)
        : qsTr("Add %1 for %2?").arg(suggestions.itemName).arg(suggestions.priceText)

    objectName: "suggestionPrompt"
    visible: suggestions.visible
    color: Theme.scrim
    Accessible.role: Accessible.Dialog
    Accessible.name: question

    MouseArea {
        anchors.fill: parent
        // Swallows taps outside the card.
    }
    CardBackground {
        anchors.fill: card
        elevation: 8
    }
    ColumnLayout {
        id: card

        anchors.centerIn: parent
        // The lowered layout (accessibility mode): in the bottom half.
        anchors.verticalCenterOffset: Theme.lowerScreen ? Math.max(0, (parent.height - height) / 2 - Theme.margin) : 0
        width: Math.min(parent.width - 2 * Theme.margin, 820)
        spacing: Theme.margin

        Item {
            Layout.preferredHeight: 8
        }
        RoundedImage {
            objectName: "suggestionImage"
            source: root.suggestions.imageUrl
            visible: String(root.suggestions.imageUrl) !== "" && !Theme.lowerScreen
            Layout.preferredWidth: 360
            Layout.preferredHeight: 270
            Layout.alignment: Qt.AlignHCenter
        }
        ReadableText {
            objectName: "suggestionQuestion"
            text: root.meal ? qsTr("Make it a meal?") : qsTr("Add %1?").arg(root.suggestions.itemName)
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        ReadableText {
            objectName: "suggestionDetail"
            text: root.meal ? qsTr("%1, %2").arg(root.suggestions.comboName).arg(root.suggestions.priceText)
                            : qsTr("Only %1 more").arg(root.suggestions.priceText)
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        KioskButton {
            objectName: "suggestionAcceptButton"
            text: root.meal ? qsTr("Make it a meal") : qsTr("Add")
            Accessible.name: root.meal ? qsTr("Make it a meal: %1").arg(root.suggestions.comboName)
                                       : qsTr("Add %1").arg(root.suggestions.itemName)
            iconName: "plus"
            implicitHeight: Theme.buttonHeightLarge
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: root.suggestions.accept()
        }
        KioskButton {
            objectName: "suggestionSkipButton"
            text: qsTr("No thanks")
            secondary: true
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: root.suggestions.skip()
        }
        Item {
            Layout.preferredHeight: 8
        }
    }
}
