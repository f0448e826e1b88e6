import QtQuick
import Kiosk.Models

// The clearly marked way into the accessibility mode, on the attract screen and every page:
// the wheelchair symbol and "Accessibility" on a solid blue, legible over the attract
// screen's photos as on the brand colour. It switches the mode on and opens its options.
HeaderButton {
    id: root

    required property AccessibilityController accessibility

    objectName: "accessibilityButton"
    // U+267F, the wheelchair symbol (in DejaVu Sans), in a high-visibility disc.
    symbol: "\u267F"
    symbolPixelSize: 34
    symbolBold: false
    symbolColor: Theme.textOnBrand
    discColor: Theme.accessibilityBlue
    discBorderColor: Theme.textOnBrand
    fillColor: Theme.accessibilityBlue
    leftPadding: iconOnly ? 16 : 20
    text: qsTr("Accessibility")
    Accessible.name: qsTr("Accessibility options: speech, high contrast, large text, lower screen")
    onClicked: {
        accessibility.enabled = true;
        accessibility.optionsRequested();
    }
}
