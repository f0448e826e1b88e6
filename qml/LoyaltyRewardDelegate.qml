import QtQuick
import QtQuick.Layouts

// One reward of the signed-in member: what it is worth, its cost in points, Redeem or Remove.
// Whether it can be redeemed is the controller's answer (affordable, redeemed).
CardBackground {
    id: root

    required property string rewardId
    required property string name
    required property int pointsCost
    required property string valueText
    required property bool affordable
    required property bool redeemed

    signal redeemClicked()
    signal removeClicked()

    objectName: "reward_" + rewardId
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    borderColor: redeemed ? Theme.primaryColor : "transparent"
    borderWidth: redeemed ? 4 : 0

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.margin
        spacing: Theme.spacing

        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true

            ReadableText {
                text: root.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                text: root.pointsCost === 0 ? qsTr("%1 · free").arg(root.valueText)
                      : root.pointsCost === 1 ? qsTr("%1 · 1 point").arg(root.valueText)
                      : qsTr("%1 · %2 points").arg(root.valueText).arg(root.pointsCost)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        KioskButton {
            objectName: "redeem_" + root.rewardId
            text: root.redeemed ? qsTr("Remove") : qsTr("Redeem")
            Accessible.name: root.redeemed ? qsTr("Remove %1 from your order").arg(root.name)
                                           : qsTr("Redeem %1").arg(root.name)
            iconName: root.redeemed ? "close" : "star"
            secondary: root.redeemed
            enabled: root.redeemed || root.affordable
            implicitHeight: 80
            onClicked: root.redeemed ? root.removeClicked() : root.redeemClicked()
        }
    }
}
