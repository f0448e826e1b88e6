import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// "Rewards" in the header of every ordering page: opens the loyalty page; once a member is
// signed in it greets them by first name instead.
AbstractButton {
    id: root

    required property KioskSession session
    readonly property LoyaltyController loyalty: session.loyalty
    // Narrow headers: a smaller button (the accessible name still says what it is).
    property bool compact: false
    // The narrowest headers: the star alone.
    property bool iconOnly: false

    objectName: "rewardsButton"
    visible: loyalty.enabled
    implicitHeight: 80
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: 16
    rightPadding: compact ? 16 : 24
    Accessible.role: Accessible.Button
    Accessible.name: loyalty.signedIn ? qsTr("Rewards for %1").arg(loyalty.firstName)
                                      : qsTr("Rewards: sign in as a member")

    // Wide headers: the star beside the label; compact ones: a small label under the star.
    contentItem: GridLayout {
        columns: root.compact ? 1 : 2
        rowSpacing: 0
        columnSpacing: 10

        IconImage {
            iconName: "star"
            light: true
            Layout.preferredWidth: root.compact && !root.iconOnly ? 32 : 48
            Layout.preferredHeight: root.compact && !root.iconOnly ? 32 : 48
            Layout.alignment: Qt.AlignCenter
        }
        Text {
            objectName: "rewardsButtonText"
            visible: !root.iconOnly
            text: root.loyalty.signedIn ? root.loyalty.firstName : qsTr("Rewards")
            font.pixelSize: root.compact ? Theme.fontSmall - 6 : Theme.fontBody
            font.bold: true
            color: Theme.textOnBrand
            elide: Text.ElideRight
            Layout.maximumWidth: (root.compact ? 160 : 220) * Theme.textScale
            Layout.alignment: Qt.AlignCenter
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.down ? Qt.rgba(0, 0, 0, 0.12) : "transparent"
        border.color: Qt.rgba(1, 1, 1, 0.7)
        border.width: 2
    }
}
