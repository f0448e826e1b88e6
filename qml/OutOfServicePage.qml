import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Shown instead of the attract screen when the session has no usable config or storage.
Page {
    id: root

    objectName: "outOfServicePage"
    background: Rectangle {
        color: Theme.text
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.margin

        Text {
            text: qsTr("Sorry, this kiosk is out of service")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Please order at the counter.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
