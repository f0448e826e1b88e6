import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Promo codes on the cart page, through the real controls: typed on the on-screen keyboard or
// scanned (the scanner types and ends with Enter), applied as a row of its own in the summary
// and in the total, each refusal's words, Remove, and a code that stops applying when a line
// leaves. The store's backend is a closed port, so the codes come from its offline list.
KioskTestCase {
    id: testCase

    name: "PromoCode"

    function init(): void {
        configDir = TestFixture.storeWithFeedback(0, false);
        verify(configDir !== "");
        launch();
        verify(TestFixture.setOfflinePromotions(session, [
            {code: "SAVE10", name_en: "10% off your order", name_es: "10 % de descuento", kind: "percent_off",
             percent: 10},
            {code: "BIG3", name_en: "$3 off $15", name_es: "3 $ de descuento", kind: "amount_off",
             amount_cents: 300, min_subtotal_cents: 1500},
            {code: "OLD", name_en: "Old code", name_es: "Código viejo", kind: "amount_off", amount_cents: 100,
             valid_until: "2026-12-01T08:00:00Z"},
            {code: "LEMON", name_en: "Free lemonade", name_es: "Limonada gratis", kind: "free_item",
             item_id: "fresh_lemonade"}
        ]));
    }

    function openCart(): void {
        tap("cartButton");
        waitForPage("cartPage");
    }
    function openEntry(): void {
        tap("promoButton");
        tryCompare(find("promoEntryPanel"), "visible", true);
    }
    function typeCode(code: string): void {
        for (const key of code.toLowerCase())
            tap("key_" + key);
    }
    function enter(code: string): void {
        openEntry();
        typeCode(code);
        compare(find("promoField").text, code.toUpperCase());
        tap("promoApplyButton");
        tryVerify(() => promo.state !== PromoController.Checking, 5000, "the code was never checked");
    }

    function test_save10AppliesAsARowAndInTheTotal(): void {
        startOrder();
        addChickenTenders();
        openCart();
        const subtotal = cart.subtotalText;
        const totalBefore = cart.totalText;
        enter("save10");
        compare(promo.state, PromoController.Applied);
        tryCompare(find("promoEntryPanel"), "visible", false);
        compare(find("promoRow").visible, true);
        compare(cart.promoCode, "SAVE10");
        compare(cart.promoDiscountText, "-$0.85");
        compare(find("promoAppliedText").text, "Code SAVE10: 10% off your order");
        verify(cart.totalText !== totalBefore);
        compare(cart.subtotalText, subtotal);
        compare(find("discountRow").visible, false); // the rewards' row stays for rewards

        tap("promoRemoveButton");
        compare(promo.state, PromoController.Idle);
        compare(cart.promoDiscount, 0);
        compare(cart.totalText, totalBefore);
        compare(find("promoButton").visible, true);
    }

    function test_scannerTypesAndEndsWithEnter(): void {
        startOrder();
        addChickenTenders();
        openCart();
        openEntry();
        const field = find("promoField");
        verify(field.activeFocus, "the field listens for the scanner");
        keyClick(Qt.Key_S);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_V);
        keyClick(Qt.Key_E);
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_0);
        keyClick(Qt.Key_Return);
        tryCompare(promo, "state", PromoController.Applied);
        compare(cart.promoCode, "SAVE10");
    }

    function test_eachRefusalSaysWhy_data() {
        return [
            {tag: "malformed", code: "SAVE 10!", text: "That doesn't look like a code"},
            {tag: "unknown offline", code: "NOPE", text: "We can't check codes right now. Try again, or order without it."},
            {tag: "expired", code: "OLD", text: "OLD expired on Dec 1"},
            {tag: "below minimum", code: "BIG3", text: "Add $6.51 more to use BIG3"},
            {tag: "free item", code: "LEMON", text: "Add a Fresh-Squeezed Lemonade to use this code"},
        ];
    }
    function test_eachRefusalSaysWhy(data): void {
        startOrder();
        addChickenTenders();
        openCart();
        openEntry();
        find("promoField").text = data.code; // as a scanner would leave it
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Refused);
        compare(find("promoMessage").text, data.text);
        compare(find("promoMessage").visible, true);
        compare(cart.promoDiscount, 0);
        tap("promoCancelButton");
        compare(find("promoButton").visible, true);
    }

    function test_spanishRefusal(): void {
        startOrder();
        session.setLanguage("es");
        addChickenTenders();
        openCart();
        openEntry();
        find("promoField").text = "BIG3";
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Refused);
        compare(find("promoMessage").text, "Añade $6.51 más para usar BIG3");
    }

    // Accessibility mode: the keypad reaches "Have a promo code?", the field and Apply in
    // order, and the refusal is spoken.
    function test_keypadAndTheRefusalSpoken(): void {
        const speech = createTemporaryObject(recorderComponent, testCase);
        accessibility.speech = speech;
        startOrder();
        addChickenTenders();
        openCart();
        accessibility.enabled = true;
        const tabTo = name => {
            for (let presses = 0; presses < 80 && focusedName() !== name; ++presses)
                keyClick(Qt.Key_Tab);
            compare(focusedName(), name, "Tab never reached " + name);
        };
        tabTo("promoButton");
        keyClick(Qt.Key_Return);
        tryCompare(find("promoEntryPanel"), "visible", true);
        tryCompare(testCase, "focusedNameNow", "promoField");
        find("promoField").text = "BIG3"; // a keypad has no letters: a scanner's or the keyboard's
        tabTo("promoApplyButton");
        const before = speech.utterances.length;
        keyClick(Qt.Key_Return);
        tryCompare(promo, "state", PromoController.Refused);
        tryVerify(() => speech.utterances.slice(before).join(" | ").indexOf("Add $6.51 more to use BIG3") >= 0, 3000,
                  "heard: " + speech.utterances.slice(before).join(" | "));
    }

    readonly property string focusedNameNow: app && app.Window.activeFocusItem ? app.Window.activeFocusItem.objectName : ""
    function focusedName(): string {
        return focusedNameNow;
    }

    Component {
        id: recorderComponent

        RecordingSpeechOutput {}
    }

    function test_removingALineBelowTheMinimumSaysHowMuchMore(): void {
        startOrder();
        addChickenTenders();
        addChickenTenders(); // merged: 2 x $8.49
        openCart();
        enter("BIG3");
        compare(promo.state, PromoController.Applied);
        compare(cart.promoDiscountText, "-$3.00");
        cart.decrement(0);
        compare(cart.promoDiscount, 0);
        compare(promo.state, PromoController.Applied); // still attached, taking nothing
        compare(find("promoNeedsText").text, "Add $6.51 more to use BIG3");
        compare(find("promoRow").visible, false);
    }
}
