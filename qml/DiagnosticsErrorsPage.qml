pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The kiosk's recent warnings and criticals, newest first.
DiagnosticsSection {
    id: root

    onShown: root.diagnostics.refresh()

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        Text {
            text: qsTr("Recent warnings and errors: %1").arg(root.diagnostics.errors.count)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "refreshErrorsButton"
            text: qsTr("Refresh")
            secondary: true
            onClicked: root.diagnostics.refresh()
        }
    }
    ListView {
        objectName: "errorList"
        model: root.diagnostics.errors
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true

        delegate: Rectangle {
            id: errorRow

            required property string timeText
            required property int level
            required property string category
            required property string message

            width: ListView.view.width
            implicitHeight: errorColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusSmall
            color: Theme.surface

            ColumnLayout {
                id: errorColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                RowLayout {
                    spacing: Theme.spacing

                    DiagnosticsStatusBadge {
                        status: errorRow.level === RecentErrorListModel.Warning ? HealthCheckListModel.Warn
                                                                                : HealthCheckListModel.Fail
                        label: errorRow.level === RecentErrorListModel.Warning ? qsTr("WARNING") : qsTr("ERROR")
                    }
                    Text {
                        text: errorRow.timeText + "  " + errorRow.category
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
                Text {
                    objectName: "errorMessage"
                    text: errorRow.message
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                    maximumLineCount: 6
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }
}
