import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: saves a PNG of the suggestion prompt (after an add, "Make it a meal", at
// checkout, in Spanish) and of the diagnostics Suggestions page into $KIOSK_SCREENSHOT_DIR.
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/suggestion_screenshots.qml
KioskTestCase {
    name: "SuggestionScreenshots"
    offerSuggestions: true

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function addItem(categoryId: string, itemId: string): void {
        openItem(categoryId, itemId);
        tap("addToOrderButton");
        waitForPage("menuPage");
        tryVerify(() => suggestions.visible);
    }
    function storeWithMeal(): string {
        const store = TestFixture.storeWithFeedback(0, false);
        const menu = JSON.parse(TestFixture.readFile(store + "/menu.json"));
        menu.combos = [{
            id: "classic_meal", category: "burgers",
            name: {en: "Classic Burger Meal", es: "Combo hamburguesa clásica"},
            image: "images/items/classic_burger.png", price_cents: 1199,
            steps: [{id: "main", name: {en: "Burger", es: "Hamburguesa"}, pick: 1,
                     choices: [{item: "classic_burger"}]},
                    {id: "side", name: {en: "Side", es: "Acompañante"}, pick: 1,
                     choices: [{item: "classic_fries"}]}]
        }];
        verify(TestFixture.writeFile(store + "/menu.json", JSON.stringify(menu)));
        return store;
    }

    function test_shots(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR not set");
        TestFixture.installExtraTranslation();
        startOrder();
        addItem("burgers", "classic_burger");
        shoot("suggest-after-add");
        tap("suggestionSkipButton");
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        tryVerify(() => suggestions.visible);
        shoot("suggest-checkout");
        tap("suggestionSkipButton");
        waitForPage("confirmationPage");
        tap("doneButton");
        waitForPage("attractPage");

        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_suggestions");
        shoot("suggest-diagnostics");
        tap("diagnosticsExitButton");
        waitForPage("attractPage");

        startOrder();
        session.setLanguage("es");
        addItem("burgers", "bacon_cheeseburger");
        shoot("suggest-after-add-es");

        cleanup();
        configDir = storeWithMeal();
        launch();
        suggestions.offering = true;
        startOrder();
        addItem("burgers", "classic_burger");
        shoot("suggest-meal");
    }
}
