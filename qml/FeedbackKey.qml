import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One key of the FeedbackKeyboard; keys share their row's width (Layout.preferredWidth is
// the key's weight).
Button {
    id: root

    property string accessibleName: text

    implicitHeight: 84
    font.pixelSize: Theme.fontLarge
    font.family: Theme.fontFamily
    Layout.fillWidth: true
    Layout.preferredWidth: 1
    Layout.minimumWidth: Theme.touchMin
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.highlighted ? Theme.textOnBrand : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 18
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.highlighted ? (root.down ? Qt.darker(Theme.text, 1.3) : Theme.text)
                                : (root.down ? Theme.divider : Theme.surface)
        border.color: Theme.divider
        border.width: 1
    }
}
