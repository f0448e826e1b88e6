import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Kiosk
import Kiosk.Models
import KioskTest

// The base of every kiosk QML test: a fresh kiosk on the sample store (built as main.cpp
// builds it, with its own data folder) and a KioskApp driven through its real controls.
// The kiosk's parts are at hand by name, as the pages get them.
TestCase {
    id: testCase

    property KioskSession session: null
    property StoreProfile store: null
    property Connectivity connectivity: null
    property CategoryListModel categories: null
    property MenuItemListModel items: null
    property ItemEditor editor: null
    property ComboEditor comboEditor: null
    property CartModel cart: null
    property LoyaltyController loyalty: null
    property FeedbackController feedback: null
    property AssistController assist: null
    property AccessibilityController accessibility: null
    property DiagnosticsController diagnostics: null
    property LiveConfig liveConfig: null
    property PaymentController payment: null
    property TicketStatus ticketStatus: null
    property SuggestionController suggestions: null
    property PromoController promo: null
    // The sample store suggests sides, drinks and desserts; the tests of other pages keep
    // their flows as they were unless they turn this on (tst_suggestions does).
    property bool offerSuggestions: false
    // The store every test function loads; a test may point it elsewhere (a copy with a live
    // backend, TestFixture.startBackend) in initTestCase().
    property string configDir: TestFixture.configDir
    property KioskApp app: null
    readonly property StackView stack: app ? findChild(app, "pageStack") : null

    // The page the customer sees now.
    function currentPage(): Item {
        return stack.currentItem;
    }
    function waitForPage(name: string): void {
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === name && !stack.busy,
                  5000, "expected page " + name + ", got "
                  + (stack.currentItem ? stack.currentItem.objectName : "none"));
    }
    // A control on the current page (or, failing that, anywhere in the app, e.g. dialogs).
    function find(name: string): Item {
        const item = findChild(currentPage(), name) || findChild(app, name);
        verify(item, "no object named " + name);
        return item;
    }
    // A dialog or notice over the pages (the idle warning, ...): made the first time it is
    // wanted, so this waits for it to exist.
    function overlay(name: string): Item {
        tryVerify(() => findChild(app, name) !== null, 5000, "no overlay named " + name);
        return findChild(app, name);
    }
    // Scrolls the nearest scrolling ancestor (a Flickable, ListView or GridView) so that
    // `item` is in view, as a customer would before tapping it; returns that view, or null.
    // An item taller than the view shows its top.
    function scrollIntoView(item: Item): Item {
        for (let view = item.parent; view; view = view.parent) {
            if (view.contentY === undefined || view.flicking === undefined || !view.interactive)
                continue;
            const top = item.mapToItem(view.contentItem, 0, 0).y;
            if (top < view.contentY || item.height > view.height)
                view.contentY = top;
            else if (top + item.height > view.contentY + view.height)
                view.contentY = top + item.height - view.height;
            return view;
        }
        return null;
    }
    // Taps a control like a customer would: it must be visible and enabled. The tap lands
    // in the middle of the part that is in view.
    function tap(name: string): void {
        const item = find(name);
        tryVerify(() => item.visible && item.enabled, 5000, name + " is not tappable");
        const view = scrollIntoView(item);
        if (!view) {
            mouseClick(item);
            return;
        }
        const top = item.mapToItem(view, 0, 0).y;
        const seenTop = Math.max(0, top);
        const seenBottom = Math.min(view.height, top + item.height);
        mouseClick(item, item.width / 2, (seenTop + seenBottom) / 2 - top);
    }
    function startOrder(): void {
        waitForPage("attractPage");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        tap("dineInButton");
        waitForPage("menuPage");
    }
    // Opens an item from the menu: picks its category first.
    function openItem(categoryId: string, itemId: string): void {
        // Scrolled into view first: with large text the rail and the grid hold fewer.
        const rail = find("categoryList");
        for (let c = 0; c < categories.count; ++c) {
            if (categories.categoryIdAt(c) === categoryId)
                rail.positionViewAtIndex(c, ListView.Contain);
        }
        tap("category_" + categoryId);
        tryCompare(items, "categoryId", categoryId);
        const grid = find("itemGrid");
        for (let i = 0; i < items.count; ++i) {
            if (items.itemIdAt(i) === itemId)
                grid.positionViewAtIndex(i, GridView.Contain);
        }
        tap("item_" + itemId);
        waitForPage("itemPage");
    }
    function addChickenTenders(): void {
        openItem("chicken", "chicken_tenders");
        tap("option_sauce_ranch");
        tryCompare(find("addToOrderButton"), "enabled", true);
        tap("addToOrderButton");
        waitForPage("menuPage");
    }

    // Starts a kiosk on configDir with a new data folder and shows it.
    function launch(): void {
        const parts = TestFixture.startKiosk(configDir, TestFixture.newDataDir());
        verify(Object.keys(parts).length > 0, TestFixture.lastError);
        for (const part in parts)
            testCase[part] = parts[part];
        verify(session);
        suggestions.offering = offerSuggestions;
        app = createTemporaryObject(appComponent, testCase,
                                    Object.assign({width: testCase.width, height: testCase.height}, parts));
        verify(app);
        waitForPage("attractPage");
    }

    function init(): void {
        launch();
    }

    function cleanup(): void {
        // The app's bindings read the kiosk's parts: the app goes first, then the kiosk.
        if (app)
            app.destroy();
        app = null;
        if (session)
            TestFixture.stopKiosk(session);
    }

    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Component {
        id: appComponent

        KioskApp {}
    }
}
