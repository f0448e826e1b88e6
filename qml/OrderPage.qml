import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// The base of the ordering pages (menu, item, cart, rewards): the brand header, with the
// rewards, accessibility, call staff, language and cart buttons, over the light background.
Page {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property CartModel cart
    required property LoyaltyController loyalty
    required property AssistController assist
    required property AccessibilityController accessibility
    property bool showCartButton: true

    signal cartRequested()
    signal rewardsRequested()

    background: Rectangle {
        color: Theme.background
    }
    header: KioskHeader {
        store: root.store
        language: root.session.language
        loyalty: root.loyalty
        accessibility: root.accessibility
        assist: root.assist
        cart: root.cart
        showCartButton: root.showCartButton
        onCartRequested: root.cartRequested()
        onRewardsRequested: root.rewardsRequested()
        onLanguageChosen: language => root.session.setLanguage(language)
    }
}
