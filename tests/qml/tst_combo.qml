import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// A meal on the sample store: its card in "Meals", the stepper (options, back, change), its
// price and savings, one cart line with its parts, and the order that reaches the outbox with
// the combo and every part. "Make it a meal" from a cart line, left or taken.
KioskTestCase {
    name: "Combo"

    function openMeals(): void {
        tap("category_meals");
        tryCompare(items, "categoryId", "meals");
    }
    // Taps a choice of the step on screen; one with options opens them and "Done" picks it.
    function choose(itemId: string): void {
        // A new step's cards replace the last step's: those go at the next event-loop turn,
        // and the new ones are laid out first.
        wait(0);
        waitForItemPolished(find("choiceGrid"));
        tap("choice_" + itemId);
        if (comboEditor.customizing) {
            tryCompare(find("partDoneButton"), "enabled", true);
            tap("partDoneButton");
            tryCompare(comboEditor, "customizing", false);
        }
    }
    function lineId(row: int): string {
        return cart.data(cart.index(row, 0), CartModel.LineIdRole);
    }
    function addClassicBurger(): void {
        openItem("burgers", "classic_burger");
        tap("addToOrderButton");
        waitForPage("menuPage");
    }

    function test_mealFromTheMenuToTheOrder(): void {
        startOrder();
        openMeals();
        const card = find("combo_classic_burger_meal");
        compare(findChild(card, "priceText").text, "from $11.99");
        // $8.99 + $3.49 + $2.49 apart.
        compare(findChild(card, "savingsText").text, "Save $2.98");
        verify(findChild(card, "mealBadge").visible);

        tap("combo_classic_burger_meal");
        waitForPage("comboPage");
        compare(find("stepTitle").text, "Step 1 of 3: Burger");
        compare(find("comboNextButton").enabled, false);
        tap("choice_classic_burger");
        tryCompare(comboEditor, "customizing", true);
        // The options list grows to its full height over a few frames.
        tryVerify(() => findChild(currentPage(), "option_no_onions") !== null);
        // In the meal the burger is included: its own $8.99 is not what it costs here.
        compare(find("itemSummaryPrice").text, "Included");
        tap("option_no_onions");
        tap("partDoneButton");
        tryCompare(find("stepTitle"), "text", "Step 2 of 3: Side");
        verify(find("summary_main").picksText.indexOf("No onions") >= 0);

        // Back shows the burger step with the burger still picked; Next goes on again.
        tap("comboBackButton");
        tryCompare(find("stepTitle"), "text", "Step 1 of 3: Burger");
        compare(find("choice_classic_burger").picked, 1);
        tap("comboNextButton");
        tryCompare(find("stepTitle"), "text", "Step 2 of 3: Side");
        choose("classic_fries");
        tryCompare(find("stepTitle"), "text", "Step 3 of 3: Drink");
        compare(find("summary_side").picksText, "Classic Fries (Regular)");
        compare(find("addMealButton").enabled, false);
        choose("fountain_soda");
        tryCompare(find("addMealButton"), "enabled", true);
        compare(find("mealPriceText").text, "Meal price: $11.99");
        compare(find("savingsText").text, "You save $2.98");

        // Change the burger: the bacon cheeseburger adds $1.50, and saves as much.
        tap("changeButton_main");
        tryCompare(find("stepTitle"), "text", "Step 1 of 3: Burger");
        choose("bacon_cheeseburger");
        tryCompare(find("mealPriceText"), "text", "Meal price: $13.49");
        compare(find("savingsText").text, "You save $2.98");
        tap("comboNextButton");
        tryCompare(find("stepTitle"), "text", "Step 3 of 3: Drink");
        verify(find("addMealButton").text.indexOf("$13.49") > 0);
        tap("addMealButton");
        waitForPage("menuPage");
        compare(cart.count, 1);

        tap("cartButton");
        waitForPage("cartPage");
        const line = find("cartLine_0");
        const parts = findChild(line, "partsText");
        verify(parts.visible);
        verify(parts.text.indexOf("Bacon Cheeseburger") === 0, parts.text);
        verify(parts.text.indexOf(" · Classic Fries") > 0, parts.text);
        verify(parts.text.indexOf(" · Fountain Soda") > 0, parts.text);
        compare(findChild(line, "lineTotalText").text, "$13.49");

        tap("checkoutButton");
        waitForPage("confirmationPage");
        const orders = TestFixture.orderLines(session);
        compare(orders.length, 1);
        const lines = JSON.parse(orders[0]);
        compare(lines.length, 1);
        compare(lines[0].combo_id, "classic_burger_meal");
        compare(lines[0].item_id, "classic_burger_meal");
        compare(lines[0].unit_price_cents, 1349);
        compare(lines[0].parts.map(p => p.item_id), ["bacon_cheeseburger", "classic_fries", "fountain_soda"]);
    }

    function test_backFromTheFirstStepLeavesTheMeal(): void {
        startOrder();
        openMeals();
        tap("combo_chicken_tenders_meal");
        waitForPage("comboPage");
        // Tenders need a sauce: "Done" waits for it, and Back returns to the choices.
        tap("choice_chicken_tenders");
        tryCompare(comboEditor, "customizing", true);
        compare(find("partDoneButton").enabled, false);
        tap("comboBackButton");
        tryCompare(comboEditor, "customizing", false);
        compare(comboEditor.stepDone, false);
        tap("comboBackButton");
        waitForPage("menuPage");
        compare(cart.count, 0);
    }

    function test_makeItAMealTakesTheItemIntoTheMeal(): void {
        startOrder();
        addClassicBurger();
        addClassicBurger(); // merged: one line of two
        compare(cart.count, 1);
        const burger = lineId(0);

        // Left: the cart is as it was.
        verify(session.makeItAMeal("classic_burger_meal", burger));
        compare(comboEditor.stepIndex, 1);
        compare(comboEditor.steps.count, 3);
        verify(comboEditor.back());
        verify(!comboEditor.back()); // the page leaves the meal
        verify(!session.addEditedCombo());
        compare(cart.itemCount, 2);

        // Taken: one burger goes into the meal.
        verify(session.makeItAMeal("classic_burger_meal", burger));
        compare(comboEditor.stepIndex, 1);
        comboEditor.choose(0); // fries: their size opens first
        verify(comboEditor.confirmPart());
        comboEditor.choose(0); // soda
        verify(comboEditor.confirmPart());
        verify(comboEditor.canAdd);
        verify(session.addEditedCombo());
        compare(cart.count, 2);
        compare(cart.itemCount, 2);
        compare(cart.data(cart.index(0, 0), CartModel.QuantityRole), 1);
        verify(cart.data(cart.index(1, 0), CartModel.IsComboRole));

        // The last burger: its line goes.
        verify(session.makeItAMeal("classic_burger_meal", lineId(0)));
        comboEditor.choose(0);
        verify(comboEditor.confirmPart());
        comboEditor.choose(0);
        verify(comboEditor.confirmPart());
        verify(session.addEditedCombo());
        compare(cart.count, 1);
        compare(cart.itemCount, 2);
        // A drink is no burger meal's main.
        verify(!session.makeItAMeal("classic_burger_meal", lineId(0)));
    }

    function test_mealInSpanish(): void {
        startOrder();
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        openMeals();
        compare(findChild(find("combo_classic_burger_meal"), "priceText").text.indexOf("desde"), 0);
        tap("combo_classic_burger_meal");
        waitForPage("comboPage");
        compare(find("comboName").text, "Combo hamburguesa clásica");
        compare(find("stepTitle").text, "Paso 1 de 3: Hamburguesa");
    }
}
