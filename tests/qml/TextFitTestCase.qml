import QtQuick
import KioskTest

// Walks every page in English and in Spanish and checks that each visible text fits its
// box: nothing elided or cut off, nothing wider than its space or the screen. The tst_textfit
// files run it at the kiosk's sizes.
KioskTestCase {
    // Lists the texts under `root` that do not fit, one per line ("" when all fit).
    function misfits(root: Item, where: string): string {
        const found = [];
        const visit = node => {
            if (!node || !node.visible || node.opacity === 0)
                return;
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
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i]);
        };
        visit(root);
        return found.join("\n");
    }
    function checkPage(where: string): void {
        wait(80); // lets layouts settle: a changed text can take a few polish passes
        const problems = misfits(app, where);
        verify(problems === "", "\n" + problems);
    }
    function checkAllPages(language: string): void {
        if (language !== session.language) {
            tap("languageSwitch");
            tryCompare(session, "language", language);
        }
        checkPage("attract");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        checkPage("dine option");
        tap("takeOutButton");
        waitForPage("menuPage");

        const grid = find("itemGrid");
        const rail = find("categoryList");
        for (let c = 0; c < session.categories.count; ++c) {
            const categoryId = session.categories.categoryIdAt(c);
            rail.positionViewAtIndex(c, ListView.Contain);
            tap("category_" + categoryId);
            tryCompare(session.items, "categoryId", categoryId);
            for (let i = 0; i < session.items.count; i += 2) {
                grid.positionViewAtIndex(i, GridView.Contain);
                checkPage("menu " + categoryId + " row " + (i / 2));
            }
            for (let i = 0; i < session.items.count; ++i) {
                const itemId = session.items.itemIdAt(i);
                grid.positionViewAtIndex(i, GridView.Contain);
                const card = find("item_" + itemId);
                if (!card.enabled)
                    continue;
                mouseClick(card);
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

        session.idle.idleTimeoutMs = 100;
        tryCompare(findChild(app, "idleWarning"), "visible", true);
        checkPage("idle warning");
        tap("moreTimeButton");
        session.idle.idleTimeoutMs = 60000;

        tap("checkoutButton");
        waitForPage("confirmationPage");
        checkPage("confirmation");
    }
}
