import QtQuick
import Kiosk.Models

// On the confirmation page, for a signed-in member: the points the backend says this order
// earned (it may answer after the number shows: the estimate until then). A reward the backend
// refuses does not concern the customer, who keeps the discount: staff see it in diagnostics.
ReadableText {
    id: root

    required property LoyaltyController loyalty

    objectName: "loyaltyOrderNote"
    visible: loyalty.signedIn
    text: loyalty.lastPointsEarned >= 0
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
