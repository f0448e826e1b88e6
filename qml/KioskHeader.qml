import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The brand bar on every ordering page: logo, store name, language and the cart.
Rectangle {
    id: root

    required property KioskSession session
    property bool showCartButton: true

    // The header's width in unscaled pixels: large text needs the room a narrower screen would.
    readonly property real room: width / Theme.textScale

    signal cartRequested()
    signal rewardsRequested()

    implicitHeight: Theme.headerHeight
    color: session.primaryColor

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: root.room < 900 ? 8 : 20

        Image {
            source: root.session.logoUrl
            sourceSize.height: 176
            fillMode: Image.PreserveAspectFit
            smooth: true
            Layout.preferredHeight: 88
            Layout.preferredWidth: 88
            // Below 900 px the buttons need every pixel; the attract screen carries the brand.
            visible: root.room >= 900
            Accessible.role: Accessible.Graphic
            Accessible.name: root.session.storeName
        }
        Text {
            text: root.session.storeName
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.textOnBrand
            elide: Text.ElideRight
            // Below 1300 px the five buttons need the room: the logo carries the brand
            // (its accessible name is the store's).
            visible: root.room >= 1300
            Layout.fillWidth: true
        }
        Item {
            visible: root.room < 1300
            Layout.fillWidth: true
        }
        // Five buttons fill a 1080 px header: below 1300 px the three that can shrink do; below
        // 600 (768 px with large text) the rewards button keeps only its star.
        RewardsButton {
            session: root.session
            compact: root.room < 1300
            iconOnly: root.room < 600
            onClicked: root.rewardsRequested()
        }
        AccessibilityButton {
            session: root.session
            compact: root.room < 1300
        }
        CallStaffButton {
            session: root.session
            compact: root.room < 1300
        }
        LanguageSwitch {
            session: root.session
        }
        CartButton {
            cart: root.session.cart
            accentColor: root.session.accentColor
            compact: root.room < 900
            visible: root.showCartButton
            onClicked: root.cartRequested()
        }
    }
}
