pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The accessibility options over the current page: high contrast, large text, the lowered
// layout, speech volume, and switching the mode off. Opened by the accessibility button;
// the AccessibilityLayer keeps whether it is open.
Rectangle {
    id: root

    required property AccessibilityController accessibility
    required property bool open

    signal closeRequested()

    objectName: "accessibilityPanel"
    visible: open
    color: Theme.scrim
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Accessibility options")

    // One option that is on or off; its name says which, as it is spoken.
    component OptionToggle: AbstractButton {
        id: toggle

        required property string label
        required property bool on

        implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + 24)
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: on
        Accessible.name: on ? qsTr("%1: on").arg(label) : qsTr("%1: off").arg(label)
        Layout.fillWidth: true

        contentItem: RowLayout {
            spacing: Theme.spacing

            Text {
                text: toggle.label
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                leftPadding: 20
                rightPadding: 20
                topPadding: 8
                bottomPadding: 8
                text: toggle.on ? qsTr("On") : qsTr("Off")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: toggle.on ? Theme.surface : Theme.text

                background: Rectangle {
                    radius: height / 2
                    color: toggle.on ? Theme.text : Theme.surface
                    border.color: Theme.text
                    border.width: 3
                }
            }
        }
        background: Rectangle {
            radius: Theme.radiusSmall
            color: toggle.down ? Theme.surfaceMuted : Theme.surface
            border.color: Theme.divider
            border.width: 2
        }
    }

    MouseArea {
        anchors.fill: parent
        // Swallows taps outside the card.
    }
    CardBackground {
        anchors.fill: card
        anchors.margins: -Theme.margin
        elevation: 8
    }
    ColumnLayout {
        id: card

        anchors.horizontalCenter: parent.horizontalCenter
        // In the lowered layout the options sit in the bottom half too.
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: Theme.lowerScreen ? Math.max(0, (parent.height - height) / 2 - 2 * Theme.margin) : 0
        width: Math.min(parent.width - 4 * Theme.margin, 860)
        spacing: Theme.spacing

        Text {
            text: qsTr("Accessibility")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Move with Tab or the arrow keys, select with Enter, go back with Escape, and press F1 for help.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        OptionToggle {
            objectName: "highContrastToggle"
            label: qsTr("High contrast")
            on: root.accessibility.highContrast
            onClicked: {
                root.accessibility.highContrast = !root.accessibility.highContrast;
                root.accessibility.announce(Accessible.name);
            }
        }
        OptionToggle {
            objectName: "largeTextToggle"
            label: qsTr("Large text")
            on: root.accessibility.largeText
            onClicked: {
                root.accessibility.largeText = !root.accessibility.largeText;
                root.accessibility.announce(Accessible.name);
            }
        }
        OptionToggle {
            objectName: "lowerScreenToggle"
            label: qsTr("Lower the screen")
            on: root.accessibility.lowerScreen
            onClicked: {
                root.accessibility.lowerScreen = !root.accessibility.lowerScreen;
                root.accessibility.announce(Accessible.name);
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            RoundIconButton {
                objectName: "quieterButton"
                iconName: "minus"
                accessibleName: qsTr("Quieter")
                enabled: root.accessibility.speechVolume > root.accessibility.minSpeechVolume
                onClicked: {
                    root.accessibility.quieter();
                    root.accessibility.announce(volumeText.text);
                }
            }
            Text {
                id: volumeText

                objectName: "volumeText"
                text: qsTr("Speech volume: %1 %").arg(root.accessibility.speechVolume)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RoundIconButton {
                objectName: "louderButton"
                iconName: "plus"
                accessibleName: qsTr("Louder")
                filled: true
                enabled: root.accessibility.speechVolume < root.accessibility.maxSpeechVolume
                onClicked: {
                    root.accessibility.louder();
                    root.accessibility.announce(volumeText.text);
                }
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing

            KioskButton {
                objectName: "accessibilityOffButton"
                text: qsTr("Turn off")
                secondary: true
                Accessible.name: qsTr("Turn the accessibility mode off")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: {
                    root.closeRequested();
                    root.accessibility.reset();
                }
            }
            KioskButton {
                objectName: "accessibilityCloseButton"
                text: qsTr("Done")
                iconName: "check"
                Accessible.name: qsTr("Close the accessibility options")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: root.closeRequested()
            }
        }
    }
}
