import QtQuick
import QtTest
import KioskTest

// The cart page: empty state, quantities, removal and going back to the menu.
KioskTestCase {
    name: "Cart"

    function test_emptyCart(): void {
        startOrder();
        tap("cartButton");
        waitForPage("cartPage");
        verify(find("emptyCartMessage").visible);
        compare(find("checkoutButton").visible, false);
        tap("addMoreButton");
        waitForPage("menuPage");
    }

    function test_quantityAndRemove(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        const line = find("cartLine_0");
        const minus = findChild(line, "minusButton");
        compare(minus.enabled, false, "quantity never goes below 1 by the stepper");
        mouseClick(findChild(line, "plusButton"));
        tryCompare(cart, "itemCount", 2);
        compare(findChild(line, "lineTotalText").text, cart.subtotalText);
        mouseClick(minus);
        tryCompare(cart, "itemCount", 1);

        mouseClick(findChild(line, "removeButton"));
        tryCompare(cart, "count", 0);
        tryVerify(() => find("emptyCartMessage").visible);
    }

    function test_addMoreGoesBackToMenu(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        verify(find("checkoutButton").enabled);
        tap("addMoreButton");
        waitForPage("menuPage");
        compare(cart.count, 1);
    }

    function test_cartReachableFromItemPage(): void {
        startOrder();
        addChickenTenders();
        openItem("burgers", "classic_burger");
        tap("cartButton");
        waitForPage("cartPage");
        tap("addMoreButton");
        waitForPage("menuPage");
    }
}
