import QtQuick
import QtTest
import KioskTest

// Every visible text also fits on a smaller portrait screen, 768x1366.
TextFitTestCase {
    name: "TextFitSmall"

    function test_english(): void {
        checkAllPages("en");
    }
    function test_spanish(): void {
        checkAllPages("es");
    }
    function test_paymentEnglish(): void {
        checkPaymentPages("en");
    }
    function test_paymentSpanish(): void {
        checkPaymentPages("es");
    }

    width: 768
    height: 1366
}
