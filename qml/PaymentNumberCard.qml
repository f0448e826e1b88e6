import QtQuick
import QtQuick.Layouts

// The order number when a card payment could not be confirmed: a reference for staff, who
// settle it once the backend answers.
CardBackground {
    id: root

    required property string number

    objectName: "paymentNumberCard"
    implicitHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ReadableText {
            text: qsTr("Your order number")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "paymentOrderNumberText"
            text: root.number
            font.pixelSize: 120
            font.bold: true
            color: Theme.text
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontDisplay
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Your order number is %1").arg(root.number)
        }
    }
}
