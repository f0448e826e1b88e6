import QtQuick
import QtQuick.Layouts

// Versions, uptime, free disk and memory of this kiosk.
DiagnosticsSection {
    id: root

    function megabytes(mib: int): string {
        return mib < 0 ? qsTr("unknown") : qsTr("%1 MiB").arg(mib);
    }

    onShown: root.diagnostics.refresh()

    DiagnosticsField {
        objectName: "kioskIdField"
        label: qsTr("Kiosk")
        value: root.diagnostics.kioskId
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "appVersionField"
        label: qsTr("App version")
        value: root.diagnostics.appVersion
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "qtVersionField"
        label: qsTr("Qt version")
        value: root.diagnostics.qtVersion
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "uptimeField"
        label: qsTr("Up for")
        value: qsTr("%1 h %2 min %3 s").arg(Math.floor(root.diagnostics.uptimeSeconds / 3600))
                   .arg(Math.floor(root.diagnostics.uptimeSeconds % 3600 / 60))
                   .arg(root.diagnostics.uptimeSeconds % 60)
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "diskFreeField"
        label: qsTr("Free disk (data)")
        value: root.megabytes(root.diagnostics.diskFreeMiB)
        Layout.fillWidth: true
    }
    DiagnosticsField {
        objectName: "memoryField"
        label: qsTr("Memory in use")
        value: root.megabytes(root.diagnostics.residentMiB)
        Layout.fillWidth: true
    }
    DiagnosticsField {
        label: qsTr("Data folder")
        value: root.diagnostics.dataDir
        Layout.fillWidth: true
    }
    KioskButton {
        objectName: "refreshDeviceButton"
        text: qsTr("Refresh")
        secondary: true
        onClicked: root.diagnostics.refresh()
    }
    Item {
        Layout.fillHeight: true
    }
}
