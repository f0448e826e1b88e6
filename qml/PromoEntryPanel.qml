pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Entering a promo code: typed on the on-screen keyboard, or scanned (a scanner types into the
// field, which keeps the focus, and ends with Enter). Closes itself once the code applies;
// a refusal stays on screen, and is spoken in accessibility mode.
Rectangle {
    id: root

    required property PromoController promo
    required property AccessibilityController accessibility
    readonly property bool checking: promo.state === PromoController.Checking

    signal closeRequested()

    function apply(): void {
        if (field.text.trim() !== "" && !checking)
            promo.apply(field.text);
    }
    function open(): void {
        field.text = "";
        field.forceActiveFocus();
    }

    objectName: "promoEntryPanel"
    color: Theme.background

    Connections {
        target: root.promo

        function onAnswered(): void {
            if (!root.visible)
                return;
            if (root.promo.state === PromoController.Applied) {
                root.accessibility.announce(qsTr("Promo code %1 applied").arg(root.promo.code));
                root.closeRequested();
            } else {
                root.accessibility.announce(message.text);
            }
        }
    }
    // Lowered with large text, little is left above the keyboard: the field and buttons scroll.
    Flickable {
        id: scroller

        objectName: "promoEntryScroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.top
        contentHeight: column.implicitHeight + 2 * Theme.margin
        interactive: contentHeight > height + 1
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: scroller.width - 2 * Theme.margin
            spacing: Theme.margin

            ReadableText {
                text: qsTr("Enter your promo code")
                font.pixelSize: Theme.fontHeadline - 8
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                text: qsTr("Type it below, or scan it.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: field.activeFocus ? Theme.primaryColor : Theme.divider
                border.width: 2
                implicitHeight: Theme.buttonHeight
                Layout.fillWidth: true

                TextInput {
                    id: field

                    objectName: "promoField"
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    verticalAlignment: TextInput.AlignVCenter
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    color: Theme.text
                    maximumLength: root.promo.codeMaxLength
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Promo code: %1").arg(text)
                    // A scanner ends its code with Enter (or Return on the keypad).
                    Keys.onReturnPressed: root.apply()
                    Keys.onEnterPressed: root.apply()
                }
                Text {
                    anchors.fill: field
                    visible: field.text === ""
                    text: qsTr("Promo code")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.textMuted
                    verticalAlignment: Text.AlignVCenter
                }
            }
            PromoMessage {
                id: message

                promo: root.promo
                visible: text !== "" && root.promo.state === PromoController.Refused
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                KioskButton {
                    objectName: "promoCancelButton"
                    text: qsTr("Cancel")
                    iconName: "back"
                    secondary: true
                    Layout.fillWidth: true
                    onClicked: root.closeRequested()
                }
                KioskButton {
                    objectName: "promoApplyButton"
                    text: root.checking ? qsTr("Checking…") : qsTr("Apply code")
                    enabled: field.text.trim() !== "" && !root.checking
                    Layout.fillWidth: true
                    onClicked: root.apply()
                }
            }
        }
    }
    FeedbackKeyboard {
        id: keyboard

        objectName: "promoKeyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: field.text
        maxLength: root.promo.codeMaxLength
        lettersAndDigitsOnly: true
        placeholder: qsTr("Promo code")
        fieldName: qsTr("Promo code: %1")
        onTyped: key => {
            if (field.text.length < root.promo.codeMaxLength)
                field.text += key;
            field.forceActiveFocus(); // the scanner types into the field, whatever was tapped
        }
        onErased: {
            field.text = field.text.slice(0, -1);
            field.forceActiveFocus();
        }
        onDone: root.apply()
    }
}
