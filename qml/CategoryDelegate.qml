import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One category in the menu's left rail: photo and name; the selected one is highlighted.
AbstractButton {
    id: root

    required property int index
    required property string categoryId
    required property string name
    required property url imageUrl
    required property bool selected

    objectName: "category_" + categoryId
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    // A narrow rail, counted in unscaled pixels (large text widens the rail).
    readonly property bool narrow: Theme.room(width) < Theme.railRoom

    padding: narrow ? Theme.gap : Theme.spacing
    Accessible.role: Accessible.PageTab
    Accessible.name: name
    Accessible.selected: selected

    contentItem: ColumnLayout {
        spacing: Theme.gap

        RoundedImage {
            source: root.imageUrl
            frameColor: root.selected ? Theme.surface : Theme.background
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 0.66)
        }
        Text {
            text: root.name
            // Long single words such as "Acompañamientos" only just fit the rail: never bold,
            // and a little smaller on a narrow rail (768 px screens). A word that still does
            // not fit breaks rather than runs out of the rail.
            font.pixelSize: root.narrow ? Math.round(20 * Theme.textScale) : Theme.fontSmall
            color: root.selected ? Theme.primaryColor : Theme.text
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: 2
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
    background: Item {
        Rectangle {
            anchors.fill: parent
            anchors.margins: 4
            radius: Theme.radius
            color: root.selected ? Theme.surface : (root.down ? Theme.surfaceMuted : "transparent")
            border.color: root.selected ? Theme.accentColor : "transparent"
            border.width: 3
        }
        Rectangle {
            visible: root.selected
            width: 8
            height: parent.height * 0.5
            radius: 4
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            color: Theme.primaryColor
        }
    }
}
