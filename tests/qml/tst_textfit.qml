import QtQuick
import QtTest
import KioskTest

// Every visible text fits at the kiosk's design size, 1080x1920.
TextFitTestCase {
    name: "TextFit"

    function test_english(): void {
        checkAllPages("en");
    }
    function test_spanish(): void {
        checkAllPages("es");
    }
    function test_paymentEnglish(): void {
        checkPaymentPages("en");
    }
    function test_promoSpanish(): void {
        checkPromoPages("es");
    }
    function test_paymentSpanish(): void {
        checkPaymentPages("es");
    }
}
