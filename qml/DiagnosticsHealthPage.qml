pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Every health check with its status (colour and word), observed value and time.
DiagnosticsSection {
    id: root

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        Text {
            text: qsTr("Overall")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        DiagnosticsStatusBadge {
            objectName: "overallHealthStatus"
            status: root.diagnostics.healthStatus
        }
    }
    Text {
        visible: healthList.count === 0
        text: qsTr("No health checks yet.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    ListView {
        id: healthList

        objectName: "healthList"
        model: root.diagnostics.health
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true

        delegate: Rectangle {
            id: checkRow

            required property int index
            required property string key
            required property int status
            required property string valueText
            required property string timeText
            required property string output

            objectName: "healthCheck_" + key
            width: ListView.view.width
            implicitHeight: checkColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusSmall
            color: Theme.surface

            ColumnLayout {
                id: checkColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    DiagnosticsStatusBadge {
                        objectName: "checkStatus"
                        status: checkRow.status
                    }
                    Text {
                        text: checkRow.key
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        text: checkRow.timeText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
                Text {
                    objectName: "healthValue"
                    text: checkRow.valueText === "" ? qsTr("No value observed yet") : checkRow.valueText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Text {
                    visible: checkRow.output !== "" && checkRow.status !== HealthCheckListModel.Pass
                    text: checkRow.output
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
