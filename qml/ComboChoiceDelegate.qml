import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A choice of a meal's step: a large card with the item's photo, name and what it adds to the
// meal's price; the picked choice is outlined and ticked. Sold-out choices cannot be tapped.
AbstractButton {
    id: root

    required property int index
    required property string itemId
    required property string name
    required property url imageUrl
    required property string priceDeltaText
    required property bool available
    required property int picked

    objectName: "choice_" + itemId
    enabled: available
    checkable: false
    padding: 16
    implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: !available ? qsTr("%1, sold out").arg(name)
                                : picked > 0 ? (priceDeltaText !== "" ? qsTr("%1, %2, chosen").arg(name).arg(priceDeltaText)
                                                                      : qsTr("%1, chosen").arg(name))
                                             : (priceDeltaText !== "" ? qsTr("%1, %2").arg(name).arg(priceDeltaText)
                                                                      : name)

    contentItem: ColumnLayout {
        spacing: Theme.gap
        opacity: root.available ? 1 : 0.5

        RoundedImage {
            source: root.imageUrl
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 0.6)

            IconImage {
                objectName: "pickedMark"
                visible: root.picked > 0
                iconName: "check"
                light: true
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 10
                width: Theme.iconSize
                height: Theme.iconSize

                Rectangle {
                    z: -1
                    anchors.centerIn: parent
                    width: parent.width + 16
                    height: width
                    radius: width / 2
                    color: Theme.primaryColor
                }
            }
        }
        Text {
            text: root.name
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            objectName: "priceDeltaText"
            text: !root.available ? qsTr("Sold out") : root.priceDeltaText !== "" ? root.priceDeltaText : qsTr("Included")
            font.pixelSize: Theme.fontSmall
            font.bold: root.priceDeltaText !== ""
            color: root.priceDeltaText !== "" ? Theme.primaryColor : Theme.textMuted
            Layout.fillWidth: true
        }
    }
    background: CardBackground {
        color: root.down ? Theme.surfaceMuted : Theme.surface
        elevation: root.down ? 1 : 3
        borderColor: root.picked > 0 ? Theme.primaryColor : "transparent"
        borderWidth: root.picked > 0 ? 4 : 0
    }
}
