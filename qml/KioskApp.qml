pragma ComponentBehavior: Bound

import QtQuick
import Kiosk.Models

// The whole kiosk UI: the page stack and what shows over it (the idle warning, the toast,
// the call-staff message, the offline notice, the accessibility mode). It takes the kiosk's
// parts (KioskServices::qmlProperties) and hands each page only what it shows. Pages ask for
// navigation with signals; the visit's orderEnded always brings back the attract screen.
// Only the attract screen is made before the first frame: every other page is loaded from its
// file and made when it is shown (open()), every overlay the first time it is wanted.
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
    // The pages' components by file, loaded when first shown (open()): declared here inline,
    // every page and all it uses would load before the first frame. StackView destroys a page
    // when it is popped, and with it the connections made to its signals.
    property var pageComponents: ({})

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
    // Shows the page of `file` (a file of this module) made with `properties` over the
    // current page or, with `replace`, instead of it; returns the page.
    function open(file: string, properties: var, replace: bool): var {
        let component = pageComponents[file] as Component;
        if (!component) {
            // Synchronous: a tap waits for the few files the new page needs.
            component = Qt.createComponent(Qt.resolvedUrl(file));
            pageComponents[file] = component;
        }
        if (component.status !== Component.Ready) {
            console.error(component.errorString());
            return null;
        }
        return replace ? stack.replace(component, properties) : stack.push(component, properties);
    }
    // What every ordering page (OrderPage) is given.
    function orderPageProperties(extra: var): var {
        return Object.assign({
            session: root.session,
            store: root.store,
            cart: root.cart,
            loyalty: root.loyalty,
            assist: root.assist,
            accessibility: root.accessibility
        }, extra);
    }
    function showDiagnosticsPinPage(): void {
        const page = open("DiagnosticsPinPage.qml", {diagnostics: root.diagnostics}, false);
        page.unlocked.connect(() => root.open("DiagnosticsPage.qml", {
            diagnostics: root.diagnostics,
            liveConfig: root.liveConfig,
            feedback: root.feedback,
            assist: root.assist,
            suggestions: root.suggestions
        }, true));
    }
    function showDineOptionPage(): void {
        const page = open("DineOptionPage.qml", {
            session: root.session,
            store: root.store,
            assist: root.assist,
            accessibility: root.accessibility
        }, false);
        page.dineOptionChosen.connect(root.showMenuPage);
    }
    function showMenuPage(): void {
        const page = open("MenuPage.qml", orderPageProperties({categories: root.categories, items: root.items}),
                          false);
        page.itemOpened.connect(root.showItemPage);
        page.comboOpened.connect(root.showComboPage);
        page.cartRequested.connect(root.showCartPage);
        page.rewardsRequested.connect(root.showLoyaltyPage);
    }
    function showComboPage(): void {
        const page = open("ComboPage.qml", orderPageProperties({comboEditor: root.comboEditor}), false);
        page.added.connect(() => {
            root.popTo("menuPage");
            root.showToast(qsTr("Meal added to your order"));
        });
        page.backRequested.connect(() => stack.pop());
        page.cartRequested.connect(root.showCartPage);
        page.rewardsRequested.connect(root.showLoyaltyPage);
    }
    function showItemPage(): void {
        const page = open("ItemPage.qml", orderPageProperties({editor: root.editor}), false);
        page.added.connect(() => {
            root.popTo("menuPage");
            root.showToast(qsTr("Added to your order"));
        });
        page.backRequested.connect(() => root.popTo("menuPage"));
        page.cartRequested.connect(root.showCartPage);
        page.rewardsRequested.connect(root.showLoyaltyPage);
    }
    function showCartPage(): void {
        const page = open("CartPage.qml", orderPageProperties({suggestions: root.suggestions, promo: root.promo}),
                          false);
        page.addMoreRequested.connect(() => root.popTo("menuPage"));
        // In a store that takes cards the payment page comes first.
        page.checkedOut.connect(() => {
            if (root.payment.phase === PaymentController.Idle)
                root.showConfirmationPage(false);
            else
                root.showPaymentPage();
        });
        page.rewardsRequested.connect(root.showLoyaltyPage);
    }
    function showLoyaltyPage(): void {
        const page = open("LoyaltyPage.qml", orderPageProperties({}), false);
        page.backRequested.connect(() => stack.pop());
        page.cartRequested.connect(root.showCartPage);
        page.itemOpened.connect(root.showItemPage);
        page.usualAdded.connect(() => root.showToast(qsTr("Added to your order")));
    }
    function showPaymentPage(): void {
        const page = open("PaymentPage.qml", {
            session: root.session,
            store: root.store,
            payment: root.payment,
            assist: root.assist,
            accessibility: root.accessibility
        }, false);
        page.numberShown.connect(() => root.showConfirmationPage(true));
        page.backToCartRequested.connect(() => root.popTo("cartPage"));
    }
    function showConfirmationPage(replace: bool): void {
        open("ConfirmationPage.qml", {
            session: root.session,
            store: root.store,
            loyalty: root.loyalty,
            feedback: root.feedback,
            assist: root.assist,
            accessibility: root.accessibility,
            ticketStatus: root.ticketStatus
        }, replace);
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
            root.showItemPage();
        }
        function onItemAddedToCart(): void {
            root.showToast(qsTr("Added to your order"));
        }
        // "Make it a meal": the stepper opens with the item just added as the meal's main.
        function onMealAccepted(comboId: string, lineId: string): void {
            if (root.session.makeItAMeal(comboId, lineId))
                root.showComboPage();
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
            onOrderStarted: root.showDineOptionPage()
            onDiagnosticsRequested: root.showDiagnosticsPinPage()
        }
    }
    LazyOverlay {
        id: toast

        anchors.fill: parent
        wanted: false
        file: "Toast.qml"
        properties: ({maximumWidth: Qt.binding(() => toast.width - 64)})
        fill: false
        onItemChanged: {
            item.anchors.horizontalCenter = toast.horizontalCenter;
            item.anchors.bottom = toast.bottom;
            item.anchors.bottomMargin = 280;
        }
    }
    LazyOverlay {
        id: offlineNotice

        anchors.fill: parent
        wanted: root.connectivity.offlineNotice
        file: "OfflineNotice.qml"
        properties: ({shown: Qt.binding(() => root.connectivity.offlineNotice)})
        fill: false
        onItemChanged: {
            item.anchors.left = offlineNotice.left;
            item.anchors.right = offlineNotice.right;
            item.anchors.bottom = offlineNotice.bottom;
        }
    }
    LazyOverlay {
        anchors.fill: parent
        wanted: root.assist.messageVisible
        file: "CallStaffMessage.qml"
        properties: ({assist: root.assist})
    }
    LazyOverlay {
        anchors.fill: parent
        wanted: root.suggestions.visible
        file: "SuggestionPrompt.qml"
        properties: ({suggestions: root.suggestions})
    }
    LazyOverlay {
        id: idleWarning

        anchors.fill: parent
        wanted: root.session.idle.warning
        file: "IdleWarningDialog.qml"
        properties: ({idle: root.session.idle})
        onItemChanged: (item as IdleWarningDialog).startOverRequested.connect(root.session.endOrder)
    }
    AccessibilityLayer {
        anchors.fill: parent
        session: root.session
        accessibility: root.accessibility
        stack: stack
        idleWarning: idleWarning.item
    }
}
