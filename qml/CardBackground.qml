import QtQuick

// A rounded card with a soft two-layer drop shadow (plain rectangles: Qt 6.4 ships no
// effects module here).
Item {
    id: root

    property color color: Theme.surface
    property int radius: Theme.radius
    property color borderColor: "transparent"
    property int borderWidth: 0
    property int elevation: 4

    Rectangle {
        anchors.fill: parent
        anchors.topMargin: root.elevation
        anchors.bottomMargin: -root.elevation * 2
        anchors.leftMargin: -root.elevation / 2
        anchors.rightMargin: -root.elevation / 2
        radius: root.radius + root.elevation
        color: "#0D000000"
        visible: root.elevation > 0
    }
    Rectangle {
        anchors.fill: parent
        anchors.topMargin: root.elevation / 2
        anchors.bottomMargin: -root.elevation / 2
        radius: root.radius
        color: Theme.shadow
        visible: root.elevation > 0
    }
    Rectangle {
        anchors.fill: parent
        radius: root.radius
        color: root.color
        border.color: root.borderColor
        border.width: root.borderWidth
    }
}
