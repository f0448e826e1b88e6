import QtQuick
import QtQuick.Controls.Basic
import QtTest
import KioskTest

// Every interactive control on every page has an Accessible.role and an Accessible.name:
// the name is what the accessibility mode speaks and what AT-SPI tools read. The test walks
// the item tree of each page (and of the dialogs) and lists every control without them.
KioskTestCase {
    name: "AccessibleNames"

    // Roles a control must not have: none set, or a plain pane or client.
    readonly property list<int> missingRoles: [Accessible.NoRole, Accessible.Client, Accessible.Pane]

    function isControl(node: Item): bool {
        return node.activeFocusOnTab
            || (node.checkable !== undefined && node.autoRepeat !== undefined) // AbstractButton
            || node.echoMode !== undefined; // text fields
    }
    function unnamedControls(root: Item, where: string): var {
        const found = [];
        const visit = node => {
            if (!node || !node.visible || node.objectName === "focusRing")
                return;
            if (isControl(node)) {
                ++controlsSeen;
                const role = accessibility.accessibleRole(node);
                const name = accessibility.accessibleName(node);
                if (missingRoles.indexOf(role) >= 0 || name.trim() === "")
                    found.push(where + ": " + (node.objectName || node.toString()) + " (role " + role
                               + ", name \"" + name + "\")");
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i]);
        };
        visit(root);
        return found;
    }
    property var problems: []
    property int controlsSeen: 0
    function check(where: string): void {
        wait(50);
        const found = unnamedControls(app, where);
        // The same delegate on many pages is listed once.
        for (const line of found)
            problems.push(line);
    }
    function report(): void {
        verify(controlsSeen > 100, "only " + controlsSeen + " controls seen");
        verify(problems.length === 0, "\n" + problems.join("\n"));
    }

    // The check itself: a button without a name, or with a name but no role, is listed.
    function test_theCheckFindsUnnamedControls(): void {
        const unnamed = createTemporaryObject(bareButton, currentPage(), {objectName: "bareButton"});
        const roleless = createTemporaryObject(bareButton, currentPage(), {objectName: "rolelessButton", text: "Go"});
        const found = unnamedControls(app, "attract").join("\n");
        verify(found.indexOf("bareButton") >= 0, found);
        verify(found.indexOf("rolelessButton") >= 0, found);
        verify(unnamed && roleless);
        createTemporaryObject(namedButton, currentPage(), {objectName: "namedButton"});
        verify(unnamedControls(app, "attract").join("\n").indexOf("namedButton") < 0);
    }

    Component {
        id: namedButton

        AbstractButton {
            width: 100
            height: 100
            Accessible.role: Accessible.Button
            Accessible.name: "Named"
        }
    }
    Component {
        id: bareButton

        AbstractButton {
            width: 100
            height: 100
        }
    }

    function test_everyControlHasARoleAndAName(): void {
        problems = [];
        check("attract");
        startOrder();
        check("menu");
        for (let c = 0; c < categories.count; ++c) {
            const categoryId = categories.categoryIdAt(c);
            find("categoryList").positionViewAtIndex(c, ListView.Contain);
            tap("category_" + categoryId);
            tryCompare(items, "categoryId", categoryId);
            check("menu " + categoryId);
        }
        tap("category_meals");
        tryCompare(items, "categoryId", "meals");
        tap("combo_classic_burger_meal");
        waitForPage("comboPage");
        check("combo");
        tap("choice_classic_burger");
        tryCompare(comboEditor, "customizing", true);
        check("combo options");
        tap("comboBackButton");
        tap("comboBackButton");
        waitForPage("menuPage");
        openItem("chicken", "chicken_tenders");
        check("item chicken_tenders");
        tap("option_sauce_ranch");
        tap("addToOrderButton");
        waitForPage("menuPage");
        openItem("burgers", "classic_burger");
        check("item classic_burger");
        tap("addToOrderButton");
        waitForPage("menuPage");
        tap("cartButton");
        waitForPage("cartPage");
        check("cart");

        tap("accessibilityButton");
        tryCompare(overlay("accessibilityPanel"), "visible", true);
        check("accessibility options");
        tap("accessibilityCloseButton");

        session.idle.idleTimeoutMs = 100;
        tryCompare(overlay("idleWarning"), "visible", true);
        check("idle warning");
        tap("moreTimeButton");
        session.idle.idleTimeoutMs = 60000;

        tap("checkoutButton");
        waitForPage("confirmationPage");
        check("confirmation");
        tap("doneButton");
        waitForPage("attractPage");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        check("dine option");
        report();
    }
}
