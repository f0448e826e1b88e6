pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// An on-screen numeric keypad: 0-9, backspace and clear, keys well above the 48 px minimum.
// It only edits `digits`; what they mean (a phone, a member number) is the page's business.
GridLayout {
    id: root

    property string digits: ""
    // The longest number the keypad takes (the controller's rule for what is typed).
    required property int maxDigits

    columns: 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    component Key: AbstractButton {
        id: key

        property string iconName: ""
        required property string accessibleName

        objectName: "key_" + (iconName !== "" ? iconName : text)
        focusPolicy: Qt.NoFocus // the page's scanner input keeps the keyboard focus
        implicitWidth: 156
        implicitHeight: 112
        Layout.fillWidth: true
        Accessible.role: Accessible.Button
        Accessible.name: accessibleName

        contentItem: Item {
            Text {
                anchors.centerIn: parent
                visible: key.iconName === ""
                text: key.text
                font.pixelSize: key.text.length > 1 ? Theme.fontLarge : Theme.fontHeadline
                font.bold: true
                color: key.enabled ? Theme.text : Theme.disabledText
            }
            IconImage {
                anchors.centerIn: parent
                visible: key.iconName !== ""
                iconName: key.iconName !== "" ? key.iconName : "close"
                opacity: key.enabled ? 1 : 0.35
            }
        }
        background: Rectangle {
            radius: Theme.radiusSmall
            color: key.down ? Theme.surfaceMuted : Theme.surface
            border.color: Theme.divider
            border.width: 2
        }
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

        Key {
            required property string modelData

            text: modelData
            accessibleName: modelData
            enabled: root.digits.length < root.maxDigits
            onClicked: root.digits += modelData
        }
    }
    Key {
        text: qsTr("Clear")
        accessibleName: qsTr("Clear the number")
        objectName: "key_clear"
        enabled: root.digits !== ""
        onClicked: root.digits = ""
    }
    Key {
        text: "0"
        accessibleName: "0"
        enabled: root.digits.length < root.maxDigits
        onClicked: root.digits += "0"
    }
    Key {
        iconName: "backspace"
        accessibleName: qsTr("Delete the last digit")
        enabled: root.digits !== ""
        onClicked: root.digits = root.digits.slice(0, -1)
    }
}
