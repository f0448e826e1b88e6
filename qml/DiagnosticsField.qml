import QtQuick
import QtQuick.Layouts

// One "label: value" line of a diagnostics page.
RowLayout {
    id: root

    required property string label
    property string value: ""

    spacing: Theme.spacing

    Text {
        text: root.label
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        Layout.preferredWidth: 300
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "fieldValue"
        text: root.value === "" ? "—" : root.value
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
}
