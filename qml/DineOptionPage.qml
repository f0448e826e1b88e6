import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// "Eat here or take out?": two big cards, and a way back out.
Page {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property AssistController assist
    required property AccessibilityController accessibility

    signal dineOptionChosen()

    function choose(option: KioskSession.DineOption): void {
        session.chooseDineOption(option);
        dineOptionChosen();
    }

    objectName: "dineOptionPage"
    title: qsTr("Where will you enjoy your meal?")
    background: Rectangle {
        color: Theme.background
    }

    // One line when it fits; with large text or on a narrow screen the buttons on the right
    // wrap onto a second line instead of running off the screen.
    Flow {
        id: topBar

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        KioskButton {
            id: cancelButton

            objectName: "cancelOrderButton"
            text: qsTr("Cancel order")
            iconName: "close"
            secondary: true
            implicitHeight: 80
            onClicked: root.session.endOrder()
        }
        // Pushes the buttons below to the right edge while they fit on the first line.
        Item {
            width: Math.max(0, topBar.width - cancelButton.width - topRight.width - 2 * topBar.spacing)
            height: 1
        }
        Row {
            id: topRight

            spacing: Theme.spacing

            AccessibilityButton {
                accessibility: root.accessibility
                brandBackground: false
                iconOnly: true
            }
            CallStaffButton {
                assist: root.assist
                brandBackground: false
                // Large text leaves no room for the label beside the others.
                iconOnly: Theme.textScale > 1
            }
            LanguageSwitch {
                languages: Array.from(root.store.languages)
                language: root.session.language
                brandBackground: false
                onLanguageChosen: language => root.session.setLanguage(language)
            }
        }
    }
    // Scrolls only when the question and the cards do not fit: large text on a small screen,
    // lowered into its bottom half.
    Flickable {
        id: scroller

        objectName: "dineOptionScroll"
        anchors.top: topBar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        contentHeight: content.height + 2 * Theme.margin
        interactive: contentHeight > height
        clip: interactive
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            x: Theme.margin
            y: Theme.margin
            width: scroller.width - 2 * Theme.margin
            height: Math.max(scroller.height - 2 * Theme.margin, implicitHeight)
            spacing: Theme.margin

            Item {
                Layout.fillHeight: true
            }
            Image {
                source: root.store.logoUrl
                sourceSize.height: 400
                fillMode: Image.PreserveAspectFit
                smooth: true
                // Lowered, or large text on a narrow screen: the cards need the room.
                visible: !Theme.lowerScreen && Theme.room(root.width) >= Theme.narrowRoom
                Layout.preferredHeight: 200
                Layout.preferredWidth: 200
                Layout.alignment: Qt.AlignHCenter
                Accessible.role: Accessible.Graphic
                Accessible.name: root.store.storeName
            }
            ReadableText {
                text: qsTr("Where will you enjoy your meal?")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }
            RowLayout {
                spacing: Theme.margin
                Layout.fillWidth: true
                // Never below what the cards' text needs (large text).
                Layout.preferredHeight: Math.max(implicitHeight, Math.min(720, root.height * 0.38))
                Layout.maximumHeight: Layout.preferredHeight
                Layout.topMargin: Theme.margin

                DineOptionCard {
                    objectName: "dineInButton"
                    iconName: "dine-in"
                    title: qsTr("Eat here")
                    subtitle: qsTr("Served on a tray")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    onClicked: root.choose(KioskSession.DineIn)
                }
                DineOptionCard {
                    objectName: "takeOutButton"
                    iconName: "take-out"
                    title: qsTr("Take out")
                    subtitle: qsTr("Packed in a bag")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    onClicked: root.choose(KioskSession.TakeOut)
                }
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
