pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The menu: categories on the left, the selected category's items on the right.
Page {
    id: root

    required property KioskSession session

    signal itemOpened()
    signal cartRequested()
    signal rewardsRequested()

    objectName: "menuPage"
    title: qsTr("Menu. Pick a category, then an item.")
    background: Rectangle {
        color: Theme.background
    }
    header: KioskHeader {
        session: root.session
        onCartRequested: root.cartRequested()
        onRewardsRequested: root.rewardsRequested()
    }
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
                brandColor: root.session.primaryColor
                secondary: true
                implicitHeight: 80
                onClicked: root.session.endOrder()
            }
            Text {
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
    Component.onCompleted: session.items.categoryId = session.categories.categoryIdAt(0)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: categoryRail

            objectName: "categoryList"
            clip: true
            model: root.session.categories
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
                selected: categoryId === root.session.items.categoryId
                brandColor: root.session.primaryColor
                accentColor: root.session.accentColor
                onClicked: root.session.items.categoryId = categoryDelegate.categoryId
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

            Text {
                objectName: "categoryTitle"
                text: root.session.items.categoryName
                // Smaller on a narrow screen (or with large text), so a long single word
                // still fits.
                font.pixelSize: width / Theme.textScale < 560 ? Theme.fontTitle : Theme.fontHeadline - 8
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
                readonly property real room: width / Theme.textScale
                readonly property int columns: room >= 1100 ? 3 : (room >= 500 ? 2 : 1)

                objectName: "itemGrid"
                clip: true
                model: root.session.items
                leftMargin: Theme.spacing + Theme.gap
                rightMargin: Theme.spacing + Theme.gap
                topMargin: Theme.spacing
                bottomMargin: Theme.margin
                cellWidth: Math.floor((width - leftMargin - rightMargin) / columns)
                // The text part grows with large text (accessibility mode).
                cellHeight: Math.round((cellWidth - 68) * 0.75) + Math.round(262 * Theme.textScale)
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: root.session.items.categoryName

                delegate: MenuItemDelegate {
                    id: itemDelegate

                    width: itemGrid.cellWidth
                    height: itemGrid.cellHeight
                    brandColor: root.session.primaryColor
                    onClicked: {
                        if (root.session.openItem(itemDelegate.itemId))
                            root.itemOpened();
                    }
                }
            }
        }
    }
}
