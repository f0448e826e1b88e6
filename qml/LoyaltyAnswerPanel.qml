pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// A lookup's answer other than one member: still looking, nobody found, several members on
// one phone (choose by masked name) or loyalty unavailable (offline, not seen recently).
ColumnLayout {
    id: root

    required property LoyaltyController loyalty
    readonly property int lookupState: loyalty.state

    signal tryAgainClicked()
    signal guestClicked()
    signal joinClicked()

    objectName: "answerPanel"
    spacing: Theme.margin

    BusyIndicator {
        objectName: "lookingIndicator"
        visible: root.lookupState === LoyaltyController.Looking
        running: visible
        implicitWidth: 128
        implicitHeight: 128
        Layout.alignment: Qt.AlignHCenter
        Accessible.role: Accessible.Animation
        Accessible.name: qsTr("Looking you up")
    }
    ReadableText {
        objectName: "answerText"
        text: {
            switch (root.lookupState) {
            case LoyaltyController.Looking:
                return qsTr("Looking you up…");
            case LoyaltyController.NotFound:
                return root.loyalty.lastInputInvalid
                        ? qsTr("That number doesn't look right. Please check it and try again.")
                        : qsTr("We couldn't find that member.");
            case LoyaltyController.ChooseMember:
                return qsTr("Several members share this number. Who is ordering?");
            case LoyaltyController.Unavailable:
                return qsTr("Rewards are not available right now. You can still order as a guest.");
            default:
                return "";
            }
        }
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: root.lookupState === LoyaltyController.NotFound || root.lookupState === LoyaltyController.Unavailable
               ? Theme.danger : Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: root.lookupState === LoyaltyController.ChooseMember ? root.loyalty.candidates : null

        KioskButton {
            id: candidate

            required property int index
            required property string maskedName
            required property string tier

            objectName: "candidate_" + index
            text: tier !== "" ? qsTr("%1 · %2").arg(maskedName).arg(tier) : maskedName
            Accessible.name: qsTr("I am %1").arg(maskedName)
            secondary: true
            Layout.fillWidth: true
            onClicked: root.loyalty.chooseCandidate(index)
        }
    }
    // Nobody has this phone: join on the spot, where the store offers it.
    ReadableText {
        objectName: "joinInvitation"
        visible: joinButton.visible
        text: qsTr("New here? Join now and earn points on this order.")
        font.pixelSize: Theme.fontLarge
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    KioskButton {
        id: joinButton

        objectName: "joinRewardsButton"
        text: qsTr("Join rewards")
        iconName: "forward"
        visible: root.lookupState === LoyaltyController.NotFound && root.loyalty.canJoin
                 && root.loyalty.joinPhoneText !== ""
        Layout.fillWidth: true
        onClicked: root.joinClicked()
    }
    RowLayout {
        visible: root.lookupState !== LoyaltyController.Looking
        spacing: Theme.spacing
        Layout.fillWidth: true

        KioskButton {
            objectName: "tryAgainButton"
            text: qsTr("Try again")
            iconName: "back"
            visible: root.lookupState !== LoyaltyController.Unavailable
            secondary: true
            Layout.fillWidth: true
            onClicked: root.tryAgainClicked()
        }
        KioskButton {
            objectName: "guestButton"
            text: qsTr("Continue as guest")
            iconName: "forward"
            Layout.fillWidth: true
            onClicked: root.guestClicked()
        }
    }
}
