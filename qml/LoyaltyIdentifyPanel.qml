pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// Signing in: by phone or member number on the keypad, or by scanning the card (the page
// collects what the scanner types). Also the answers that are not a single member: looking,
// not found, several members on one phone, unavailable.
Item {
    id: root

    enum Mode { Phone, MemberNumber, Scan }

    required property LoyaltyController loyalty
    property int mode: LoyaltyIdentifyPanel.Phone
    readonly property bool showingAnswer: loyalty.state === LoyaltyController.Looking
                                          || loyalty.state === LoyaltyController.NotFound
                                          || loyalty.state === LoyaltyController.ChooseMember
                                          || loyalty.state === LoyaltyController.Unavailable

    signal guestChosen()
    signal joinChosen()

    function find(): void {
        if (mode === LoyaltyIdentifyPanel.Phone)
            loyalty.lookupPhone(keypad.digits);
        else
            loyalty.lookupMemberNumber(keypad.digits);
    }
    function chooseMode(next: int): void {
        mode = next;
        keypad.digits = "";
    }
    function tryAgain(): void {
        keypad.digits = "";
        loyalty.signOut();
    }

    objectName: "identifyPanel"

    component ModeButton: AbstractButton {
        id: modeButton


        focusPolicy: Qt.NoFocus
        implicitHeight: 80
        Layout.fillWidth: true
        Accessible.role: Accessible.PageTab
        Accessible.name: text

        contentItem: Text {
            text: modeButton.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: modeButton.checked ? Theme.textOnBrand : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: height / 2
            color: modeButton.checked ? Theme.primaryColor : Theme.surface
            border.color: modeButton.checked ? Theme.primaryColor : Theme.divider
            border.width: 2
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ReadableText {
            text: qsTr("Sign in for rewards")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // How to sign in: hidden while an answer is showing.
        RowLayout {
            visible: !root.showingAnswer
            spacing: Theme.spacing
            Layout.fillWidth: true

            ModeButton {
                objectName: "mode_phone"
                text: qsTr("Phone")
                checked: root.mode === LoyaltyIdentifyPanel.Phone
                onClicked: root.chooseMode(LoyaltyIdentifyPanel.Phone)
            }
            ModeButton {
                objectName: "mode_member"
                visible: !root.loyalty.phoneOnly
                text: qsTr("Member number")
                checked: root.mode === LoyaltyIdentifyPanel.MemberNumber
                onClicked: root.chooseMode(LoyaltyIdentifyPanel.MemberNumber)
            }
            ModeButton {
                objectName: "mode_scan"
                visible: !root.loyalty.phoneOnly
                text: qsTr("Scan card")
                checked: root.mode === LoyaltyIdentifyPanel.Scan
                onClicked: root.chooseMode(LoyaltyIdentifyPanel.Scan)
            }
        }
        ColumnLayout {
            visible: !root.showingAnswer && root.mode !== LoyaltyIdentifyPanel.Scan
            spacing: Theme.margin
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: 640

            Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: Theme.divider
                border.width: 2
                implicitHeight: 112
                Layout.fillWidth: true

                Text {
                    objectName: "enteredText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: keypad.digits === "" ? (root.mode === LoyaltyIdentifyPanel.Phone ? qsTr("Your phone number")
                                                                                            : qsTr("Your member number"))
                                               : root.mode === LoyaltyIdentifyPanel.Phone ? root.loyalty.formatPhone(keypad.digits)
                                                                                          : keypad.digits
                    font.pixelSize: keypad.digits === "" ? Theme.fontLarge : Theme.fontHeadline
                    font.bold: keypad.digits !== ""
                    color: keypad.digits === "" ? Theme.textMuted : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            LoyaltyKeypad {
                id: keypad

                objectName: "keypad"
                maxDigits: root.mode === LoyaltyIdentifyPanel.Phone ? root.loyalty.phoneMaxDigits
                                                                : root.loyalty.memberNumberMaxDigits
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "findButton"
                text: qsTr("Find me")
                iconName: "forward"
                enabled: keypad.digits !== ""
                focusPolicy: Qt.NoFocus
                Layout.fillWidth: true
                onClicked: root.find()
            }
        }
        ReadableText {
            objectName: "scanPrompt"
            visible: !root.showingAnswer && root.mode === LoyaltyIdentifyPanel.Scan
            text: qsTr("Hold the code on your rewards card or app under the scanner.")
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
        }
        LoyaltyAnswerPanel {
            visible: root.showingAnswer
            loyalty: root.loyalty
            Layout.fillWidth: true
            onTryAgainClicked: root.tryAgain()
            onGuestClicked: root.guestChosen()
            onJoinClicked: root.joinChosen()
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
