import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// The menu's suggestions on the real pages (docs/menu.md, Suggestions), on the sample store's
// rules: sides after a burger, a drink then a dessert at checkout; "Make it a meal" on a copy
// of the store with a combo. Taps only, as a customer would; the accessibility case by keys.
KioskTestCase {
    id: testCase

    property RecordingSpeechOutput speech: null

    name: "Suggestions"
    offerSuggestions: true

    // Every case on the sample store; the meal case points configDir at its copy.
    function init(): void {
        configDir = TestFixture.configDir;
        launch();
    }
    function prompt(): Item {
        return overlay("suggestionPrompt");
    }
    function waitForPrompt(itemName: string): void {
        tryVerify(() => suggestions.visible && prompt().visible, 3000, "no suggestion shown");
        compare(suggestions.itemName, itemName);
    }
    function addItem(categoryId: string, itemId: string): void {
        openItem(categoryId, itemId);
        tryCompare(find("addToOrderButton"), "enabled", true);
        tap("addToOrderButton");
        waitForPage("menuPage");
    }
    function cartNames(): var {
        const names = [];
        for (let row = 0; row < cart.count; ++row)
            names.push(cart.data(cart.index(row, 0), CartModel.NameRole));
        return names;
    }
    function lineIdAt(row: int): string {
        return cart.data(cart.index(row, 0), CartModel.LineIdRole);
    }
    function countOf(ruleId: string, role: int): int {
        const model = suggestions.counts;
        for (let row = 0; row < model.count; ++row) {
            const index = model.index(row, 0);
            if (model.data(index, UpsellCountListModel.RuleIdRole) === ruleId)
                return model.data(index, role);
        }
        return -1;
    }
    function goToCartAndCheckout(): void {
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
    }
    // The burgers here are no meal's main (the sample store's meals are of the classic, the
    // bacon and the veggie burger), so the sides rule speaks, not "Make it a meal".
    function test_acceptAfterAddOpensTheSideToPickItsSize(): void {
        startOrder();
        addItem("burgers", "mushroom_swiss_burger");
        waitForPrompt("Classic Fries");
        compare(suggestions.kind, SuggestionController.Item);
        compare(suggestions.priceText, "$3.49");
        compare(prompt().Accessible.name, "Add Classic Fries for $3.49?");
        compare(countOf("burger_sides", UpsellCountListModel.OfferedRole), 1);
        // Fries come in sizes: the customer picks on the item page, the default ready.
        tap("suggestionAcceptButton");
        waitForPage("itemPage");
        compare(editor.itemId, "classic_fries");
        verify(!suggestions.visible);
        compare(countOf("burger_sides", UpsellCountListModel.AcceptedRole), 1);
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(cartNames(), ["Mushroom Swiss Burger", "Classic Fries"]);
        // A side fires no rule: nothing more is asked.
        verify(!suggestions.visible);
    }
    function test_skipAddsNothingAndTheSameLineIsNotAskedAgain(): void {
        startOrder();
        addItem("burgers", "mushroom_swiss_burger");
        waitForPrompt("Classic Fries");
        tap("suggestionSkipButton");
        tryVerify(() => !prompt().visible);
        compare(cartNames(), ["Mushroom Swiss Burger"]);
        compare(countOf("burger_sides", UpsellCountListModel.AcceptedRole), 0);
        // The same burger again merges into its line: one prompt per line, so none.
        const adds = createTemporaryObject(spyComponent, testCase,
                                           {target: session, signalName: "itemAdded"});
        addItem("burgers", "mushroom_swiss_burger");
        compare(adds.count, 1);
        compare(adds.signalArguments[0][0], "mushroom_swiss_burger");
        compare(adds.signalArguments[0][1], lineIdAt(0));
        compare(cart.count, 1);
        compare(cart.itemCount, 2);
        verify(!suggestions.visible);
        compare(countOf("burger_sides", UpsellCountListModel.OfferedRole), 1);
    }
    function test_neverSuggestsWhatIsInTheCart(): void {
        startOrder();
        addItem("sides", "classic_fries");
        verify(!suggestions.visible);
        addItem("burgers", "bbq_smokehouse_burger");
        // Fries are in the order: the rule's next side.
        waitForPrompt("Beer-Battered Onion Rings");
        tap("suggestionSkipButton");
        // A chicken sandwich's rule has fries first, then coleslaw.
        addItem("chicken", "grilled_chicken_sandwich");
        waitForPrompt("Creamy Coleslaw");
        tap("suggestionSkipButton");
        tryVerify(() => !suggestions.visible);
    }
    function test_checkoutPromptAfterSkipPlacesTheOrder(): void {
        startOrder();
        addItem("sides", "coleslaw");
        goToCartAndCheckout();
        // No drink in the order: the first drink of the rule.
        waitForPrompt("Fresh-Squeezed Lemonade");
        compare(countOf("drink", UpsellCountListModel.OfferedRole), 1);
        tap("suggestionSkipButton");
        waitForPage("confirmationPage");
        verify(session.lastOrderNumber !== "");
    }
    function test_checkoutPromptOncePerVisit(): void {
        startOrder();
        addItem("sides", "coleslaw");
        goToCartAndCheckout();
        waitForPrompt("Fresh-Squeezed Lemonade");
        // Lemonade has flavours: its page opens, the order waits.
        tap("suggestionAcceptButton");
        waitForPage("itemPage");
        compare(editor.itemId, "fresh_lemonade");
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(cartNames(), ["Creamy Coleslaw", "Fresh-Squeezed Lemonade"]);
        // No dessert either, but the visit's checkout prompt was its one.
        goToCartAndCheckout();
        waitForPage("confirmationPage");
        compare(countOf("dessert", UpsellCountListModel.OfferedRole), 0);
        compare(countOf("drink", UpsellCountListModel.AcceptedRole), 1);
    }
    function test_checkoutAcceptAddsAnItemWithoutChoicesAtOnce(): void {
        startOrder();
        addItem("drinks", "bottled_water");
        // The order is placed right after the add, which empties the cart: look in between.
        let linesAtAdd = [];
        const record = () => { linesAtAdd = cartNames(); };
        suggestions.itemAddedToCart.connect(record);
        goToCartAndCheckout();
        // A drink is in the order: the dessert rule speaks.
        waitForPrompt("Chocolate Chip Cookie");
        tap("suggestionAcceptButton");
        suggestions.itemAddedToCart.disconnect(record);
        compare(linesAtAdd, ["Bottled Water", "Chocolate Chip Cookie"]);
        waitForPage("confirmationPage");
        compare(countOf("dessert", UpsellCountListModel.AcceptedRole), 1);
    }
    function test_promptSpokenAndFocusedInAccessibilityMode(): void {
        speech = createTemporaryObject(recorderComponent, testCase);
        accessibility.speech = speech;
        startOrder();
        accessibility.enabled = true;
        openItem("burgers", "mushroom_swiss_burger");
        tap("addToOrderButton");
        waitForPrompt("Classic Fries");
        tryVerify(() => speech.utterances.join(" | ").indexOf("Add Classic Fries for $3.49?") >= 0, 3000,
                  "heard: " + speech.utterances.join(" | "));
        // Focus is in the prompt, on its first button: Enter on the keypad answers it.
        tryCompare(testCase, "focusedNameNow", "suggestionAcceptButton");
        keyClick(Qt.Key_Tab);
        compare(focusedNameNow, "suggestionSkipButton");
        keyClick(Qt.Key_Return);
        tryVerify(() => !suggestions.visible);
        compare(cartNames(), ["Mushroom Swiss Burger"]);
    }
    readonly property string focusedNameNow: app && app.Window.activeFocusItem ? app.Window.activeFocusItem.objectName : ""

    function test_makeItAMealTakesThePlaceOfTheSides(): void {
        // The sample store's Classic Burger Meal has the classic burger as its main.
        const meals = createTemporaryObject(spyComponent, testCase,
                                            {target: suggestions, signalName: "mealAccepted"});
        startOrder();
        addItem("burgers", "classic_burger");
        waitForPrompt("Classic Burger");
        compare(suggestions.kind, SuggestionController.Meal);
        compare(suggestions.comboName, "Classic Burger Meal");
        compare(suggestions.priceText, "$11.99");
        compare(prompt().Accessible.name, "Make it a meal? Classic Burger Meal $11.99");
        compare(find("suggestionAcceptButton").text, "Make it a meal");
        tap("suggestionAcceptButton");
        compare(meals.count, 1);
        compare(meals.signalArguments[0][0], "classic_burger_meal");
        compare(meals.signalArguments[0][1], lineIdAt(0));
        // The stepper opens on the side, the burger already chosen as the meal's main.
        waitForPage("comboPage");
        compare(comboEditor.comboId, "classic_burger_meal");
        compare(comboEditor.stepIndex, 1);
        compare(countOf("make_it_a_meal", UpsellCountListModel.AcceptedRole), 1);
        // Offered once for that add: the fries rule did not speak instead or after.
        verify(!suggestions.visible);
        compare(countOf("burger_sides", UpsellCountListModel.OfferedRole), 0);
    }

    // A meal whose drinks are all sold out cannot be opened: it is not offered, and the
    // burger's sides rule speaks instead.
    function test_aMealThatCannotBeHadIsNotOffered(): void {
        configDir = TestFixture.storeWithFeedback(0, false);
        const menuPath = configDir + "/menu.json";
        const menu = JSON.parse(TestFixture.readFile(menuPath));
        for (const item of menu.items) {
            if (["fountain_soda", "fresh_lemonade", "iced_tea"].indexOf(item.id) >= 0)
                item.available = false;
        }
        verify(TestFixture.writeFile(menuPath, JSON.stringify(menu)));
        cleanup();
        launch();
        startOrder();
        addItem("burgers", "classic_burger");
        waitForPrompt("Classic Fries");
        compare(suggestions.kind, SuggestionController.Item);
        compare(countOf("make_it_a_meal", UpsellCountListModel.OfferedRole), 0);
    }

    Component {
        id: spyComponent

        SignalSpy {}
    }
    Component {
        id: recorderComponent

        RecordingSpeechOutput {}
    }
}
