import QtQuick
import QtQuick.Layouts

// The config in force, the last rejected change and why, and "reload now".
DiagnosticsSection {
    id: root

    // Empty for a time that never happened (an invalid date). No at.getTime() here: it
    // crashes qmllint 6.4 on a `date` parameter.
    function timeText(at: date): string {
        return Qt.formatDateTime(at, "yyyy-MM-dd HH:mm:ss");
    }

    DiagnosticsField {
        objectName: "configVersionField"
        label: qsTr("Version in force")
        value: root.session.configVersion
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "configAppliedAtField"
        label: qsTr("Applied at")
        value: root.timeText(root.session.configLoadedAt)
        Layout.fillWidth: true
    }
    DiagnosticsField {
        label: qsTr("Change waiting")
        value: root.session.configReloadPending ? qsTr("Yes, after the current order") : qsTr("No")
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "configRejectionField"
        label: qsTr("Last rejected change")
        value: root.session.lastConfigRejection === "" ? qsTr("None")
               : qsTr("%1 at %2").arg(root.session.lastConfigRejection)
                                  .arg(root.timeText(root.session.lastConfigRejectedAt))
        Layout.fillWidth: true
    }
    DiagnosticsField {
        label: qsTr("Database recovery")
        value: root.session.storageRecoveryNote === "" ? qsTr("None needed") : root.session.storageRecoveryNote
        Layout.fillWidth: true
    }
    KioskButton {
        objectName: "reloadConfigButton"
        text: qsTr("Reload config now")
        brandColor: root.session.primaryColor
        onClicked: root.diagnostics.reloadConfig()
    }
    Item {
        Layout.fillHeight: true
    }
}
