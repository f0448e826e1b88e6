pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The signed-in member: greeting, balance, tier, progress, rewards to redeem and "your usual".
// Every number and rule comes from the loyalty controller.
Flickable {
    id: root

    required property LoyaltyController loyalty

    // The customer must choose options for a usual item: the page opens the item.
    signal openItemRequested(string itemId)
    signal usualAdded(string name)

    // "1 point", "40 points" (English has no plural forms file: one string per form).
    function pointsText(count: int): string {
        return count === 1 ? qsTr("1 point") : qsTr("%1 points").arg(count);
    }
    function redeemErrorText(error: LoyaltyController.RedeemError): string {
        switch (error) {
        case LoyaltyController.NotEnoughPoints:
            return qsTr("You don't have enough points for that reward.");
        case LoyaltyController.ItemNotInCart:
            return qsTr("Add the item to your order first, then redeem the reward.");
        case LoyaltyController.OfflineCapReached:
            return qsTr("We're offline, so only a small reward can be used on this order.");
        case LoyaltyController.AlreadyRedeemed:
            return qsTr("That reward is already in your order.");
        case LoyaltyController.NotAllowed:
            return qsTr("That reward can't be used right now.");
        default:
            return "";
        }
    }

    objectName: "memberPanel"
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column

        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.spacing

        ReadableText {
            objectName: "greetingText"
            text: root.loyalty.justJoined ? (root.loyalty.firstName !== "" ? qsTr("Welcome, %1! You're a member").arg(root.loyalty.firstName)
                                                                            : qsTr("Welcome! You're a member"))
                                          : root.loyalty.firstName !== "" ? qsTr("Hi %1!").arg(root.loyalty.firstName) : qsTr("Hi!")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ReadableText {
            objectName: "joinedText"
            // The welcome gift comes with the backend's answer: once it is listed, the note
            // stops promising it.
            readonly property bool giftListed: root.loyalty.rewards.count > 0
            visible: root.loyalty.justJoined && (root.loyalty.pointsEstimate > 0 || !giftListed)
            text: root.loyalty.pointsEstimate > 0
                  ? (giftListed ? qsTr("This order earns you about %1.").arg(root.pointsText(root.loyalty.pointsEstimate))
                                : qsTr("This order earns you about %1. Your welcome gift shows here as soon as we have it.").arg(root.pointsText(root.loyalty.pointsEstimate)))
                  : qsTr("Your welcome gift shows here as soon as we have it.")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ReadableText {
            objectName: "birthdayText"
            visible: root.loyalty.birthdayToday
            text: qsTr("Happy birthday! A treat is waiting for you in your rewards.")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primaryColor
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "offlineNote"
            visible: root.loyalty.fromCache
            radius: Theme.radiusSmall
            color: Theme.surfaceMuted
            implicitHeight: offlineText.implicitHeight + 2 * Theme.spacing
            Layout.fillWidth: true

            ReadableText {
                id: offlineText

                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: qsTr("We're offline: these are your points as we last saw them.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        CardBackground {
            implicitHeight: standing.implicitHeight + 2 * Theme.margin
            Layout.fillWidth: true

            ColumnLayout {
                id: standing

                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing

                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    ReadableText {
                        objectName: "pointsText"
                        text: root.pointsText(root.loyalty.points)
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Rectangle {
                        visible: root.loyalty.tier !== ""
                        implicitWidth: tierText.implicitWidth + 40
                        implicitHeight: 56
                        radius: 28
                        color: Theme.accentColor

                        ReadableText {
                            id: tierText

                            objectName: "tierText"
                            anchors.centerIn: parent
                            text: qsTr("%1 member").arg(root.loyalty.tier)
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.text
                        }
                    }
                }
                LoyaltyProgress {
                    objectName: "nextRewardProgress"
                    visible: root.loyalty.nextRewardName !== ""
                    label: qsTr("%1 to go for %2").arg(root.pointsText(root.loyalty.nextRewardPointsNeeded))
                           .arg(root.loyalty.nextRewardName)
                    progress: root.loyalty.nextRewardProgress
                    barColor: Theme.primaryColor
                    Layout.fillWidth: true
                }
                LoyaltyProgress {
                    objectName: "nextTierProgress"
                    visible: root.loyalty.nextTierName !== ""
                    label: qsTr("%1 to go for %2 status").arg(root.pointsText(root.loyalty.nextTierPointsNeeded))
                           .arg(root.loyalty.nextTierName)
                    progress: root.loyalty.nextTierProgress
                    barColor: Theme.accentColor
                    Layout.fillWidth: true
                }
            }
        }
        Rectangle {
            objectName: "redeemError"
            visible: redeemErrorLabel.text !== ""
            radius: Theme.radiusSmall
            color: Theme.dangerSurface
            implicitHeight: redeemErrorLabel.implicitHeight + 2 * Theme.spacing
            Layout.fillWidth: true

            ReadableText {
                id: redeemErrorLabel

                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: root.loyalty.droppedRewardName !== ""
                      ? qsTr("%1 was taken off: its item is no longer in your order.").arg(root.loyalty.droppedRewardName)
                      : root.redeemErrorText(root.loyalty.lastRedeemError)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
        ReadableText {
            visible: root.loyalty.rewards.count > 0
            text: qsTr("Your rewards")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
        Repeater {
            model: root.loyalty.rewards

            LoyaltyRewardDelegate {
                id: reward

                Layout.fillWidth: true
                onRedeemClicked: root.loyalty.redeem(reward.rewardId)
                onRemoveClicked: root.loyalty.unredeem(reward.rewardId)
            }
        }
        ReadableText {
            objectName: "discountText"
            visible: root.loyalty.discountText !== ""
            text: qsTr("Rewards discount: %1").arg(root.loyalty.discountText)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primaryColor
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ReadableText {
            visible: root.loyalty.usualItems.count > 0
            text: qsTr("Your usual")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
        Repeater {
            model: root.loyalty.usualItems

            LoyaltyUsualDelegate {
                id: usual

                Layout.fillWidth: true
                onAddClicked: {
                    if (root.loyalty.addUsual(usual.itemId))
                        root.usualAdded(usual.name);
                    else
                        root.openItemRequested(usual.itemId);
                }
            }
        }
    }
}
