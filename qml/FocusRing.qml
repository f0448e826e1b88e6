import QtQuick

// The keypad focus ring: a thick amber frame with a black inner edge, visible on white, on
// the brand colour and on black. One ring serves the whole kiosk: it moves into whichever
// control has focus (see AccessibilityLayer), so pages need nothing for it.
Rectangle {
    id: root

    // The control the ring surrounds; null hides it.
    property Item target: null

    objectName: "focusRing"
    parent: target
    visible: target !== null
    anchors.fill: parent
    anchors.margins: -Theme.focusRingWidth
    z: 1000
    radius: Theme.radiusSmall + Theme.focusRingWidth
    color: "transparent"
    border.color: Theme.focusRing
    border.width: Theme.focusRingWidth

    Rectangle {
        anchors.fill: parent
        anchors.margins: root.border.width
        radius: Theme.radiusSmall
        color: "transparent"
        border.color: Theme.focusRingInner
        border.width: 2
    }
}
