pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The menu: categories on the left, the selected category's items on the right.
OrderPage {
    id: root

    required property CategoryListModel categories
    required property MenuItemListModel items

    signal itemOpened()
    signal comboOpened()

    objectName: "menuPage"
    title: qsTr("Menu. Pick a category, then an item.")
    footer: Rectangle {
        implicitHeight: footerRow.implicitHeight + 2 * Theme.spacing
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        RowLayout {
            id: footerRow

            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            KioskButton {
                objectName: "cancelOrderButton"
                text: qsTr("Cancel order")
                iconName: "close"
                secondary: true
                implicitHeight: 80
                onClicked: root.session.endOrder()
            }
            ReadableText {
                objectName: "dineOptionText"
                text: root.session.dineOption === KioskSession.TakeOut ? qsTr("Take out")
                                                                       : qsTr("Eat here")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    // Every visit starts on the first category.
    Component.onCompleted: items.categoryId = categories.categoryIdAt(0)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: categoryRail

            objectName: "categoryList"
            clip: true
            model: root.categories
            topMargin: Theme.spacing
            bottomMargin: Theme.spacing
            spacing: 4
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillHeight: true
            // Large text widens the rail (up to 40% of the screen) so category names stay whole.
            Layout.preferredWidth: Math.round(Math.min(root.width * 0.4,
                                                       Math.max(210, Math.min(260, root.width * 0.24)) * Theme.textScale))
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Categories")

            delegate: CategoryDelegate {
                id: categoryDelegate

                width: ListView.view.width
                selected: categoryId === root.items.categoryId
                onClicked: root.items.categoryId = categoryDelegate.categoryId
            }
        }
        Rectangle {
            width: 1
            color: Theme.divider
            Layout.fillHeight: true
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            ReadableText {
                objectName: "categoryTitle"
                text: root.items.categoryName
                // Smaller on a narrow screen (or with large text), so a long single word
                // still fits.
                font.pixelSize: Theme.room(width) < Theme.titleRoom ? Theme.fontTitle : Theme.fontHeadline - 8
                // The last resort of a long word on a narrow screen with large text.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.margin
                Layout.bottomMargin: Theme.gap
            }
            GridView {
                id: itemGrid

                // Counted in unscaled pixels: large text needs the room of a narrower grid.
                readonly property real room: Theme.room(width)
                readonly property int columns: room >= Theme.gridThreeColumnsRoom ? 3 : (room >= Theme.gridTwoColumnsRoom ? 2 : 1)

                objectName: "itemGrid"
                clip: true
                model: root.items
                leftMargin: Theme.spacing + Theme.gap
                rightMargin: Theme.spacing + Theme.gap
                topMargin: Theme.spacing
                bottomMargin: Theme.margin
                cellWidth: Math.floor((width - leftMargin - rightMargin) / columns)
                // The text part grows with large text (accessibility mode).
                cellHeight: Math.round((cellWidth - 68) * 0.75) + Math.round(262 * Theme.textScale)
                boundsBehavior: Flickable.StopAtBounds
                // A card scrolled out is given the next row's data instead of being destroyed
                // and made again: it holds no state of its own.
                reuseItems: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: root.items.categoryName

                delegate: MenuItemDelegate {
                    id: itemDelegate

                    width: itemGrid.cellWidth
                    height: itemGrid.cellHeight
                    onClicked: {
                        if (itemDelegate.isCombo) {
                            if (root.session.openCombo(itemDelegate.itemId))
                                root.comboOpened();
                        } else if (root.session.openItem(itemDelegate.itemId)) {
                            root.itemOpened();
                        }
                    }
                }
            }
        }
    }
}
