import QtQuick

// A photo with rounded corners. Without an effects module the corners are painted over
// by a frame in the colour of whatever surrounds the photo (`frameColor`).
Item {
    id: root

    property url source
    property int radius: Theme.radiusSmall
    property color frameColor: Theme.surface
    property color placeholderColor: Theme.surfaceMuted

    Rectangle {
        anchors.fill: parent
        radius: root.radius
        color: root.placeholderColor
    }
    Image {
        anchors.fill: parent
        // Decoded once its size is known, at that size (cropped to it, both sides set), off
        // the GUI thread; photos of the same size share one decoded copy (the pixmap cache).
        source: width > 0 && height > 0 ? root.source : ""
        sourceSize.width: Math.ceil(width)
        sourceSize.height: Math.ceil(height)
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        smooth: true
    }
    Rectangle {
        // The inner edge of this border (radius - width) is the photo's rounded outline.
        anchors.fill: parent
        anchors.margins: -border.width
        radius: root.radius + border.width
        color: "transparent"
        border.color: root.frameColor
        border.width: 3
    }
}
