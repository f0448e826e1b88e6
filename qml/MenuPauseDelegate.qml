import QtQuick
import QtQuick.Layouts

// One item on the diagnostics Menu page (PausableItemListModel): its name, on sale or paused
// until when (on the store's clock), and Pause for 1 hour, 4 hours or until the next
// business day, or Resume.
Rectangle {
    id: root

    required property string itemId
    required property string name
    required property bool paused
    required property string untilTime
    required property int untilDay
    required property string untilDate
    required property bool soldOut
    // A pause reaches the backend: Resume also ends one there (another kiosk's).
    property bool sharedWithBackend: false
    readonly property string stateText: {
        if (root.soldOut)
            return qsTr("Sold out in the menu");
        if (!root.paused)
            return qsTr("On sale");
        switch (root.untilDay) {
        case 0: return qsTr("Paused until %1").arg(root.untilTime);
        case 1: return qsTr("Paused until tomorrow %1").arg(root.untilTime);
        default: return qsTr("Paused until %1 %2").arg(root.untilDate).arg(root.untilTime);
        }
    }

    // 0 one hour, 1 four hours, 2 until the next business day (MenuDiagnostics.Choice).
    signal pauseRequested(itemId: string, choice: int)
    signal resumeRequested(itemId: string)

    objectName: "pausableItem_" + itemId
    implicitHeight: Math.max(Theme.touchMin, layout.implicitHeight + 2 * Theme.spacing)
    radius: Theme.radiusSmall
    color: root.paused || root.soldOut ? Theme.dangerSurface : Theme.surface
    border.color: root.paused || root.soldOut ? Theme.danger : "transparent"
    border.width: 2
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2").arg(root.name).arg(root.stateText)

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The state under the name, not beside it: a long name keeps whole words.
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true

            Text {
                objectName: "pausableItemName"
                text: root.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                objectName: "pausableItemState"
                text: root.stateText
                font.pixelSize: Theme.fontBody
                font.bold: root.paused || root.soldOut
                color: root.paused || root.soldOut ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            KioskButton {
                objectName: "pauseHourButton_" + root.itemId
                text: qsTr("1 hour")
                secondary: true
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Pause %1 for 1 hour").arg(root.name)
                onClicked: root.pauseRequested(root.itemId, 0)
            }
            KioskButton {
                objectName: "pauseFourHoursButton_" + root.itemId
                text: qsTr("4 hours")
                secondary: true
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Pause %1 for 4 hours").arg(root.name)
                onClicked: root.pauseRequested(root.itemId, 1)
            }
            KioskButton {
                objectName: "pauseDayButton_" + root.itemId
                text: qsTr("Until tomorrow")
                secondary: true
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Pause %1 until the next business day").arg(root.name)
                onClicked: root.pauseRequested(root.itemId, 2)
            }
            KioskButton {
                objectName: "resumeButton_" + root.itemId
                visible: root.paused || (root.soldOut && root.sharedWithBackend)
                text: qsTr("Resume")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Put %1 back on sale").arg(root.name)
                onClicked: root.resumeRequested(root.itemId)
            }
        }
    }
}
