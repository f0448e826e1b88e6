import QtQuick
import Kiosk.Models

// A health status as colour AND word, so it reads without colour vision too.
Rectangle {
    id: root

    // A HealthCheckListModel.Status: Pass, Warn, Fail (anything else shows as unknown).
    required property int status

    property string label: {
        switch (status) {
        case HealthCheckListModel.Pass: return qsTr("PASS");
        case HealthCheckListModel.Warn: return qsTr("WARN");
        case HealthCheckListModel.Fail: return qsTr("FAIL");
        default: return qsTr("UNKNOWN");
        }
    }

    implicitWidth: Math.max(120, statusText.implicitWidth + 2 * Theme.spacing)
    implicitHeight: 48
    radius: Theme.radiusSmall
    color: {
        switch (status) {
        case HealthCheckListModel.Pass: return "#2E7D32";
        case HealthCheckListModel.Warn: return "#8A5A00";
        case HealthCheckListModel.Fail: return Theme.danger;
        default: return Theme.textMuted;
        }
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: label

    Text {
        id: statusText

        anchors.centerIn: parent
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textOnBrand
    }
}
