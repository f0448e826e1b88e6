import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The kiosk's button: big, rounded and brand-coloured; `secondary` makes it outlined.
Button {
    id: root

    property color brandColor: Theme.primaryColor
    property bool secondary: false
    property string iconName: ""
    readonly property color foreground: !enabled ? Theme.disabledText
                                                 : secondary ? brandColor : Theme.textOnBrand

    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(Theme.buttonHeight, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    font.pixelSize: Theme.fontLarge
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    // Icon and label centred; in a narrow button the label first shrinks a little, then elides.
    contentItem: RowLayout {
        spacing: 0

        Item {
            Layout.fillWidth: true
        }
        IconImage {
            iconName: root.iconName !== "" ? root.iconName : "check"
            light: !root.secondary && root.enabled
            visible: root.iconName !== ""
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            Layout.rightMargin: root.text !== "" ? Theme.spacing : 0
        }
        Text {
            text: root.text
            font: root.font
            color: root.foreground
            elide: Text.ElideRight
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.min(root.font.pixelSize, 22)
            Layout.fillWidth: true
            // Rounded up: a layout handing out whole pixels would elide a fractional width.
            Layout.preferredWidth: Math.ceil(implicitWidth)
            Layout.maximumWidth: Math.ceil(implicitWidth)
        }
        Item {
            Layout.fillWidth: true
        }
    }
    background: Rectangle {
        radius: Math.min(Theme.radius, height / 2)
        color: !root.enabled ? Theme.disabled
                             : root.secondary ? (root.down ? Theme.surfaceMuted : Theme.surface)
                                              : (root.down ? Qt.darker(root.brandColor, 1.2) : root.brandColor)
        border.color: root.secondary && root.enabled ? root.brandColor : "transparent"
        border.width: root.secondary ? 3 : 0
    }
}
