import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// "Are you still there?" over the whole screen while the idle monitor warns. Only the
// answer counts: the scrim swallows every other tap.
Rectangle {
    id: root

    required property IdleMonitor idle

    // "Cancel order and start over": ending the visit is the app's to do.
    signal startOverRequested()

    objectName: "idleWarning"
    visible: idle.warning
    color: Theme.scrim
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Are you still there?")

    MouseArea {
        anchors.fill: parent
        // Swallows taps outside the card.
    }
    CardBackground {
        anchors.fill: card
        elevation: 8
    }
    ColumnLayout {
        id: card

        anchors.centerIn: parent
        // The lowered layout (accessibility mode): in the bottom half.
        anchors.verticalCenterOffset: Theme.lowerScreen ? Math.max(0, (parent.height - height) / 2 - Theme.margin) : 0
        width: Math.min(parent.width - 2 * Theme.margin, 820)
        spacing: Theme.margin

        Item {
            Layout.preferredHeight: 8
        }
        Rectangle {
            implicitWidth: 200
            implicitHeight: 200
            radius: 100
            color: Qt.rgba(Theme.accentColor.r, Theme.accentColor.g, Theme.accentColor.b, 0.25)
            border.color: Theme.accentColor
            border.width: 8
            Layout.alignment: Qt.AlignHCenter

            Text {
                objectName: "secondsLeftText"
                anchors.centerIn: parent
                text: root.idle.secondsLeft
                font.pixelSize: 96
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Seconds left: %1").arg(root.idle.secondsLeft)
            }
        }
        ReadableText {
            text: qsTr("Are you still there?")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        ReadableText {
            text: qsTr("When the countdown ends, your order will be cancelled.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        KioskButton {
            objectName: "moreTimeButton"
            text: qsTr("I need more time")
            implicitHeight: Theme.buttonHeightLarge
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: root.idle.stillHere()
        }
        KioskButton {
            objectName: "startOverButton"
            text: qsTr("Cancel order and start over")
            secondary: true
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            onClicked: root.startOverRequested()
        }
        Item {
            Layout.preferredHeight: 8
        }
    }
}
