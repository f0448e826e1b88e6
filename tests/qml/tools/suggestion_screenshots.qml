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
    function test_shots(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR not set");
        TestFixture.installExtraTranslation();
        startOrder();
        addItem("burgers", "mushroom_swiss_burger"); // no meal's main: a side is offered
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
        addItem("burgers", "bbq_smokehouse_burger");
        shoot("suggest-after-add-es");
        tap("suggestionSkipButton");
        session.endOrder();
        waitForPage("attractPage");

        // The classic burger is the main of the sample store's Classic Burger Meal.
        startOrder();
        addItem("burgers", "classic_burger");
        shoot("suggest-meal");
    }
}
