import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// In the cart: the points this order will earn for the signed-in member, or an invitation to
// sign in; either way a way to the rewards page.
Rectangle {
    id: root

    required property LoyaltyController loyalty

    signal rewardsRequested()

    objectName: "loyaltyCartBanner"
    radius: Theme.radiusSmall
    color: Theme.surfaceMuted
    implicitHeight: row.implicitHeight + 2 * Theme.spacing

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.margin
        spacing: Theme.spacing

        IconImage {
            iconName: "star"
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
        }
        ReadableText {
            objectName: "pointsEstimateText"
            text: root.loyalty.signedIn
                  ? qsTr("%1, you'll earn about %2 points with this order.").arg(root.loyalty.firstName)
                    .arg(root.loyalty.pointsEstimate)
                  : qsTr("Are you a member? Sign in to earn points on this order.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "cartRewardsButton"
            text: root.loyalty.signedIn ? qsTr("My rewards") : qsTr("Sign in")
            iconName: "star"
            secondary: true
            implicitHeight: 72
            onClicked: root.rewardsRequested()
        }
    }
}
