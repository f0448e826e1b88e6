import QtQuick
import QtTest
import KioskTest

// The language switch turns the pages' texts and the menu's names into Spanish and back.
KioskTestCase {
    name: "Language"

    function test_attractScreenSwitchesLanguage(): void {
        const invitation = find("touchToOrderText");
        const other = find("touchToOrderOtherText");
        const switchText = find("languageSwitchText");
        compare(invitation.text, "Touch to order");
        compare(other.text, "Toca para ordenar");
        compare(switchText.text, "Español");

        tap("languageSwitch");
        tryCompare(session, "language", "es");
        tryCompare(invitation, "text", "Toca para ordenar");
        compare(other.text, "Touch to order");
        compare(switchText.text, "English");
        compare(currentPage().objectName, "attractPage", "switching language does not start an order");

        tap("languageSwitch");
        tryCompare(session, "language", "en");
        tryCompare(invitation, "text", "Touch to order");
        compare(switchText.text, "Español");
    }

    function test_menuAndCartSwitchLanguage(): void {
        startOrder();
        const title = find("categoryTitle");
        compare(title.text, "Burgers");
        tap("languageSwitch");
        tryCompare(title, "text", "Hamburguesas");
        compare(find("dineOptionText").text, "Para comer aquí");

        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        const checkout = find("checkoutButton");
        compare(checkout.text, "Hacer pedido");
        tap("languageSwitch");
        tryCompare(checkout, "text", "Place order");
    }

    function test_endOfOrderRestoresDefaultLanguage(): void {
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        startOrder();
        tap("cancelOrderButton");
        waitForPage("attractPage");
        tryCompare(session, "language", "en");
        tryCompare(find("touchToOrderText"), "text", "Touch to order");
    }
}
