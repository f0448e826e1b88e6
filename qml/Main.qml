import QtQuick
import QtQuick.Window
import Kiosk.Models

// The kiosk's window. Designed for a 1080x1920 portrait screen; the kiosk session runs it
// full screen.
Window {
    id: root

    required property KioskSession session
    property bool fullScreen: false

    width: 1080
    height: 1920
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    title: session.storeName
    color: Theme.background

    KioskApp {
        anchors.fill: parent
        session: root.session
    }
}
