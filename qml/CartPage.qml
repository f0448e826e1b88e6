pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The order so far: its lines, the totals and "Place order".
OrderPage {
    id: root

    // Asked first at "Place order": the one suggestion of the visit's checkout.
    required property SuggestionController suggestions
    required property PromoController promo
    // "Have a promo code?" was tapped: the entry panel covers the lines.
    property bool promoOpen: false

    signal addMoreRequested()
    signal checkedOut()

    function placeOrder(): void {
        if (root.session.checkout())
            root.checkedOut();
    }

    function errorText(error: KioskSession.CheckoutError): string {
        switch (error) {
        case KioskSession.EmptyCart:
            return qsTr("Your order is empty. Add something from the menu first.");
        case KioskSession.UnavailableItems:
            return qsTr("Some items are no longer available. Please remove them to continue.");
        case KioskSession.NoDineOption:
            return qsTr("Please tell us whether you eat here or take out.");
        case KioskSession.CannotSave:
            return qsTr("This kiosk cannot take orders right now, please order at the counter");
        default:
            return "";
        }
    }

    // Lowered with large text, the bottom half cannot hold the lines and the whole checkout
    // panel at once: the panel then takes at most 55 % of the page and scrolls.
    // So does a panel that grew past that (a promo code and its message on a small screen).
    readonly property bool panelScrolls: Theme.lowerScreen && Theme.textScale > 1
                                         || panelScroller.contentHeight > Math.round(height * 0.55)

    objectName: "cartPage"
    title: cart.empty ? qsTr("Your order is empty")
                      : qsTr("Your order, total %1").arg(cart.totalText)
    showCartButton: false
    footer: Rectangle {
        // Entering a code, the keyboard needs the room; the summary is back once it applies.
        visible: !root.promoOpen
        implicitHeight: root.panelScrolls ? Math.min(panelScroller.contentHeight, Math.round(root.height * 0.55))
                                          : panelScroller.contentHeight
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        Flickable {
            id: panelScroller

            objectName: "checkoutPanelScroll"
            anchors.fill: parent
            contentHeight: footerColumn.implicitHeight + 2 * Theme.margin
            interactive: contentHeight > height + 1
            clip: interactive
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: footerColumn

                x: Theme.margin
                y: Theme.margin
                width: panelScroller.width - 2 * Theme.margin
                spacing: Theme.spacing

                CartSummary {
                    cart: root.cart
                    visible: !root.cart.empty
                    Layout.fillWidth: true
                }
                // The promo code: offered, or applied with its name, what it needs, and Remove.
                RowLayout {
                    objectName: "promoLine"
                    visible: !root.cart.empty && !root.promoOpen
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    ColumnLayout {
                        visible: root.promo.state === PromoController.Applied
                        spacing: Theme.gap
                        Layout.fillWidth: true

                        ReadableText {
                            objectName: "promoAppliedText"
                            text: qsTr("Code %1: %2").arg(root.promo.code).arg(root.promo.name)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        PromoMessage {
                            objectName: "promoNeedsText"
                            promo: root.promo
                            Layout.fillWidth: true
                        }
                    }
                    KioskButton {
                        objectName: "promoRemoveButton"
                        visible: root.promo.state === PromoController.Applied
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove promo code %1").arg(root.promo.code)
                        iconName: "close"
                        secondary: true
                        onClicked: root.promo.remove()
                    }
                    KioskButton {
                        objectName: "promoButton"
                        visible: root.promo.state !== PromoController.Applied
                        text: qsTr("Have a promo code?")
                        secondary: true
                        Layout.fillWidth: true
                        onClicked: {
                            root.promoOpen = true;
                            promoPanel.open();
                        }
                    }
                }
                LoyaltyCartBanner {
                    loyalty: root.loyalty
                    visible: root.loyalty.enabled && !root.cart.empty
                    Layout.fillWidth: true
                    onRewardsRequested: root.rewardsRequested()
                }
                Rectangle {
                    objectName: "checkoutError"
                    visible: errorLabel.text !== ""
                    radius: Theme.radiusSmall
                    color: Theme.dangerSurface
                    implicitHeight: errorLabel.implicitHeight + 32
                    Layout.fillWidth: true

                    ReadableText {
                        id: errorLabel

                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        text: root.errorText(root.session.checkoutError)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                // Side by side; large text on a narrow screen stacks them, so neither label elides.
                GridLayout {
                    columns: Theme.room(root.width) < Theme.smallRoom ? 1 : 2
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing
                    Layout.fillWidth: true

                    KioskButton {
                        objectName: "addMoreButton"
                        text: qsTr("Add more items")
                        iconName: "back"
                        secondary: true
                        Layout.fillWidth: root.cart.empty || parent.columns === 1
                        onClicked: root.addMoreRequested()
                    }
                    KioskButton {
                        objectName: "checkoutButton"
                        text: qsTr("Place order")
                        Accessible.name: qsTr("Place order, total %1").arg(root.cart.totalText)
                        iconName: "forward"
                        visible: !root.cart.empty
                        enabled: root.cart.canCheckout
                        Layout.fillWidth: true
                        onClicked: {
                            if (!root.suggestions.offerAtCheckout())
                                root.placeOrder();
                        }
                    }
                }
            }
        }
    }

    PromoEntryPanel {
        id: promoPanel

        anchors.fill: parent
        z: 1
        visible: root.promoOpen
        promo: root.promo
        accessibility: root.accessibility
        onCloseRequested: root.promoOpen = false
    }
    // Added or declined: the order is placed as if the prompt had not been there.
    Connections {
        target: root.suggestions

        function onCheckoutMayProceed(): void {
            root.placeOrder();
        }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.spacing

            ReadableText {
                text: qsTr("Your order")
                font.pixelSize: Theme.fontHeadline - 8
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Rectangle {
                implicitWidth: dineText.implicitWidth + 40
                implicitHeight: 56
                radius: 28
                color: Theme.surfaceMuted

                ReadableText {
                    id: dineText

                    anchors.centerIn: parent
                    text: root.session.dineOption === KioskSession.TakeOut ? qsTr("Take out")
                                                                           : qsTr("Eat here")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
            }
        }
        ListView {
            id: lineList

            objectName: "cartLines"
            clip: true
            model: root.cart
            spacing: Theme.spacing
            topMargin: Theme.gap
            bottomMargin: Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            visible: !root.cart.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Your order")

            delegate: CartLineDelegate {
                id: lineDelegate

                width: ListView.view.width
                maxQuantity: root.cart.maxQuantity
                onIncrementClicked: root.cart.increment(lineDelegate.index)
                onDecrementClicked: root.cart.decrement(lineDelegate.index)
                onRemoveClicked: root.cart.remove(lineDelegate.index)
            }
        }
        ColumnLayout {
            objectName: "emptyCartMessage"
            visible: root.cart.empty
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin

            Item {
                Layout.fillHeight: true
            }
            IconImage {
                iconName: "cart"
                // Lowered, the words need the room.
                visible: !Theme.lowerScreen
                width: 160
                height: 160
                opacity: 0.3
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 160
                Layout.preferredHeight: 160
            }
            ReadableText {
                text: qsTr("Your order is empty")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReadableText {
                text: qsTr("Pick something delicious from the menu.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
}
