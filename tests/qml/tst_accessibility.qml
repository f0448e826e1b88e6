import QtQuick
import QtTest
import Kiosk
import Kiosk.Models
import KioskTest

// The accessibility mode driven by keys only, as a customer with a USB keypad would: a whole
// order from the attract screen to the order number, checking what would be spoken at each
// step through the recording speech output (English, then Spanish), plus the idle warning,
// the options panel and the keys that must not switch the mode on.
KioskTestCase {
    id: testCase

    property RecordingSpeechOutput speech: null

    name: "Accessibility"

    function focused(): Item {
        return app.Window.activeFocusItem;
    }
    function focusedName(): string {
        const item = focused();
        return item ? item.objectName : "";
    }
    // Everything said since `from` (an index into the utterances), as one string.
    function saidSince(from: int): string {
        return speech.utterances.slice(from).join(" | ");
    }
    function verifySaid(from: int, text: string): void {
        tryVerify(() => saidSince(from).indexOf(text) >= 0, 3000,
                  "expected \"" + text + "\" to be spoken, heard: " + saidSince(from));
    }
    // Tab until the control `name` has focus, as a customer does, and check it was spoken.
    function tabTo(name: string): Item {
        for (let presses = 0; presses < 120 && focusedName() !== name; ++presses)
            keyClick(Qt.Key_Tab);
        compare(focusedName(), name, "Tab never reached " + name);
        const item = focused();
        verify(item.visible && item.enabled, name + " has focus but cannot be used");
        compare(speech.last.indexOf(accessibility.accessibleName(item)), 0,
                "focusing " + name + " said \"" + speech.last + "\"");
        return item;
    }
    // Enter on the focused control, then the arrival of page `pageName` and its title spoken.
    function enterTo(pageName: string): void {
        const before = speech.utterances.length;
        keyClick(Qt.Key_Return);
        waitForPage(pageName);
        verifySaid(before, currentPage().title);
        // Its first control has focus and is said after the title.
        tryVerify(() => focused() && focused().activeFocusOnTab, 3000, "nothing focused on " + pageName);
        verifySaid(before, accessibility.accessibleName(focused()));
    }
    function switchOnWithKey(): void {
        verify(!accessibility.enabled);
        keyClick(Qt.Key_Down);
        verify(accessibility.enabled, "a navigation key switches the mode on");
        verifySaid(0, currentPage().title);
        verifySaid(0, "F1");
        tryCompare(testCase, "focusedNameNow", "touchToOrder");
    }
    readonly property string focusedNameNow: app && app.Window.activeFocusItem ? app.Window.activeFocusItem.objectName : ""

    function orderByKeys(language: string): void {
        switchOnWithKey();
        if (language !== "en") {
            tabTo("languageSwitch");
            const before = speech.utterances.length;
            keyClick(Qt.Key_Return);
            tryCompare(session, "language", language);
            // The switch says its new name, in the new language.
            verifySaid(before, accessibility.accessibleName(focused()));
            compare(speech.languages[speech.languages.length - 1], language);
        }
        tabTo("touchToOrder");
        enterTo("dineOptionPage");
        tabTo("dineInButton");
        enterTo("menuPage");
        compare(session.dineOption, KioskSession.DineIn);

        // A category, an item, its required sauce.
        tabTo("category_chicken");
        keyClick(Qt.Key_Return);
        tryCompare(items, "categoryId", "chicken");
        tabTo("item_chicken_tenders");
        enterTo("itemPage");
        verify(currentPage().title.indexOf(editor.name) === 0, currentPage().title);
        const add = find("addToOrderButton");
        verify(!add.enabled, "the sauce is required");
        const option = tabTo("option_sauce_ranch");
        let before = speech.utterances.length;
        keyClick(Qt.Key_Space);
        tryVerify(() => accessibility.isChecked(option));
        // The option says it is picked now.
        verifySaid(before, accessibility.accessibleName(option) + ", ");
        tryCompare(add, "enabled", true);
        const addName = accessibility.accessibleName(tabTo("addToOrderButton"));
        verify(addName.indexOf(editor.totalPriceText) > 0, addName);
        enterTo("menuPage");
        compare(cart.itemCount, 1);

        // The cart: its title and the checkout button say the total.
        tabTo("cartButton");
        enterTo("cartPage");
        const total = cart.totalText;
        verify(currentPage().title.indexOf(total) > 0, "the cart's title says the total: " + currentPage().title);
        const checkout = tabTo("checkoutButton");
        verify(accessibility.accessibleName(checkout).indexOf(total) > 0);
        before = speech.utterances.length;
        keyClick(Qt.Key_Enter);
        waitForPage("confirmationPage");
        verify(session.lastOrderNumber !== "");
        // The order number and the total are read out.
        verifySaid(before, session.lastOrderNumber);
        verifySaid(before, total);
        compare(speech.languages[speech.languages.length - 1], language);

        // Escape on the confirmation ends the order; the next customer starts neutral.
        keyClick(Qt.Key_Escape);
        waitForPage("attractPage");
        verify(!accessibility.enabled);
    }

    // Every test starts with this: the session speaks into a recorder.
    function listen(): void {
        speech = createTemporaryObject(recorderComponent, testCase);
        accessibility.speech = speech;
    }

    // WCAG 2.x relative luminance of an sRGB colour.
    function luminance(c: color): real {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrastRatio(a: color, b: color): real {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // The way into the mode sits over the attract screen's photos: its label must read on
    // its own background, whatever lies behind (WCAG AA for text: 4.5:1).
    function test_accessibilityButtonContrastOnTheAttractScreen(): void {
        const button = find("accessibilityButton");
        const label = findChild(button, "accessibilityButtonText");
        verify(label.visible, "the attract screen's button shows its label");
        const background = button.background as Rectangle;
        compare(background.color.a, 1, "the button's background is solid");
        const ratio = contrastRatio(label.color, background.color);
        verify(ratio >= 4.5, "contrast " + ratio.toFixed(2) + ":1");
    }

    function test_wholeOrderByKeysInEnglish(): void {
        listen();
        orderByKeys("en");
        verifySaid(0, "Touch to order");
        verifySaid(0, "Your order number is");
    }
    function test_wholeOrderByKeysInSpanish(): void {
        listen();
        orderByKeys("es");
        // Translated names already in the catalogue are spoken in Spanish.
        verifySaid(0, "Para comer aquí");
        verifySaid(0, "Toca para ordenar");
        verify(speech.languages.indexOf("es") >= 0);
    }
    function test_printableKeysDoNotSwitchTheModeOn(): void {
        listen();
        // A barcode scanner on the attract screen: digits, then Enter.
        keyClick(Qt.Key_4);
        keyClick(Qt.Key_2);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Space);
        verify(!accessibility.enabled);
        compare(speech.utterances.length, 0);
        compare(currentPage().objectName, "attractPage");
        keyClick(Qt.Key_F1);
        verify(accessibility.enabled);
    }
    function test_backGoesBack(): void {
        listen();
        switchOnWithKey();
        keyClick(Qt.Key_Return);
        waitForPage("dineOptionPage");
        tabTo("takeOutButton");
        enterTo("menuPage");
        tabTo("item_" + items.itemIdAt(0));
        enterTo("itemPage");
        const before = speech.utterances.length;
        keyClick(Qt.Key_Escape);
        waitForPage("menuPage");
        verifySaid(before, currentPage().title);
        keyClick(Qt.Key_Escape);
        waitForPage("dineOptionPage");
        // Two pages deep, Back ends the order.
        keyClick(Qt.Key_Escape);
        waitForPage("attractPage");
        verify(!session.orderOpen);
    }
    // A meal by keys: each step's choice, a choice's options and "Done", Escape a step back.
    function test_mealByKeys(): void {
        listen();
        switchOnWithKey();
        keyClick(Qt.Key_Return);
        waitForPage("dineOptionPage");
        tabTo("takeOutButton");
        enterTo("menuPage");
        tabTo("category_meals");
        keyClick(Qt.Key_Return);
        tryCompare(items, "categoryId", "meals");
        tabTo("combo_classic_burger_meal");
        enterTo("comboPage");
        tabTo("choice_classic_burger");
        keyClick(Qt.Key_Return);
        tryCompare(comboEditor, "customizing", true);
        tabTo("partDoneButton");
        keyClick(Qt.Key_Return);
        tryCompare(comboEditor, "stepIndex", 1);
        keyClick(Qt.Key_Escape);
        tryCompare(comboEditor, "stepIndex", 0);
        tabTo("comboNextButton");
        keyClick(Qt.Key_Return);
        tryCompare(comboEditor, "stepIndex", 1);
        tabTo("choice_side_salad");
        keyClick(Qt.Key_Return);
        tabTo("partDoneButton");
        keyClick(Qt.Key_Return);
        tryCompare(comboEditor, "stepIndex", 2);
        tabTo("choice_iced_tea");
        keyClick(Qt.Key_Return);
        tabTo("partDoneButton");
        keyClick(Qt.Key_Return);
        tryCompare(comboEditor, "canAdd", true);
        tabTo("addMealButton");
        enterTo("menuPage");
        compare(cart.count, 1);
    }
    function test_focusStaysOnThePageAndWraps(): void {
        listen();
        switchOnWithKey();
        const first = focused();
        const seen = [];
        for (let i = 0; i < 10 && (i === 0 || focused() !== first); ++i) {
            seen.push(focusedName());
            keyClick(Qt.Key_Tab);
        }
        compare(focused(), first, "Tab comes back round to the first control: " + seen.join(", "));
        verify(seen.indexOf("accessibilityButton") >= 0, seen.join(", "));
        keyClick(Qt.Key_Backtab);
        verify(focused() !== first);
        keyClick(Qt.Key_Right);
        compare(focused(), first);
        // The ring surrounds the focused control.
        const ring = findChild(app, "focusRing");
        verify(ring && ring.visible);
        compare(ring.parent, first);
    }
    function test_idleWarningIsSpokenAndLongerInTheMode(): void {
        listen();
        startOrder();
        const timeout = session.idle.idleTimeoutMs;
        compare(session.idle.effectiveTimeoutMs, timeout);
        keyClick(Qt.Key_Tab);
        verify(accessibility.enabled);
        compare(session.idle.effectiveTimeoutMs, 2 * timeout, "the idle time doubles in the mode");
        const before = speech.utterances.length;
        session.idle.idleTimeoutMs = 100;
        tryCompare(overlay("idleWarning"), "visible", true);
        verifySaid(before, "Are you still there?");
        verify(/\d+/.test(saidSince(before)), "the countdown is said: " + saidSince(before));
        tryCompare(testCase, "focusedNameNow", "moreTimeButton");
        verifySaid(before, "I need more time");
        // Focus stays inside the warning.
        keyClick(Qt.Key_Tab);
        compare(focusedName(), "startOverButton");
        keyClick(Qt.Key_Tab);
        compare(focusedName(), "moreTimeButton");
        session.idle.idleTimeoutMs = 60000;
        keyClick(Qt.Key_Return);
        tryCompare(overlay("idleWarning"), "visible", false);
        compare(currentPage().objectName, "menuPage");
        verify(session.orderOpen);
    }
    function test_optionsPanelByKeys(): void {
        listen();
        switchOnWithKey();
        tabTo("accessibilityButton");
        let before = speech.utterances.length;
        keyClick(Qt.Key_Return);
        const panel = overlay("accessibilityPanel");
        tryCompare(panel, "visible", true);
        verifySaid(before, "Accessibility options");
        tryCompare(testCase, "focusedNameNow", "highContrastToggle");
        before = speech.utterances.length;
        keyClick(Qt.Key_Return);
        verify(accessibility.highContrast);
        verify(Theme.highContrast);
        verifySaid(before, "High contrast: on");
        tabTo("largeTextToggle");
        keyClick(Qt.Key_Return);
        verify(Theme.textScale >= 1.5);
        tabTo("louderButton");
        const volume = accessibility.speechVolume;
        keyClick(Qt.Key_Return);
        compare(accessibility.speechVolume, volume + 20);
        compare(speech.volume, (volume + 20) / 100);
        verifySaid(before, String(volume + 20));
        keyClick(Qt.Key_Escape);
        tryCompare(panel, "visible", false);
        compare(currentPage().objectName, "attractPage");
        // Focus is back where it was before the panel opened.
        compare(focusedName(), "accessibilityButton");
        // The order's end resets everything for the next customer.
        tabTo("touchToOrder");
        keyClick(Qt.Key_Return);
        waitForPage("dineOptionPage");
        session.endOrder();
        waitForPage("attractPage");
        verify(!accessibility.highContrast);
        verify(!Theme.highContrast);
        compare(Theme.textScale, 1);
    }

    Component {
        id: recorderComponent

        RecordingSpeechOutput {}
    }
}
