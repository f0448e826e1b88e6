pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The idle screen: logo, store name and a pulsing invitation. A tap anywhere starts an
// order; the language can be chosen first.
Page {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property CategoryListModel categories
    required property DiagnosticsController diagnostics
    required property AssistController assist
    required property AccessibilityController accessibility
    // The store takes cards at the kiosk (payment.mode is not "counter").
    property bool cardPayment: false
    // Square: the counter takes its own orders, so here customers order and pay by card.
    property bool counterTakesOrder: false

    signal orderStarted()
    // Staff tapped the logo five times within three seconds: the PIN page should open.
    signal diagnosticsRequested()

    objectName: "attractPage"
    // Spoken on arrival in the accessibility mode.
    title: qsTr("%1. Touch the screen or press Enter to order.").arg(store.storeName)
    background: Rectangle {
        color: Theme.primaryColor
    }

    AbstractButton {
        id: touchArea

        objectName: "touchToOrder"
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch to order")
        onClicked: {
            root.session.startOrder();
            root.orderStarted();
        }
    }
    // Large soft circles give the brand colour some depth.
    Rectangle {
        x: -width * 0.35
        y: -height * 0.25
        width: root.width * 0.9
        height: width
        radius: width / 2
        color: Qt.rgba(1, 1, 1, 0.06)
    }
    Rectangle {
        x: root.width - width * 0.55
        y: root.height - height * 0.6
        width: root.width * 0.8
        height: width
        radius: width / 2
        color: Qt.rgba(1, 1, 1, 0.06)
    }
    // A fan of the menu's category pictures along the bottom edge.
    Row {
        id: collage

        visible: !Theme.lowerScreen
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: -height * 0.18
        spacing: -Math.round(root.width * 0.04)

        // The first three pictures only: a card for every category would decode them all.
        Repeater {
            model: Array.from(root.categories.imageUrls).slice(0, 3)

            Rectangle {
                id: photoCard

                required property int index
                required property url modelData

                width: Math.round(root.width * 0.36)
                height: Math.round(width * 0.8)
                radius: Theme.radius
                color: Theme.surface
                rotation: (index - 1) * 6
                z: index === 1 ? 1 : 0

                RoundedImage {
                    anchors.fill: parent
                    anchors.margins: 12
                    source: photoCard.modelData
                    radius: Theme.radius - 8
                }
            }
        }
    }
    CallStaffButton {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.margin
        assist: root.assist
        // Large text on a narrow screen: the label would run into the language switch.
        iconOnly: Theme.room(root.width) < Theme.narrowRoom
    }
    // Bottom left, over the pictures: within reach from a wheelchair too. Solid, so it reads
    // over the photos.
    AccessibilityButton {
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.margins: Theme.margin
        accessibility: root.accessibility
    }
    LanguageSwitch {
        id: languageSwitch

        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        languages: Array.from(root.store.languages)
        language: root.session.language
        onLanguageChosen: language => root.session.setLanguage(language)
    }
    // Between the language switch and the pictures, centred.
    ColumnLayout {
        anchors.top: languageSwitch.bottom
        // Lowered (accessibility mode): the pictures give their room to the invitation.
        anchors.bottom: Theme.lowerScreen ? parent.bottom : collage.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        // Above the accessibility button.
        anchors.bottomMargin: Theme.lowerScreen ? 2 * Theme.margin + 80 : Theme.margin
        spacing: Theme.lowerScreen ? Theme.spacing : Theme.margin

        Item {
            Layout.fillHeight: true
        }
        Rectangle {
            objectName: "storeLogo"
            visible: !Theme.lowerScreen
            // Smaller with large text, which needs the room.
            implicitWidth: Math.min(root.width * 0.44, root.height * 0.2, 480) / Theme.textScale
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.surface
            Layout.alignment: Qt.AlignHCenter

            // The staff gesture. The handler keeps its taps (exclusive grab), so tapping the
            // logo does not start an order; the rest of the screen does.
            TapHandler {
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: {
                    if (root.diagnostics.noteEntryTap())
                        root.diagnosticsRequested();
                }
            }

            Image {
                anchors.fill: parent
                anchors.margins: parent.width * 0.04
                source: root.store.logoUrl
                sourceSize.width: 512
                fillMode: Image.PreserveAspectFit
                smooth: true
                Accessible.role: Accessible.Graphic
                Accessible.name: root.store.storeName
            }
        }
        ReadableText {
            objectName: "storeNameText"
            text: root.store.storeName
            font.pixelSize: Theme.lowerScreen ? Theme.fontHeadline : Theme.fontDisplay
            font.bold: true
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ReadableText {
            objectName: "howToPayText"
            text: root.counterTakesOrder ? qsTr("Order here and pay by card")
                  : root.cardPayment ? qsTr("Order here, pay by card or at the counter")
                                     : qsTr("Order here, pay at the counter")
            visible: !Theme.lowerScreen
            font.pixelSize: Theme.fontLarge
            color: Theme.textOnBrand
            opacity: 0.85
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            visible: !Theme.lowerScreen
            Layout.preferredHeight: Theme.margin
        }
        Rectangle {
            id: invitation

            implicitWidth: Math.min(root.width - 2 * Theme.margin, invitationText.implicitWidth + 120)
            implicitHeight: Theme.lowerScreen ? 120 : 150
            radius: height / 2
            color: Theme.accentColor
            Layout.alignment: Qt.AlignHCenter

            SequentialAnimation on scale {
                running: root.StackView.status === StackView.Active
                loops: Animation.Infinite

                NumberAnimation {
                    from: 1
                    to: 1.06
                    duration: 900
                    easing.type: Easing.InOutQuad
                }
                NumberAnimation {
                    from: 1.06
                    to: 1
                    duration: 900
                    easing.type: Easing.InOutQuad
                }
            }

            Text {
                id: invitationText

                objectName: "touchToOrderText"
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 60)
                text: qsTr("Touch to order")
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.text
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontTitle
                horizontalAlignment: Text.AlignHCenter
            }
        }
        ReadableText {
            objectName: "touchToOrderOtherText"
            //: The invitation in the kiosk's other language, shown under "Touch to order".
            //: The English screen shows this Spanish source text; the Spanish screen shows
            //: its translation, which must be in English.
            text: qsTr("Toca para ordenar", "invitation in the other language")
            visible: !Theme.lowerScreen
            font.pixelSize: Theme.fontTitle
            color: Theme.textOnBrand
            opacity: 0.9
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
