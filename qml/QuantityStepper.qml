import QtQuick

// "−  2  +": shows a quantity owned by a model and asks the model to change it. The limits
// come from the model too; the buttons only grey out at them.
Row {
    id: root

    required property int value
    required property int maximum
    property int minimum: 1
    property int buttonSize: 80

    signal incrementClicked()
    signal decrementClicked()

    spacing: Theme.gap

    RoundIconButton {
        objectName: "minusButton"
        size: root.buttonSize
        iconName: "minus"
        accessibleName: qsTr("Decrease quantity, now %1").arg(root.value)
        enabled: root.value > root.minimum
        onClicked: root.decrementClicked()
    }
    Text {
        objectName: "quantityText"
        width: Math.max(root.buttonSize, implicitWidth)
        height: root.buttonSize
        text: root.value
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Quantity: %1").arg(root.value)
    }
    RoundIconButton {
        objectName: "plusButton"
        size: root.buttonSize
        iconName: "plus"
        accessibleName: qsTr("Increase quantity, now %1").arg(root.value)
        filled: true
        enabled: root.value < root.maximum
        onClicked: root.incrementClicked()
    }
}
