import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Staff pause ("86") an item from the diagnostics Menu page and resume it, through the real
// pages, on a store whose menu is its contract v1 backend's (a real refpos): the row says
// paused until when, the pause is kept (item_pauses), queued for the backend (outbox
// item_availability) and audited, and customers see the item sold out; Resume puts it back.
// $KIOSK_SCREENSHOT_DIR: also saves the page with items paused (pause-menu-page.png).
KioskTestCase {
    id: testCase

    readonly property string samplePin: "2468"

    function openMenuPage(): Item {
        const logo = find("storeLogo");
        for (let i = 0; i < 5; ++i)
            mouseClick(logo);
        waitForPage("diagnosticsPinPage");
        for (const digit of samplePin)
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_menu");
        const section = findChild(currentPage(), "menuSection");
        verify(section, "no menu section");
        tryCompare(section, "visible", true);
        return section;
    }
    function stateOf(itemId: string): string {
        return findChild(find("pausableItem_" + itemId), "pausableItemState").text;
    }
    // What a customer sees of the classic burger: true when it can be ordered.
    function burgerOnSaleForCustomers(): bool {
        tap("diagnosticsExitButton");
        startOrder();
        tap("category_burgers");
        tryCompare(items, "categoryId", "burgers");
        const burger = find("item_classic_burger");
        const onSale = burger.enabled;
        compare(findChild(burger, "soldOutBadge").visible, !onSale);
        session.endOrder();
        waitForPage("attractPage");
        return onSale;
    }

    function initTestCase(): void {
        const store = TestFixture.startBackend([]);
        verify(store !== "", "refpos did not start");
        // The backend's menu is the one customers see: a pause goes to the backend too.
        const path = store + "/kiosk.json";
        const kiosk = JSON.parse(TestFixture.readFile(path));
        kiosk.menu_source = "backend";
        verify(TestFixture.writeFile(path, JSON.stringify(kiosk, null, 2)));
        configDir = store;
    }

    function test_pauseForAnHourThenResume(): void {
        openMenuPage();
        compare(find("menuPauseScope").text,
                "A paused item is sold out on every kiosk of the store until the time shown, or until you resume it.");
        tap("menuCategoryTab_burgers");
        compare(stateOf("classic_burger"), "On sale");
        compare(find("resumeButton_classic_burger").visible, false);

        tap("pauseHourButton_classic_burger");
        verify(/^Paused until (tomorrow )?\d\d:\d\d$/.test(stateOf("classic_burger")), stateOf("classic_burger"));
        compare(find("menuPauseToast").message, "Paused: Classic Burger");
        compare(find("pausableItem_classic_burger").Accessible.name,
                "Classic Burger: " + stateOf("classic_burger"));
        compare(TestFixture.itemPauseRows(session), ["classic_burger"]);
        compare(TestFixture.outboxKinds(session), ["item_availability"]);
        compare(TestFixture.staffAuditActions(session).filter(a => a.startsWith("item_")), ["item_pause"]);
        verify(!burgerOnSaleForCustomers(), "a paused item is sold out");

        openMenuPage();
        tap("menuCategoryTab_burgers");
        tap("resumeButton_classic_burger");
        compare(stateOf("classic_burger"), "On sale");
        compare(find("menuPauseToast").message, "Back on sale: Classic Burger");
        compare(TestFixture.itemPauseRows(session), []);
        compare(TestFixture.outboxKinds(session), ["item_availability", "item_availability"]);
        compare(TestFixture.staffAuditActions(session).filter(a => a.startsWith("item_")),
                ["item_pause", "item_resume"]);
        verify(burgerOnSaleForCustomers(), "a resumed item is on sale");
    }

    function test_untilTheNextBusinessDay(): void {
        openMenuPage();
        tap("menuCategoryTab_burgers");
        // Another item than the other tests' (they share one refpos, which keeps pauses).
        tap("pauseDayButton_bacon_cheeseburger");
        // The store's business day starts at 04:00 (kiosk.json business_day_starts_at).
        verify(/^Paused until (tomorrow )?04:00$/.test(stateOf("bacon_cheeseburger")), stateOf("bacon_cheeseburger"));
    }

    // Every control says what it does to a screen reader and is at least 48 px high.
    function test_everyControlIsNamedAndLargeEnough(): void {
        const section = openMenuPage();
        tap("menuCategoryTab_sides");
        tap("pauseFourHoursButton_" + find("pausableItemList").itemAt(0).itemId);
        let controls = 0;
        const visit = node => {
            if (!node || !node.visible)
                return;
            if (node.activeFocusOnTab) {
                ++controls;
                verify(node.Accessible.role === Accessible.Button || node.Accessible.role === Accessible.PageTab,
                       node.objectName + " has no button role");
                verify(node.Accessible.name !== "", node.objectName + " has no accessible name");
                verify(node.height >= 48 && node.width >= 48, node.objectName + " is smaller than 48 px");
            }
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i]);
        };
        visit(section);
        verify(controls > 10, "only " + controls + " controls");
    }

    function test_screenshot(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        openMenuPage();
        tap("menuCategoryTab_burgers");
        tap("pauseHourButton_classic_burger");
        tap("pauseDayButton_bacon_cheeseburger");
        wait(400);
        find("menuPauseToast").visible = false;
        find("menuPauseFlick").contentY = 0;
        grabImage(app).save(TestFixture.screenshotDir + "/pause-menu-page.png");
    }
}
