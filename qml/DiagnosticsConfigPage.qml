import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The config in force, the last rejected change and why, and "reload now".
DiagnosticsSection {
    id: root

    required property LiveConfig liveConfig

    // Empty for a time that never happened (an invalid date). No at.getTime() here: it
    // crashes qmllint 6.4 on a `date` parameter.
    function timeText(at: date): string {
        return Qt.formatDateTime(at, "yyyy-MM-dd HH:mm:ss");
    }

    DiagnosticsField {
        objectName: "configVersionField"
        label: qsTr("Version in force")
        value: root.liveConfig.version
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "configAppliedAtField"
        label: qsTr("Applied at")
        value: root.timeText(root.liveConfig.loadedAt)
        Layout.fillWidth: true
    }
    DiagnosticsField {
        label: qsTr("Change waiting")
        value: root.liveConfig.reloadPending ? qsTr("Yes, after the current order") : qsTr("No")
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "configRejectionField"
        label: qsTr("Last rejected change")
        value: root.liveConfig.lastRejection === "" ? qsTr("None")
               : qsTr("%1 at %2").arg(root.liveConfig.lastRejection)
                                  .arg(root.timeText(root.liveConfig.lastRejectedAt))
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "menuProblemsField"
        label: qsTr("Menu objects not mapped")
        value: root.diagnostics.menuProblemsText === "" ? qsTr("None") : root.diagnostics.menuProblemsText
        Layout.fillWidth: true
    }
    DiagnosticsField {
        label: qsTr("Database recovery")
        value: root.diagnostics.storageRecoveryNote === "" ? qsTr("None needed") : root.diagnostics.storageRecoveryNote
        Layout.fillWidth: true
    }
    KioskButton {
        objectName: "reloadConfigButton"
        text: qsTr("Reload config now")
        onClicked: root.diagnostics.reloadConfig()
    }
    Item {
        Layout.fillHeight: true
    }
}
