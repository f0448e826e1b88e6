import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The answer to "Call staff", over whatever page is showing: someone is on the way (or, if
// the call could not be saved, where to go instead). It closes on "OK" or by itself; the
// order underneath is untouched.
Rectangle {
    id: root

    required property AssistController assist
    readonly property bool failed: assist.outcome === AssistController.Failed

    objectName: "callStaffMessage"
    visible: assist.messageVisible
    color: Theme.scrim
    Accessible.role: Accessible.AlertMessage
    Accessible.name: titleText.text + " " + bodyText.text

    MouseArea {
        anchors.fill: parent
        // Swallows taps outside the card; the page underneath waits.
    }
    CardBackground {
        anchors.fill: card
        elevation: 8
    }
    ColumnLayout {
        id: card

        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 820)
        spacing: Theme.margin

        Item {
            Layout.preferredHeight: 8
        }
        Rectangle {
            implicitWidth: 160
            implicitHeight: 160
            radius: 80
            color: root.failed ? Theme.dangerSurface : Qt.rgba(Theme.accentColor.r, Theme.accentColor.g,
                                                                Theme.accentColor.b, 0.25)
            border.color: root.failed ? Theme.danger : Theme.accentColor
            border.width: 8
            Layout.alignment: Qt.AlignHCenter

            IconImage {
                anchors.centerIn: parent
                iconName: root.failed ? "close" : "check"
                width: 88
                height: 88
            }
        }
        Text {
            id: titleText

            objectName: "callStaffTitle"
            text: {
                switch (root.assist.outcome) {
                case AssistController.Repeated: return qsTr("Staff are already on the way");
                case AssistController.Failed: return qsTr("Please ask at the counter");
                default: return qsTr("Someone is on the way");
                }
            }
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        Text {
            id: bodyText

            objectName: "callStaffBody"
            text: root.failed
                  ? qsTr("This kiosk could not call a member of staff. Your order is safe; someone at the counter will help you.")
                  : qsTr("A member of staff will come to this kiosk shortly. Your order stays just as it is.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }
        KioskButton {
            objectName: "callStaffOkButton"
            text: qsTr("OK")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            onClicked: root.assist.dismiss()
        }
    }
}
