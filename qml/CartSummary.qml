import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// Subtotal, the rewards' and the promo code's discounts, tax (added, and included in the
// prices) and total of the cart, as the cart model formats them.
ColumnLayout {
    id: root

    required property CartModel cart

    spacing: Theme.gap

    component SummaryRow: RowLayout {
        id: summaryRow

        required property string label
        required property string amount
        property bool emphasized: false

        spacing: Theme.spacing
        Layout.fillWidth: true
        // Read as one: "Total $12.34".
        Accessible.role: Accessible.StaticText
        Accessible.name: label + " " + amount

        Text {
            text: summaryRow.label
            font.pixelSize: summaryRow.emphasized ? Theme.fontTitle : Theme.fontBody
            font.bold: summaryRow.emphasized
            color: summaryRow.emphasized ? Theme.text : Theme.textMuted
            Layout.fillWidth: true
        }
        Text {
            text: summaryRow.amount
            font.pixelSize: summaryRow.emphasized ? Theme.fontTitle : Theme.fontBody
            font.bold: true
            color: Theme.text
        }
    }

    SummaryRow {
        label: qsTr("Subtotal")
        amount: root.cart.subtotalText
    }
    SummaryRow {
        objectName: "discountRow"
        label: qsTr("Rewards discount")
        amount: root.cart.discountText
        visible: root.cart.discount > 0
    }
    // The promo code's own row: "SAVE10 -$1.80".
    SummaryRow {
        objectName: "promoRow"
        label: root.cart.promoCode
        amount: root.cart.promoDiscountText
        visible: root.cart.promoDiscount > 0
        Accessible.name: qsTr("Promo code %1: %2").arg(root.cart.promoCode).arg(root.cart.promoDiscountText)
    }
    // Always shown, as before per-item taxes, unless every tax is inside the prices.
    SummaryRow {
        objectName: "taxRow"
        label: qsTr("Tax")
        amount: root.cart.taxText
        visible: root.cart.tax > 0 || root.cart.taxIncluded === 0
    }
    // Inclusive taxes are part of the prices above: shown, never added to the total.
    SummaryRow {
        objectName: "taxIncludedRow"
        label: qsTr("Includes tax")
        amount: root.cart.taxIncludedText
        visible: root.cart.taxIncluded > 0
    }
    SummaryRow {
        objectName: "totalRow"
        label: qsTr("Total")
        amount: root.cart.totalText
        emphasized: true
    }
}
