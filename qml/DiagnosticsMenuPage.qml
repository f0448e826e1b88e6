pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Staff pause ("86") an item that ran out, for 1 hour, 4 hours or until the store's next
// business day, and resume it: every item of the menu, one category at a time. A paused item
// shows sold out to customers at once; the page says whether the pause also reaches the
// backend (and the other kiosks) or stays on this kiosk.
DiagnosticsSection {
    id: root

    readonly property MenuDiagnostics menu: root.diagnostics.menu

    function answer(done: bool, message: string): void {
        toast.show(done ? message : qsTr("Not done: %1").arg(root.menu.lastError));
    }

    onShown: root.menu.refresh()

    Text {
        objectName: "menuPauseScope"
        text: root.menu.sharedWithBackend
              ? qsTr("A paused item is sold out on every kiosk of the store until the time shown, or until you resume it.")
              : qsTr("A paused item is sold out on this kiosk until the time shown, or until you resume it.")
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        objectName: "menuCategoryTabs"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Repeater {
            model: root.menu.categoryIds

            delegate: KioskButton {
                id: tab

                required property string modelData
                required property int index
                readonly property bool current: root.menu.category === modelData

                objectName: "menuCategoryTab_" + modelData
                text: root.menu.categoryNames[index] ?? modelData
                secondary: !current
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                onClicked: root.menu.category = modelData
            }
        }
    }
    Flickable {
        id: flick

        objectName: "menuPauseFlick"
        clip: true
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            id: content

            width: flick.width
            spacing: Theme.spacing

            Repeater {
                objectName: "pausableItemList"
                model: root.menu.items

                delegate: MenuPauseDelegate {
                    id: itemRow

                    sharedWithBackend: root.menu.sharedWithBackend
                    Layout.fillWidth: true
                    onPauseRequested: (itemId, choice) => {
                        const choices = [MenuDiagnostics.OneHour, MenuDiagnostics.FourHours,
                                         MenuDiagnostics.UntilNextBusinessDay];
                        root.answer(root.menu.pause(itemId, choices[choice]), qsTr("Paused: %1").arg(itemRow.name));
                    }
                    onResumeRequested: itemId => root.answer(root.menu.resume(itemId), qsTr("Back on sale: %1").arg(itemRow.name))
                }
            }
        }
    }
    Toast {
        id: toast

        // Over the page, not in its column: the answer shows wherever the list is scrolled.
        parent: root
        objectName: "menuPauseToast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        maximumWidth: root.width - 2 * Theme.margin
    }
}
