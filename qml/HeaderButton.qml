import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The pill-shaped buttons of the header and of the pages' top corners (RewardsButton,
// AccessibilityButton, CallStaffButton, LanguageSwitch): a symbol and a label, outlined in
// white on the brand colour or in the divider colour on a light surface, or filled
// (`fillColor`) to stand out whatever lies behind. The symbol is a UI icon (`iconName`) or a
// character in a disc (`symbol`). The label is named after the button: "rewardsButtonText".
AbstractButton {
    id: root

    property string iconName: ""
    property int iconSize: 48
    property string symbol: ""
    property int symbolPixelSize: 32
    property bool symbolBold: true
    property color symbolColor: Theme.primaryColor
    property color discColor: Theme.textOnBrand
    property color discBorderColor: "transparent"
    // On the brand colour (header, attract screen) or on a light surface.
    property bool brandBackground: true
    // Filled instead of outlined; transparent: outlined.
    property color fillColor: "transparent"
    // Only the symbol, for a crowded header; the accessible name still says it all.
    property bool iconOnly: false
    // A small label under a smaller symbol, for a narrow header.
    property bool stacked: false
    property real maximumLabelWidth: Infinity
    readonly property bool filled: fillColor.a > 0
    readonly property color foreground: brandBackground || filled ? Theme.textOnBrand : Theme.text

    implicitHeight: 80
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: 16
    rightPadding: iconOnly || stacked ? 16 : 24
    spacing: 10
    Accessible.role: Accessible.Button

    contentItem: GridLayout {
        columns: root.stacked ? 1 : 2
        rowSpacing: 0
        columnSpacing: root.spacing

        IconImage {
            visible: root.iconName !== ""
            iconName: root.iconName !== "" ? root.iconName : "star"
            light: root.brandBackground || root.filled
            Layout.preferredWidth: root.stacked && !root.iconOnly ? 32 : root.iconSize
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignCenter
        }
        Rectangle {
            visible: root.symbol !== ""
            implicitWidth: 48
            implicitHeight: 48
            radius: 24
            color: root.discColor
            border.color: root.discBorderColor
            border.width: 2
            Layout.alignment: Qt.AlignCenter

            Text {
                anchors.centerIn: parent
                text: root.symbol
                font.family: Theme.fontFamily
                font.pixelSize: root.symbolPixelSize
                font.bold: root.symbolBold
                color: root.symbolColor
            }
        }
        Text {
            objectName: root.objectName + "Text"
            visible: !root.iconOnly
            text: root.text
            font.pixelSize: root.stacked ? Theme.fontSmall - 6 : Theme.fontBody
            font.bold: true
            color: root.foreground
            elide: Text.ElideRight
            Layout.maximumWidth: root.maximumLabelWidth
            Layout.alignment: Qt.AlignCenter
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.filled ? (root.down ? Qt.darker(root.fillColor, 1.2) : root.fillColor)
                           : (root.down ? Qt.rgba(0, 0, 0, 0.12) : "transparent")
        border.color: root.brandBackground || root.filled ? Qt.rgba(1, 1, 1, 0.7) : Theme.divider
        border.width: 2
    }
}
