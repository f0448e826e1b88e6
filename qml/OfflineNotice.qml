import QtQuick

// A calm strip at the bottom while the backend has been away for a while: ordering goes on,
// and the customer is told their order is safe.
Rectangle {
    id: root

    required property bool shown

    objectName: "offlineNotice"
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    color: Theme.text
    opacity: shown ? 0.92 : 0
    visible: opacity > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Behavior on opacity {
        NumberAnimation {
            duration: Theme.animationNormal
        }
    }

    Text {
        id: label

        anchors.fill: parent
        anchors.margins: Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textOnBrand
        text: qsTr("Orders are saved and will be sent automatically.")
    }
}
