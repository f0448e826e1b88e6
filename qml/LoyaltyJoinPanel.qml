pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// Joining the rewards program after the phone number was not found: the number, an optional
// first name on the on-screen keyboard, the program's terms to accept, and the points this
// order earns. The name is kept here only until the panel closes.
Item {
    id: root

    required property LoyaltyController loyalty
    required property AccessibilityController accessibility
    property string firstName: ""
    property bool termsAccepted: false
    property bool typingName: false
    readonly property bool joining: loyalty.state === LoyaltyController.Joining

    signal closeRequested()

    function clear(): void {
        firstName = "";
        termsAccepted = false;
        typingName = false;
    }
    function join(): void {
        if (loyalty.join(firstName, termsAccepted))
            typingName = false;
    }

    objectName: "joinPanel"

    Flickable {
        id: scroller

        objectName: "joinScroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.visible ? keyboard.top : parent.bottom
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: scroller.width - 2 * Theme.margin
            spacing: Theme.margin

            ReadableText {
                objectName: "joinTitle"
                text: qsTr("Join rewards")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                objectName: "joinPhoneText"
                text: qsTr("Phone number: %1").arg(root.loyalty.joinPhoneText)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AbstractButton {
                id: nameField

                objectName: "firstNameField"
                implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + 2 * Theme.spacing)
                Layout.fillWidth: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("First name (optional): %1").arg(root.firstName)
                onClicked: root.typingName = true

                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    border.color: root.typingName ? Theme.primaryColor : Theme.divider
                    border.width: 2
                }
                contentItem: Text {
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: root.firstName === "" ? qsTr("First name (optional)") : root.firstName
                    font.pixelSize: Theme.fontLarge
                    color: root.firstName === "" ? Theme.textMuted : Theme.text
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
            }
            AbstractButton {
                id: consent

                objectName: "termsToggle"
                checkable: true
                checked: root.termsAccepted
                implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + 2 * Theme.spacing)
                Layout.fillWidth: true
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: checked
                Accessible.name: qsTr("I agree to the rewards terms: %1").arg(root.loyalty.joinTerms)
                onToggled: root.termsAccepted = checked

                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceMuted
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing

                    Rectangle {
                        objectName: "termsBox"
                        implicitWidth: Theme.touchMin
                        implicitHeight: Theme.touchMin
                        radius: 8
                        color: consent.checked ? Theme.primaryColor : Theme.surface
                        border.color: consent.checked ? Theme.primaryColor : Theme.text
                        border.width: 3
                        Layout.alignment: Qt.AlignTop
                        Layout.margins: Theme.spacing

                        Text {
                            anchors.centerIn: parent
                            visible: consent.checked
                            text: "\u2713"
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.textOnBrand
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        Layout.margins: Theme.spacing

                        ReadableText {
                            text: qsTr("I agree to the rewards terms")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        ReadableText {
                            objectName: "termsText"
                            text: root.loyalty.joinTerms
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            ReadableText {
                objectName: "joinFailedText"
                visible: root.loyalty.joinFailed
                text: qsTr("We couldn't sign you up just now. Please try again.")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "joinButton"
                text: root.joining ? qsTr("Joining…")
                                   : root.loyalty.joinPointsEstimate > 0
                                     ? qsTr("Join and earn %1 points on this order").arg(root.loyalty.joinPointsEstimate)
                                     : qsTr("Join rewards")
                iconName: "forward"
                enabled: root.termsAccepted && !root.joining
                Layout.fillWidth: true
                onClicked: root.join()
            }
            KioskButton {
                objectName: "joinCancelButton"
                text: qsTr("Not now")
                iconName: "back"
                secondary: true
                enabled: !root.joining
                Layout.fillWidth: true
                onClicked: {
                    root.clear();
                    root.closeRequested();
                }
            }
        }
    }
    FeedbackKeyboard {
        id: keyboard

        objectName: "nameKeyboard"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.typingName
        text: root.firstName
        maxLength: root.loyalty.firstNameMaxLength
        placeholder: qsTr("First name (optional)")
        fieldName: qsTr("First name: %1")
        onTyped: key => {
            if (root.firstName.length < root.loyalty.firstNameMaxLength)
                root.firstName += key;
        }
        onErased: root.firstName = root.firstName.slice(0, -1)
        onDone: root.typingName = false
    }
    Connections {
        target: root.loyalty

        function onChanged(): void {
            // Signed in (or out): the name typed here is the controller's now, or nobody's.
            if (root.loyalty.state === LoyaltyController.Found || root.loyalty.state === LoyaltyController.SignedOut)
                root.clear();
        }
    }
}
