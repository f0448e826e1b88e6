pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The staff diagnostics shell: a side navigation and one page at a time. A page is one
// line in `pages` below (a DiagnosticsSection); the navigation follows by itself.
Page {
    id: root

    required property DiagnosticsController diagnostics
    required property LiveConfig liveConfig
    required property FeedbackController feedback
    required property AssistController assist
    required property SuggestionController suggestions

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
                    brandColor: Theme.accentColor
                    Layout.fillWidth: true
                    onClicked: root.diagnostics.exit()
                }
            }
        }
        StackLayout {
            id: pages

            Layout.fillWidth: true
            Layout.fillHeight: true

            // One line per page.
            DiagnosticsHealthPage { diagnostics: root.diagnostics; sectionName: "health"; title: qsTr("Health") }
            DiagnosticsOutboxPage { diagnostics: root.diagnostics; sectionName: "outbox"; title: qsTr("Outbox") }
            DiagnosticsPaymentsPage { diagnostics: root.diagnostics; sectionName: "payments"; title: qsTr("Payments") }
            DiagnosticsPrinterPage { diagnostics: root.diagnostics; sectionName: "printer"; title: qsTr("Printer") }
            DiagnosticsMenuPage { diagnostics: root.diagnostics; sectionName: "menu"; title: qsTr("Menu") }
            DiagnosticsErrorsPage { diagnostics: root.diagnostics; sectionName: "errors"; title: qsTr("Recent errors") }
            DiagnosticsNetworkPage { diagnostics: root.diagnostics; sectionName: "network"; title: qsTr("Network") }
            DiagnosticsConfigPage {
                diagnostics: root.diagnostics
                liveConfig: root.liveConfig
                sectionName: "config"
                title: qsTr("Config")
            }
            DiagnosticsDevicePage { diagnostics: root.diagnostics; sectionName: "device"; title: qsTr("Device") }
            DiagnosticsCustomersPage {
                diagnostics: root.diagnostics
                feedback: root.feedback
                assist: root.assist
                sectionName: "customers"
                title: qsTr("Customers")
            }
            DiagnosticsSuggestionsPage {
                diagnostics: root.diagnostics
                suggestions: root.suggestions
                sectionName: "suggestions"
                title: qsTr("Suggestions")
            }
        }
    }
}
