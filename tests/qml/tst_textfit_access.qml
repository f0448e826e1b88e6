import QtQuick
import QtTest
import KioskTest

// Every visible text fits and every control stays on screen in the accessibility mode's
// high contrast + large text (1.5x), and also lowered into the bottom half, at 1080x1920.
TextFitTestCase {
    name: "TextFitAccess"

    function test_english(): void {
        lowerScreen = false;
        checkAllPages("en");
    }
    function test_spanish(): void {
        lowerScreen = false;
        checkAllPages("es");
    }
    function test_englishLowered(): void {
        lowerScreen = true;
        checkAllPages("en");
    }
    function test_spanishLowered(): void {
        lowerScreen = true;
        checkAllPages("es");
    }
    function test_promoSpanish(): void {
        lowerScreen = false;
        checkPromoPages("es");
    }
    function test_promoSpanishLowered(): void {
        lowerScreen = true;
        checkPromoPages("es");
    }
    function test_paymentSpanish(): void {
        lowerScreen = false;
        checkPaymentPages("es");
    }
    function test_paymentSpanishLowered(): void {
        lowerScreen = true;
        checkPaymentPages("es");
    }

    highContrast: true
    largeText: true
}
