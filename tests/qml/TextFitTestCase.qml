import QtQuick
import QtQuick.Layouts
import Kiosk.Models
import KioskTest

// Walks every page in English and in Spanish and checks that each visible text fits its
// box: nothing elided or cut off, nothing wider than its space or the screen. The tst_textfit
// files run it at the kiosk's sizes.
KioskTestCase {
    // The accessibility mode's display options the pages are walked in (tst_textfit_access*).
    property bool highContrast: false
    property bool largeText: false
    property bool lowerScreen: false

    // Lists the texts under `root` that do not fit, one per line ("" when all fit), and the
    // controls that stick out of the screen (or, lowered, out of its bottom half).
    function misfits(root: Item, where: string): string {
        const found = [];
        const top = lowerScreen ? root.height / 2 : 0;
        const controls = []; // boxes of the controls not in a scrolling view
        // `layer`: the dialog a node is in (null for the page). A dialog covers the page, so
        // its controls may lie over the page's, which cannot be reached while it is open.
        const visit = (node, scrolled, layer) => {
            if (!node || !node.visible || node.opacity === 0)
                return;
            if (node.activeFocusOnTab && node.objectName !== "focusRing") {
                const box = node.mapToItem(root, 0, 0, node.width, node.height);
                if (box.x < -1 || box.x + box.width > root.width + 1
                        || (!scrolled && (box.y < top - 1 || box.y + box.height > root.height + 1)))
                    found.push(where + ": control " + (node.objectName || accessibility.accessibleName(node))
                               + " sticks out of the screen (" + Math.round(box.x) + ", "
                               + Math.round(box.y) + ", " + Math.round(box.width) + " x "
                               + Math.round(box.height) + ")");
                if (!scrolled)
                    controls.push({name: node.objectName || accessibility.accessibleName(node), box: box,
                                   layer: layer});
            }
            const isText = node.truncated !== undefined && node.elide !== undefined
                && node.text !== undefined;
            if (isText && node.text !== "") {
                const left = node.mapToItem(root, 0, 0).x;
                if (node.truncated)
                    found.push("elided/truncated");
                else if (node.contentWidth > node.width + 1)
                    found.push("wider than its box (" + Math.round(node.contentWidth) + " > "
                               + Math.round(node.width) + ")");
                else if (left < -1 || left + node.width > root.width + 1)
                    found.push("outside the screen (x " + Math.round(left) + ", width "
                               + Math.round(node.width) + ")");
                else
                    return;
                found[found.length - 1] = where + ": \"" + node.text + "\" " + found[found.length - 1];
                return;
            }
            // Large text and the lowered layout: a column squeezed below its content's height
            // makes its texts overlap.
            if ((largeText || lowerScreen) && node instanceof ColumnLayout && !scrolled
                    && node.implicitHeight > node.height + 1)
                found.push(where + ": a column " + (node.objectName || node.parent.objectName || "")
                           + " is squeezed (" + Math.round(node.implicitHeight) + " > "
                           + Math.round(node.height) + " px)");
            // Inside a list or a scrolling page a control may be scrolled half out of view.
            const inView = scrolled || node.flicking !== undefined;
            const inLayer = node.Accessible.role === Accessible.Dialog ? node : layer;
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i], inView, inLayer);
        };
        visit(root, false, null);
        // Two controls on top of each other (one inside the other, e.g. the attract screen's
        // full-screen button, is fine).
        const inside = (a, b) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1
                                 && a.y + a.height <= b.y + b.height + 1;
        for (let i = 0; i < controls.length; ++i) {
            for (let j = i + 1; j < controls.length; ++j) {
                const a = controls[i].box;
                const b = controls[j].box;
                const overlap = a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1
                    && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
                if (overlap && controls[i].layer === controls[j].layer && !inside(a, b) && !inside(b, a))
                    found.push(where + ": controls " + controls[i].name + " and " + controls[j].name
                               + " overlap");
            }
        }
        return found.join("\n");
    }
    function checkPage(where: string): void {
        wait(80); // lets layouts settle: a changed text can take a few polish passes
        const problems = misfits(app, where);
        verify(problems === "", "\n" + problems);
    }
    // The display options and the language, chosen on the attract screen.
    function prepare(language: string): void {
        if (highContrast || largeText || lowerScreen) {
            accessibility.enabled = true;
            accessibility.highContrast = highContrast;
            accessibility.largeText = largeText;
            accessibility.lowerScreen = lowerScreen;
        }
        if (language !== session.language) {
            tap("languageSwitch");
            tryCompare(session, "language", language);
        }
    }
    // The payment page in each of its looks, in a store that takes cards (the payment worker
    // played by hand), then the confirmation of an order to pay at the counter.
    function checkPaymentPages(language: string): void {
        const sample = configDir;
        cleanup();
        configDir = TestFixture.storeWithPayment("card_or_counter");
        verify(configDir !== "");
        launch();
        configDir = sample;
        prepare(language);
        TestFixture.setBackendOnline(session, true);
        checkPage("attract, cards taken");
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("paymentPage");
        checkPage("payment choice");
        tap("payByCardButton");
        verify(TestFixture.reportPayment(session, "in_progress", ""));
        checkPage("payment on the reader");
        tap("cancelPaymentButton");
        checkPage("payment cancelling");
        verify(TestFixture.reportPayment(session, "canceled", "buyer_canceled"));
        checkPage("payment cancelled");
        tap("tryAgainButton");
        verify(TestFixture.reportPayment(session, "declined", "Insufficient funds"));
        checkPage("payment declined");
        tap("payAtCounterButton");
        waitForPage("confirmationPage");
        checkPage("confirmation, pay at the counter");
    }
    // A meal's first step, and a choice's options over it.
    function checkCombo(comboId: string): void {
        if (!find("combo_" + comboId).enabled)
            return;
        tap("combo_" + comboId);
        waitForPage("comboPage");
        checkPage("combo " + comboId);
        wait(0); // the cards of the step settle
        tap("choice_" + comboEditor.choices.data(comboEditor.choices.index(0, 0), ComboChoiceListModel.ItemIdRole));
        if (comboEditor.customizing) {
            checkPage("combo " + comboId + " options");
            tap("comboBackButton");
        }
        while (comboEditor.stepIndex > 0)
            tap("comboBackButton");
        tap("comboBackButton");
        waitForPage("menuPage");
    }
    // The promo code on the cart: the entry panel with its keyboard, a refusal, and a code
    // applied in the summary (the store's offline list, set by hand).
    function checkPromoPages(language: string): void {
        verify(TestFixture.setOfflinePromotions(session, [
            {code: "SAVE10", name_en: "10% off your order", name_es: "10 % de descuento en tu pedido",
             kind: "percent_off", percent: 10},
            {code: "BIG3", name_en: "$3 off $15", name_es: "3 $ de descuento", kind: "amount_off",
             amount_cents: 300, min_subtotal_cents: 1500}
        ]));
        prepare(language);
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        tap("takeOutButton");
        waitForPage("menuPage");
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("promoButton");
        checkPage("promo entry");
        find("promoField").text = "BIG3";
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Refused);
        checkPage("promo refused");
        find("promoField").text = "SAVE10";
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Applied);
        checkPage("promo applied");
    }
    function checkAllPages(language: string): void {
        prepare(language);
        checkPage("attract");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        checkPage("dine option");
        tap("takeOutButton");
        waitForPage("menuPage");

        const grid = find("itemGrid");
        const rail = find("categoryList");
        for (let c = 0; c < categories.count; ++c) {
            const categoryId = categories.categoryIdAt(c);
            rail.positionViewAtIndex(c, ListView.Contain);
            tap("category_" + categoryId);
            tryCompare(items, "categoryId", categoryId);
            for (let i = 0; i < items.count; i += 2) {
                grid.positionViewAtIndex(i, GridView.Contain);
                checkPage("menu " + categoryId + " row " + (i / 2));
            }
            for (let i = 0; i < items.count; ++i) {
                const itemId = items.itemIdAt(i);
                grid.positionViewAtIndex(i, GridView.Contain);
                if (items.data(items.index(i, 0), MenuItemListModel.IsComboRole)) {
                    checkCombo(itemId);
                    continue;
                }
                const card = find("item_" + itemId);
                if (!card.enabled)
                    continue;
                // Large text, lowered, on a small screen: a card can be taller than the grid's
                // view; tap() lands on the part the customer sees.
                tap("item_" + itemId);
                waitForPage("itemPage");
                checkPage("item " + itemId);
                const scroller = find("itemScroll");
                scroller.contentY = Math.max(0, scroller.contentHeight - scroller.height);
                checkPage("item " + itemId + " (end of options)");
                tap("backButton");
                waitForPage("menuPage");
            }
        }

        tap("cartButton");
        waitForPage("cartPage");
        checkPage("empty cart");
        tap("addMoreButton");
        waitForPage("menuPage");
        rail.positionViewAtIndex(0, ListView.Contain);
        openItem("bowls_salads", "southwest_burrito_bowl");
        tap("addToOrderButton");
        waitForPage("menuPage");
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        checkPage("cart");
        verify(find("totalRow").visible, "the cart's total is not shown");
        if (accessibility.enabled) {
            tap("accessibilityButton");
            checkPage("accessibility options");
            tap("accessibilityCloseButton");
        }

        session.idle.idleTimeoutMs = 100;
        tryCompare(overlay("idleWarning"), "visible", true);
        checkPage("idle warning");
        tap("moreTimeButton");
        session.idle.idleTimeoutMs = 60000;

        tap("checkoutButton");
        waitForPage("confirmationPage");
        checkPage("confirmation");
        // No ticket may print: the request to remember the number, the number larger.
        verify(TestFixture.setPrinterState(session, "paper_out", "", false));
        checkPage("confirmation, printer trouble");
    }
}
