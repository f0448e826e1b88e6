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
        verify(addButton.text.indexOf(editor.totalPriceText) > 0);
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(cart.count, 1);
        compare(cart.itemCount, 1);

        tap("cartButton");
        waitForPage("cartPage");
        const line = find("cartLine_0");
        mouseClick(findChild(line, "plusButton"));
        tryCompare(cart, "itemCount", 2);
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
        compare(cart.count, 0);
    }

    // A printer that cannot print: the customer is asked to remember the number, shown
    // larger; the longest number a store can have (8-letter prefix) still fits the width.
    function test_printerTroubleAsksToRememberTheNumber(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        const label = find("orderNumberLabel");
        const number = find("orderNumberText");
        compare(label.text, "Your order number");
        const normalSize = number.font.pixelSize;

        verify(TestFixture.setPrinterState(session, "paper_out", "", false));
        compare(ticketStatus.trouble, true);
        compare(label.text, "Please remember your order number");
        verify(number.font.pixelSize > normalSize, "the number is not larger");
        compare(number.Accessible.name, "Please remember your order number: " + session.lastOrderNumber);
        verify(label.y + label.height <= number.y, "the request is above the number");
        number.text = "WWWWWWWW-888";
        wait(50);
        verify(number.contentWidth <= number.width + 1,
               "the longest number is wider than its box: " + number.contentWidth + " > " + number.width);
        verify(number.mapToItem(app, 0, 0).x >= 0 && number.mapToItem(app, number.width, 0).x <= app.width);

        verify(TestFixture.setPrinterState(session, "ready", "", false));
        compare(ticketStatus.trouble, false);
        compare(label.text, "Your order number");
    }

    // Only what the first screen shows is made before its first frame: the other pages are
    // made when pushed, the dialogs and notices the first time they are wanted.
    function test_onlyTheAttractPageIsMadeAtStart(): void {
        verify(findChild(app, "attractPage"));
        compare(stack.depth, 1);
        for (const name of ["dineOptionPage", "menuPage", "itemPage", "cartPage", "loyaltyPage",
                            "confirmationPage", "diagnosticsPinPage", "diagnosticsPage", "idleWarning",
                            "accessibilityPanel", "loweredScreenFiller", "callStaffMessage", "toast",
                            "offlineNotice"])
            compare(findChild(app, name), null, name + " exists before it is needed");
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
