import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The brand bar on every ordering page: logo, store name, rewards, accessibility, call staff,
// language and the cart.
Rectangle {
    id: root

    required property StoreProfile store
    // The language showing now; choosing another is the page's to do.
    required property string language
    required property LoyaltyController loyalty
    required property AccessibilityController accessibility
    required property AssistController assist
    required property CartModel cart
    property bool showCartButton: true

    // The header's width in unscaled pixels: large text needs the room a narrower screen would.
    readonly property real room: Theme.room(width)

    signal cartRequested()
    signal rewardsRequested()
    signal languageChosen(string language)

    implicitHeight: Theme.headerHeight
    color: Theme.primaryColor

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: root.room < Theme.mediumRoom ? 8 : 20

        Image {
            source: root.store.logoUrl
            sourceSize.height: 176
            fillMode: Image.PreserveAspectFit
            smooth: true
            Layout.preferredHeight: 88
            Layout.preferredWidth: 88
            // Narrow, the buttons need every pixel; the attract screen carries the brand.
            visible: root.room >= Theme.mediumRoom
            Accessible.role: Accessible.Graphic
            Accessible.name: root.store.storeName
        }
        Text {
            text: root.store.storeName
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.textOnBrand
            elide: Text.ElideRight
            // Less than wide, the five buttons need the room: the logo carries the brand (its
            // accessible name is the store's).
            visible: root.room >= Theme.wideRoom
            Layout.fillWidth: true
        }
        Item {
            visible: root.room < Theme.wideRoom
            Layout.fillWidth: true
        }
        // Five buttons fill a 1080 px header: less than wide the three that can shrink do; below
        // small (768 px with large text) the rewards button keeps only its star.
        RewardsButton {
            loyalty: root.loyalty
            stacked: root.room < Theme.wideRoom
            iconOnly: root.room < Theme.smallRoom
            onClicked: root.rewardsRequested()
        }
        AccessibilityButton {
            accessibility: root.accessibility
            iconOnly: root.room < Theme.wideRoom
        }
        CallStaffButton {
            assist: root.assist
            iconOnly: root.room < Theme.wideRoom
        }
        LanguageSwitch {
            languages: Array.from(root.store.languages)
            language: root.language
            onLanguageChosen: language => root.languageChosen(language)
        }
        CartButton {
            cart: root.cart
            compact: root.room < Theme.mediumRoom
            visible: root.showCartButton
            onClicked: root.cartRequested()
        }
    }
}
