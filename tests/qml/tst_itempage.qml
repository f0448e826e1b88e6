import QtQuick
import QtTest
import KioskTest

// The item page: group rules, the required flag, quantity limits and going back.
KioskTestCase {
    name: "ItemPage"

    function test_requiredGroupIsFlaggedUntilChosen(): void {
        startOrder();
        openItem("chicken", "chicken_tenders");
        const sauce = find("section_sauce_choice");
        compare(findChild(sauce, "ruleText").text, "Required · choose 1");
        verify(findChild(sauce, "requiredFlag").visible);
        const count = find("section_tenders_count");
        verify(!findChild(count, "requiredFlag").visible, "a default satisfies the group");

        tap("option_sauce_harbor");
        tryVerify(() => !findChild(sauce, "requiredFlag").visible);
        compare(find("option_sauce_harbor").selected, true);
        verify(find("addToOrderButton").enabled);
    }

    function test_ruleTextsOfOptionalGroups(): void {
        startOrder();
        openItem("burgers", "classic_burger");
        compare(findChild(find("section_burger_size"), "ruleText").text, "Required · choose 1");
        compare(findChild(find("section_burger_extras"), "ruleText").text, "Optional · choose up to 4");
    }

    function test_optionPriceChangesTheTotal(): void {
        startOrder();
        openItem("burgers", "classic_burger");
        const addButton = find("addToOrderButton");
        const before = addButton.text;
        const bacon = find("option_extra_bacon");
        compare(bacon.priceDeltaText, "+$1.50");
        tap("option_extra_bacon");
        tryVerify(() => addButton.text !== before);
        verify(addButton.text.indexOf(editor.totalPriceText) > 0);
    }

    function test_quantityStaysWithinLimits(): void {
        startOrder();
        openItem("burgers", "classic_burger");
        const stepper = find("quantityStepper");
        const minus = findChild(stepper, "minusButton");
        const plus = findChild(stepper, "plusButton");
        compare(editor.quantity, 1);
        compare(minus.enabled, false);
        mouseClick(plus);
        tryCompare(editor, "quantity", 2);
        compare(findChild(stepper, "quantityText").text, "2");
        verify(minus.enabled);
        mouseClick(minus);
        tryCompare(editor, "quantity", 1);
    }

    function test_backReturnsToMenuWithoutAdding(): void {
        startOrder();
        openItem("burgers", "classic_burger");
        tap("backButton");
        waitForPage("menuPage");
        compare(cart.count, 0);
    }

    function test_addingShowsToastAndUpdatesCartButton(): void {
        startOrder();
        addChickenTenders();
        const toast = overlay("toast");
        tryCompare(toast, "visible", true);
        compare(findChild(currentPage(), "cartTotalText").text, cart.totalText);
        verify(findChild(currentPage(), "cartBadge").visible);
    }
}
