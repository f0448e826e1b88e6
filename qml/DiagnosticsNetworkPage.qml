import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Runs the backend's health request now (on the sync thread) and shows how it went.
DiagnosticsSection {
    id: root

    DiagnosticsField {
        objectName: "networkBackendField"
        label: qsTr("Backend")
        value: root.diagnostics.backendUrl
        Layout.fillWidth: true
    }
    RowLayout {
        objectName: "networkTlsOff"
        visible: !root.diagnostics.backendTlsVerify
        spacing: Theme.spacing
        Layout.fillWidth: true

        DiagnosticsStatusBadge {
            status: HealthCheckListModel.Warn
        }
        Text {
            text: qsTr("Certificate checks are off: lab use only, never in a store.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    KioskButton {
        objectName: "networkTestButton"
        text: root.diagnostics.networkTestRunning ? qsTr("Testing…") : qsTr("Test the connection now")
        enabled: !root.diagnostics.networkTestRunning
        onClicked: root.diagnostics.runNetworkTest()
    }
    ColumnLayout {
        objectName: "networkTestResult"
        visible: root.diagnostics.networkTestDone
        spacing: Theme.spacing
        Layout.fillWidth: true

        RowLayout {
            spacing: Theme.spacing

            DiagnosticsStatusBadge {
                objectName: "networkTestStatus"
                status: root.diagnostics.networkTestError === "" ? HealthCheckListModel.Pass : HealthCheckListModel.Fail
            }
            Text {
                text: root.diagnostics.networkTestError === "" ? qsTr("The backend answered.")
                                                                : qsTr("The backend did not answer well.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
        DiagnosticsField {
            objectName: "networkHttpStatus"
            label: qsTr("HTTP status")
            value: root.diagnostics.networkTestStatus > 0 ? String(root.diagnostics.networkTestStatus)
                                                          : qsTr("no response")
            Layout.fillWidth: true
        }
        DiagnosticsField {
            objectName: "networkLatency"
            label: qsTr("Time taken")
            value: qsTr("%1 ms").arg(root.diagnostics.networkTestLatencyMs)
            Layout.fillWidth: true
        }
        DiagnosticsField {
            objectName: "networkError"
            label: qsTr("Error")
            value: root.diagnostics.networkTestError
            Layout.fillWidth: true
        }
        DiagnosticsField {
            objectName: "networkTestedAt"
            label: qsTr("Tested at")
            value: root.diagnostics.networkTestTimeText
            Layout.fillWidth: true
        }
    }
    Item {
        Layout.fillHeight: true
    }
}
