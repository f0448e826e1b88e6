import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// A whole visit: attract → dine in → chicken tenders (sauce required) → cart → number.
KioskTestCase {
    name: "OrderFlow"

    function test_orderFromAttractToOrderNumber(): void {
        startOrder();
        compare(session.dineOption, KioskSession.DineIn);

        openItem("chicken", "chicken_tenders");
        const addButton = find("addToOrderButton");
        verify(addButton.enabled === false, "a sauce is required before adding");
        verify(find("missingGroupsText").text.indexOf("Sauce") >= 0);

        tap("option_sauce_bbq");
        tryCompare(addButton, "enabled", true);
        verify(addButton.text.indexOf(session.editor.totalPriceText) > 0);
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(session.cart.count, 1);
        compare(session.cart.itemCount, 1);

        tap("cartButton");
        waitForPage("cartPage");
        const line = find("cartLine_0");
        mouseClick(findChild(line, "plusButton"));
        tryCompare(session.cart, "itemCount", 2);
        tryCompare(findChild(line, "quantityText"), "text", "2");

        tap("checkoutButton");
        waitForPage("confirmationPage");
        const number = find("orderNumberText");
        verify(/^K1-\d{3}$/.test(number.text), "order number " + number.text);
        compare(number.text, session.lastOrderNumber);
        compare(find("orderTotalText").text, session.lastOrderTotalText);

        tap("doneButton");
        waitForPage("attractPage");
        compare(session.orderOpen, false);
        compare(session.cart.count, 0);
    }

    function test_cancelFromMenuReturnsToAttract(): void {
        startOrder();
        tap("cancelOrderButton");
        waitForPage("attractPage");
        compare(session.orderOpen, false);
    }

    function test_soldOutItemCannotBeOpened(): void {
        startOrder();
        tap("category_bowls_salads");
        const soldOut = find("item_shrimp_poke_bowl");
        compare(soldOut.enabled, false);
        verify(findChild(soldOut, "soldOutBadge").visible);
        mouseClick(soldOut);
        wait(50);
        compare(currentPage().objectName, "menuPage");
    }
}
