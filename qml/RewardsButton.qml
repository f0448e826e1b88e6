import QtQuick
import Kiosk.Models

// "Rewards" in the header of every ordering page: opens the loyalty page; once a member is
// signed in it greets them by first name instead.
HeaderButton {
    id: root

    required property LoyaltyController loyalty

    objectName: "rewardsButton"
    visible: loyalty.enabled
    iconName: "star"
    text: loyalty.signedIn ? loyalty.firstName : qsTr("Rewards")
    maximumLabelWidth: (stacked ? 160 : 220) * Theme.textScale
    Accessible.name: loyalty.signedIn ? qsTr("Rewards for %1").arg(loyalty.firstName)
                                      : qsTr("Rewards: sign in as a member")
}
