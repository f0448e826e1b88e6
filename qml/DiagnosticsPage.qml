pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The staff diagnostics shell: a side navigation and one page at a time. A page is one
// line in `pages` below (a DiagnosticsSection); the navigation follows by itself.
Page {
    id: root

    required property KioskSession session

    function show(index: int): void {
        pages.currentIndex = index;
        const page = pages.children[index] as DiagnosticsSection;
        if (page)
            page.shown();
    }

    objectName: "diagnosticsPage"
    title: qsTr("Staff diagnostics")
    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: show(0)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            color: Theme.text
            Layout.preferredWidth: 300
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                Text {
                    text: qsTr("Diagnostics")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.textOnBrand
                    Layout.bottomMargin: Theme.spacing
                }
                Repeater {
                    model: pages.children

                    Button {
                        id: navButton

                        required property DiagnosticsSection modelData
                        required property int index
                        readonly property bool current: pages.currentIndex === index

                        objectName: "diagnosticsNav_" + modelData.sectionName
                        text: modelData.title
                        implicitHeight: 80
                        font.pixelSize: Theme.fontBody
                        font.bold: current
                        Layout.fillWidth: true
                        Accessible.role: Accessible.PageTab
                        Accessible.name: text
                        onClicked: root.show(index)

                        contentItem: Text {
                            text: navButton.text
                            font: navButton.font
                            color: navButton.current ? Theme.text : Theme.textOnBrand
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: navButton.current ? Theme.surface : (navButton.down ? "#33FFFFFF" : "transparent")
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
                KioskButton {
                    objectName: "diagnosticsExitButton"
                    text: qsTr("Exit")
                    brandColor: root.session.accentColor
                    Layout.fillWidth: true
                    onClicked: root.session.diagnostics.exit()
                }
            }
        }
        StackLayout {
            id: pages

            Layout.fillWidth: true
            Layout.fillHeight: true

            // One line per page.
            DiagnosticsHealthPage { session: root.session; sectionName: "health"; title: qsTr("Health") }
            DiagnosticsOutboxPage { session: root.session; sectionName: "outbox"; title: qsTr("Outbox") }
            DiagnosticsErrorsPage { session: root.session; sectionName: "errors"; title: qsTr("Recent errors") }
            DiagnosticsNetworkPage { session: root.session; sectionName: "network"; title: qsTr("Network") }
            DiagnosticsConfigPage { session: root.session; sectionName: "config"; title: qsTr("Config") }
            DiagnosticsDevicePage { session: root.session; sectionName: "device"; title: qsTr("Device") }
            DiagnosticsCustomersPage { session: root.session; sectionName: "customers"; title: qsTr("Customers") }
        }
    }
}
