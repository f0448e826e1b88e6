import QtQuick

// A short confirmation ("Added to your order") that fades out by itself.
Rectangle {
    id: root

    property string message
    property real maximumWidth: 1000

    function show(text: string): void {
        message = text;
        opacity = 1;
        hideTimer.restart();
    }
    function hide(): void {
        hideTimer.stop();
        opacity = 0;
    }

    objectName: "toast"
    implicitWidth: Math.min(row.implicitWidth + 64, maximumWidth)
    implicitHeight: 96
    radius: height / 2
    color: Theme.text
    opacity: 0
    visible: opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Behavior on opacity {
        NumberAnimation {
            duration: Theme.animationNormal
        }
    }

    Timer {
        id: hideTimer

        interval: 1800
        onTriggered: root.opacity = 0
    }
    Row {
        id: row

        anchors.centerIn: parent
        spacing: Theme.spacing

        IconImage {
            anchors.verticalCenter: parent.verticalCenter
            iconName: "check"
            light: true
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: root.message
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.textOnBrand
        }
    }
}
