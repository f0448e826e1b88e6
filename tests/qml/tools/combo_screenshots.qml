import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: the meal pages on the sample store, saved as PNGs into $KIOSK_SCREENSHOT_DIR
// (combo-menu, combo-stepper, combo-cart). Run:
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/combo_screenshots.qml
KioskTestCase {
    name: "ComboScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions and the toast settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function choose(itemId: string): void {
        // A new step's cards replace the last step's: those go at the next event-loop turn,
        // and the new ones are laid out first.
        wait(0);
        waitForItemPolished(find("choiceGrid"));
        tap("choice_" + itemId);
        if (comboEditor.customizing)
            tap("partDoneButton");
    }

    function test_shots(): void {
        startOrder();
        tap("category_meals");
        tryCompare(items, "categoryId", "meals");
        shoot("combo-menu");
        tap("combo_classic_burger_meal");
        waitForPage("comboPage");
        tap("choice_classic_burger");
        tryVerify(() => findChild(currentPage(), "option_no_onions") !== null);
        tap("option_no_onions");
        tap("partDoneButton");
        tap("choice_onion_rings");
        shoot("combo-options");
        tap("partDoneButton");
        shoot("combo-stepper");
        choose("fresh_lemonade");
        tap("addMealButton");
        waitForPage("menuPage");
        tap("cartButton");
        waitForPage("cartPage");
        shoot("combo-cart");
    }
}
