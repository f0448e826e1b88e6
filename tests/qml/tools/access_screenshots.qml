import QtQuick
import QtTest
import KioskTest

// Not a test: saves the accessibility mode's screens into $KIOSK_SCREENSHOT_DIR as
// access-*.png: high contrast + large text on the menu and the cart in English and Spanish,
// the lowered layout, and the options panel. Run it like tools/screenshots.qml, then scale
// the PNGs to half size for docs/screenshots (convert -resize 50%).
KioskTestCase {
    name: "AccessScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions and the toast settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function fillCart(): void {
        openItem("chicken", "chicken_tenders");
        tap("option_sauce_bbq");
        tap("addToOrderButton");
        waitForPage("menuPage");
        openItem("burgers", "classic_burger");
        tap("option_extra_cheese");
        tap("addToOrderButton");
        waitForPage("menuPage");
    }
    function shootLanguage(language: string): void {
        if (language !== session.language) {
            tap("languageSwitch");
            tryCompare(session, "language", language);
        }
        accessibility.enabled = true;
        accessibility.highContrast = true;
        accessibility.largeText = true;
        startOrder();
        tap("category_burgers");
        shoot("access-menu-" + language);
        fillCart();
        tap("cartButton");
        waitForPage("cartPage");
        shoot("access-cart-" + language);
        tap("accessibilityButton");
        shoot("access-options-" + language);
        tap("lowerScreenToggle");
        tap("accessibilityCloseButton");
        shoot("access-cart-lowered-" + language);
        tap("addMoreButton");
        waitForPage("menuPage");
        shoot("access-menu-lowered-" + language);
    }

    function test_shootEnglish(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        shootLanguage("en");
    }
    function test_shootSpanish(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        shootLanguage("es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
