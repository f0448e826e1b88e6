pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Models

// The whole kiosk UI: the page stack and what shows over it (the idle warning, the toast,
// the call-staff message, the offline notice, the accessibility mode). It takes the kiosk's
// parts (KioskServices::qmlProperties) and hands each page only what it shows. Pages ask for
// navigation with signals; the visit's orderEnded always brings back the attract screen.
// Only the attract screen is made before the first frame: every other page is made when it
// is pushed, every overlay the first time it is wanted.
Item {
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

    // Pops back to the page with `name` (e.g. "menuPage") if it is on the stack.
    function popTo(name: string): void {
        const page = stack.find(item => item.objectName === name);
        if (page)
            stack.pop(page);
    }
    function showToast(message: string): void {
        toast.wanted = true;
        (toast.item as Toast).show(message);
    }

    // The Theme follows the store's brand and the accessibility mode's display options.
    Binding {
        target: Theme
        property: "primaryColor"
        value: root.store.primaryColor
    }
    Binding {
        target: Theme
        property: "accentColor"
        value: root.store.accentColor
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: root.accessibility.highContrast
    }
    Binding {
        target: Theme
        property: "textScale"
        value: root.accessibility.textScale
    }
    Binding {
        target: Theme
        property: "lowerScreen"
        value: root.accessibility.lowerScreen
    }
    Connections {
        target: root.session

        function onOrderEnded(): void {
            stack.pop(null);
        }
    }
    // An accepted suggestion with choices to make opens its item page; one without is added.
    Connections {
        target: root.suggestions

        function onItemOpened(): void {
            stack.push(itemPage);
        }
        function onItemAddedToCart(): void {
            root.showToast(qsTr("Added to your order"));
        }
        // "Make it a meal": the stepper opens with the item just added as the meal's main.
        function onMealAccepted(comboId: string, lineId: string): void {
            if (root.session.makeItAMeal(comboId, lineId))
                stack.push(comboPage);
        }
    }
    // Staff diagnostics end (Exit, Cancel or two idle minutes): back to the attract screen.
    Connections {
        target: root.diagnostics

        function onExited(): void {
            stack.pop(null);
        }
    }

    PageStack {
        id: stack

        anchors.fill: parent
        // The lowered layout (accessibility mode): every page in the bottom half.
        anchors.topMargin: Theme.lowerScreen ? Math.round(root.height / 2) : 0
        initialItem: attractPage
        onCurrentItemChanged: {
            if (toast.item)
                (toast.item as Toast).hide();
        }
    }
    Component {
        id: attractPage

        AttractPage {
            session: root.session
            store: root.store
            categories: root.categories
            diagnostics: root.diagnostics
            assist: root.assist
            accessibility: root.accessibility
            cardPayment: root.payment.cardEnabled
            counterTakesOrder: root.payment.counterTakesOrder
            onOrderStarted: stack.push(dineOptionPage)
            onDiagnosticsRequested: stack.push(diagnosticsPinPage)
        }
    }
    Component {
        id: diagnosticsPinPage

        DiagnosticsPinPage {
            diagnostics: root.diagnostics
            onUnlocked: stack.replace(diagnosticsPage)
        }
    }
    Component {
        id: diagnosticsPage

        DiagnosticsPage {
            diagnostics: root.diagnostics
            liveConfig: root.liveConfig
            feedback: root.feedback
            assist: root.assist
            suggestions: root.suggestions
        }
    }
    Component {
        id: dineOptionPage

        DineOptionPage {
            session: root.session
            store: root.store
            assist: root.assist
            accessibility: root.accessibility
            onDineOptionChosen: stack.push(menuPage)
        }
    }
    Component {
        id: menuPage

        MenuPage {
            session: root.session
            store: root.store
            categories: root.categories
            items: root.items
            cart: root.cart
            loyalty: root.loyalty
            assist: root.assist
            accessibility: root.accessibility
            onItemOpened: stack.push(itemPage)
            onComboOpened: stack.push(comboPage)
            onCartRequested: stack.push(cartPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: comboPage

        ComboPage {
            session: root.session
            store: root.store
            comboEditor: root.comboEditor
            cart: root.cart
            loyalty: root.loyalty
            assist: root.assist
            accessibility: root.accessibility
            onAdded: {
                root.popTo("menuPage");
                root.showToast(qsTr("Meal added to your order"));
            }
            onBackRequested: stack.pop()
            onCartRequested: stack.push(cartPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: itemPage

        ItemPage {
            session: root.session
            store: root.store
            editor: root.editor
            cart: root.cart
            loyalty: root.loyalty
            assist: root.assist
            accessibility: root.accessibility
            onAdded: {
                root.popTo("menuPage");
                root.showToast(qsTr("Added to your order"));
            }
            onBackRequested: root.popTo("menuPage")
            onCartRequested: stack.push(cartPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: cartPage

        CartPage {
            session: root.session
            store: root.store
            cart: root.cart
            suggestions: root.suggestions
            promo: root.promo
            loyalty: root.loyalty
            assist: root.assist
            accessibility: root.accessibility
            onAddMoreRequested: root.popTo("menuPage")
            // In a store that takes cards the payment page comes first.
            onCheckedOut: stack.push(root.payment.phase === PaymentController.Idle ? confirmationPage : paymentPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: loyaltyPage

        LoyaltyPage {
            session: root.session
            store: root.store
            cart: root.cart
            loyalty: root.loyalty
            assist: root.assist
            accessibility: root.accessibility
            onBackRequested: stack.pop()
            onCartRequested: stack.push(cartPage)
            onItemOpened: stack.push(itemPage)
            onUsualAdded: root.showToast(qsTr("Added to your order"))
        }
    }
    Component {
        id: paymentPage

        PaymentPage {
            session: root.session
            store: root.store
            payment: root.payment
            assist: root.assist
            accessibility: root.accessibility
            onNumberShown: stack.replace(confirmationPage)
            onBackToCartRequested: root.popTo("cartPage")
        }
    }
    Component {
        id: confirmationPage

        ConfirmationPage {
            session: root.session
            store: root.store
            loyalty: root.loyalty
            feedback: root.feedback
            assist: root.assist
            accessibility: root.accessibility
            ticketStatus: root.ticketStatus
        }
    }
    LazyOverlay {
        id: toast

        anchors.fill: parent
        wanted: false

        overlay: Toast {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 280
            maximumWidth: parent.width - 64
        }
    }
    LazyOverlay {
        anchors.fill: parent
        wanted: root.connectivity.offlineNotice

        overlay: OfflineNotice {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            shown: root.connectivity.offlineNotice
        }
    }
    LazyOverlay {
        anchors.fill: parent
        wanted: root.assist.messageVisible

        overlay: CallStaffMessage {
            anchors.fill: parent
            assist: root.assist
        }
    }
    LazyOverlay {
        anchors.fill: parent
        wanted: root.suggestions.visible

        overlay: SuggestionPrompt {
            anchors.fill: parent
            suggestions: root.suggestions
        }
    }
    LazyOverlay {
        id: idleWarning

        anchors.fill: parent
        wanted: root.session.idle.warning

        overlay: IdleWarningDialog {
            anchors.fill: parent
            idle: root.session.idle
            onStartOverRequested: root.session.endOrder()
        }
    }
    AccessibilityLayer {
        anchors.fill: parent
        session: root.session
        accessibility: root.accessibility
        stack: stack
        idleWarning: idleWarning.item
    }
}
