import QtQuick

// A health status as colour AND word, so it reads without colour vision too.
Rectangle {
    id: root

    // "pass", "warn" or "fail" (anything else shows as unknown).
    required property string status

    property string label: status === "pass" ? qsTr("PASS")
                                  : status === "warn" ? qsTr("WARN")
                                  : status === "fail" ? qsTr("FAIL") : qsTr("UNKNOWN")

    implicitWidth: Math.max(120, statusText.implicitWidth + 2 * Theme.spacing)
    implicitHeight: 48
    radius: Theme.radiusSmall
    color: status === "pass" ? "#2E7D32" : status === "warn" ? "#8A5A00" : status === "fail" ? Theme.danger : Theme.textMuted
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
