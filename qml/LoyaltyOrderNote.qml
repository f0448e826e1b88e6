import QtQuick
import Kiosk.Models

// On the confirmation page, for a signed-in member: the points the backend says this order
// earned (it may answer after the number shows: the estimate until then), or that it refused
// the order's rewards.
ReadableText {
    id: root

    required property LoyaltyController loyalty

    objectName: "loyaltyOrderNote"
    visible: loyalty.signedIn
    text: loyalty.redemptionRefused
          ? qsTr("Your reward could not be used: your points changed meanwhile. Please tell the staff at the counter.")
          : loyalty.lastPointsEarned >= 0
            ? (loyalty.lastPointsEarned === 1 ? qsTr("%1, you earned 1 point!").arg(loyalty.firstName)
                                              : qsTr("%1, you earned %2 points!").arg(loyalty.firstName)
                                                .arg(loyalty.lastPointsEarned))
            : qsTr("%1, you'll earn about %2 points with this order.").arg(loyalty.firstName)
              .arg(loyalty.lastOrderPointsEstimate)
    font.pixelSize: Theme.fontLarge
    font.bold: true
    color: Theme.textOnBrand
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
}
