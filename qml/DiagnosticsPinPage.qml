pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The staff PIN: digits shown as dots, a wrong PIN says how many tries are left, a lockout
// how long it lasts. The controller checks the PIN and keeps the count.
Page {
    id: root

    required property DiagnosticsController diagnostics
    property string pin: ""
    property bool wrongPin: false

    signal unlocked()

    function press(digit: string): void {
        if (pin.length < diagnostics.pinMaxLength)
            pin += digit;
        wrongPin = false;
    }
    function submit(): void {
        const result = diagnostics.unlock(pin);
        pin = "";
        wrongPin = result === DiagnosticsController.WrongPin;
        if (result === DiagnosticsController.Unlocked)
            root.unlocked();
    }

    objectName: "diagnosticsPinPage"
    title: qsTr("Staff PIN")
    background: Rectangle {
        color: Theme.text
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.margin

        Text {
            text: qsTr("Staff diagnostics")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Enter the staff PIN")
            font.pixelSize: Theme.fontLarge
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            objectName: "pinDots"
            text: root.pin.length === 0 ? " " : "●".repeat(root.pin.length)
            font.pixelSize: Theme.fontHeadline
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Digits entered: %1").arg(root.pin.length)
        }
        Text {
            objectName: "pinMessage"
            text: !root.diagnostics.pinSet
                  ? qsTr("No staff PIN is set. Set one with kioskctl pin-set.")
                  : root.diagnostics.lockedOut
                  ? qsTr("Too many wrong PINs. Try again in %1:%2.")
                        .arg(Math.floor(root.diagnostics.lockSecondsLeft / 60))
                        .arg(String(root.diagnostics.lockSecondsLeft % 60).padStart(2, "0"))
                  : root.wrongPin ? qsTr("Wrong PIN. Attempts left: %1.").arg(root.diagnostics.attemptsLeft)
                                  : ""
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: "#FFB4AB"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
        }
        GridLayout {
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Layout.fillWidth: true

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                KioskButton {
                    required property string modelData

                    objectName: "pinKey_" + modelData
                    text: modelData
                    enabled: !root.diagnostics.lockedOut
                    font.pixelSize: Theme.fontTitle
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns, whatever the label
                    onClicked: root.press(modelData)
                }
            }
            KioskButton {
                objectName: "pinKeyClear"
                text: qsTr("Clear")
                secondary: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.pin = ""
            }
            KioskButton {
                objectName: "pinKey_0"
                text: "0"
                enabled: !root.diagnostics.lockedOut
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.press("0")
            }
            KioskButton {
                objectName: "pinKeyOk"
                text: qsTr("OK")
                brandColor: Theme.accentColor
                enabled: root.pin.length >= root.diagnostics.pinMinLength && !root.diagnostics.lockedOut
                         && root.diagnostics.pinSet
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.submit()
            }
        }
        KioskButton {
            objectName: "pinCancelButton"
            text: qsTr("Cancel")
            secondary: true
            Layout.fillWidth: true
            onClicked: root.diagnostics.exit()
        }
    }
}
