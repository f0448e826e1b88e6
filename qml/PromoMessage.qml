import QtQuick
import Kiosk.Models

// Why the promo code was refused, or why the applied one takes nothing off the order as it is
// now ("Add $2.50 more to use SAVE10"); empty (and hidden) when there is nothing to say.
ReadableText {
    id: root

    required property PromoController promo

    function messageText(refusal: int, code: string, detail: string): string {
        switch (refusal) {
        case PromoController.Malformed:
            return qsTr("That doesn't look like a code");
        case PromoController.Unknown:
            return qsTr("We don't recognise that code");
        case PromoController.Unavailable:
            return qsTr("We can't check codes right now. Try again, or order without it.");
        case PromoController.NotYetValid:
            return qsTr("%1 starts on %2").arg(code).arg(detail);
        case PromoController.Expired:
            return qsTr("%1 expired on %2").arg(code).arg(detail);
        case PromoController.BelowMinimum:
            return qsTr("Add %1 more to use %2").arg(detail).arg(code);
        case PromoController.ItemNotInCart:
            return qsTr("Add a %1 to use this code").arg(detail);
        case PromoController.DoesNotCombine:
            return qsTr("%1 doesn't combine with rewards").arg(code);
        default:
            return "";
        }
    }

    objectName: "promoMessage"
    text: messageText(promo.refusal, promo.code, promo.detail)
    visible: text !== ""
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.danger
    wrapMode: Text.Wrap
}
