import QtQuick
import QtQuick.Window
import Kiosk.Models

// The kiosk's window. Designed for a 1080x1920 portrait screen; the kiosk session runs it
// full screen. main.cpp gives it the kiosk's parts (KioskServices::qmlProperties).
Window {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property Connectivity connectivity
    required property CategoryListModel categories
    required property MenuItemListModel items
    required property ItemEditor editor
    required property ComboEditor comboEditor
    required property CartModel cart
    required property LoyaltyController loyalty
    required property FeedbackController feedback
    required property AssistController assist
    required property AccessibilityController accessibility
    required property DiagnosticsController diagnostics
    required property LiveConfig liveConfig
    required property PaymentController payment
    required property TicketStatus ticketStatus
    required property SuggestionController suggestions
    required property PromoController promo
    property bool fullScreen: false

    width: 1080
    height: 1920
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    title: store.storeName
    color: Theme.background

    KioskApp {
        anchors.fill: parent
        session: root.session
        store: root.store
        connectivity: root.connectivity
        categories: root.categories
        items: root.items
        editor: root.editor
        comboEditor: root.comboEditor
        cart: root.cart
        loyalty: root.loyalty
        feedback: root.feedback
        assist: root.assist
        accessibility: root.accessibility
        diagnostics: root.diagnostics
        liveConfig: root.liveConfig
        payment: root.payment
        ticketStatus: root.ticketStatus
        suggestions: root.suggestions
        promo: root.promo
    }
}
