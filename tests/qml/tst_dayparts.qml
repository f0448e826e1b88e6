import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Dayparts on the real pages (the sample store: breakfast 06:00-10:30 in Los Angeles), on the
// fixture's store clock: the menu changes on its own at the boundary, and a cart holding what
// went is flagged and refused at checkout until the line is removed.
KioskTestCase {
    name: "Dayparts"

    // Wednesday 9 December 2026 in Los Angeles (PST).
    function wed(time: string): string {
        return "2026-12-09T" + time + "-08:00";
    }
    function shows(categoryId: string): bool {
        for (let c = 0; c < categories.count; ++c) {
            if (categories.categoryIdAt(c) === categoryId)
                return true;
        }
        return false;
    }

    // Every test starts at 08:00, whatever the one before left.
    function init(): void {
        verify(TestFixture.setNow(wed("08:00:00")));
        launch();
    }

    function test_breakfastGoesAtHalfPastTenOnItsOwn(): void {
        verify(TestFixture.setNow(wed("10:29:59")));
        startOrder();
        verify(shows("breakfast"));
        openItem("breakfast", "greek_yogurt_parfait");
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(items.categoryId, "breakfast");
        verify(find("category_breakfast").selected);

        // The kiosk's timer aims at 10:30: the clock gets there without anyone asking again.
        verify(TestFixture.setNow(wed("10:29:59.900")));
        verify(TestFixture.setNow(wed("10:30:00"), false));
        tryVerify(() => !shows("breakfast"), 5000, "breakfast is still in the rail at 10:30");
        verify(!findChild(app, "category_breakfast"));
        // The page shows the first category, highlighted in the rail.
        tryCompare(items, "categoryId", categories.categoryIdAt(0));
        tryVerify(() => find("category_" + categories.categoryIdAt(0)).selected);
        compare(find("categoryTitle").text, items.categoryName);

        tap("cartButton");
        waitForPage("cartPage");
        verify(findChild(find("cartLine_0"), "unavailableFlag").visible);
        compare(find("checkoutButton").enabled, false);
        // A tap that got in at the boundary is refused with the sold-out message.
        verify(!session.checkout());
        compare(session.checkoutError, KioskSession.UnavailableItems);
        tryCompare(find("checkoutError"), "visible", true);
        compare(currentPage().errorText(session.checkoutError),
                "Some items are no longer available. Please remove them to continue.");
        compare(currentPage().objectName, "cartPage");
        mouseClick(findChild(find("cartLine_0"), "removeButton"));
        tryCompare(cart, "count", 0);
    }

    // A clock stepped past the boundary (NTP) is caught up with when the next visit starts,
    // before the 15-minute timer.
    function test_aNewVisitReadsTheClockAgain(): void {
        verify(TestFixture.setNow(wed("11:00:00"), false));
        verify(shows("breakfast"));
        startOrder();
        verify(!shows("breakfast"));
    }

    function test_breakfastIsBackAtSixNextDay(): void {
        verify(TestFixture.setNow(wed("11:00:00")));
        startOrder();
        verify(!shows("breakfast"));
        verify(TestFixture.setNow("2026-12-10T05:59:59-08:00"));
        verify(!shows("breakfast"));
        verify(TestFixture.setNow("2026-12-10T06:00:00-08:00"));
        tryVerify(() => shows("breakfast"));
        openItem("breakfast", "greek_yogurt_parfait");
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(cart.count, 1);
    }

    // An item page open at the boundary stays open; what it adds comes in flagged.
    function test_anItemAddedAfterItsDaypartComesInFlagged(): void {
        verify(TestFixture.setNow(wed("10:29:00")));
        startOrder();
        openItem("breakfast", "greek_yogurt_parfait");
        verify(TestFixture.setNow(wed("10:30:00")));
        tap("addToOrderButton");
        waitForPage("menuPage");
        compare(cart.count, 1);
        compare(cart.hasUnavailable, true);
    }

    // A line flagged at the boundary is orderable again when its daypart comes back (the
    // next morning, or a clock put right).
    // The same for a meal: the breakfast combo walked from 10:29 is added at 10:30.
    function test_aMealAddedAfterItsDaypartComesInFlagged(): void {
        verify(TestFixture.setNow(wed("10:29:00")));
        startOrder();
        verify(session.openCombo("breakfast_combo"));
        verify(TestFixture.setNow(wed("10:30:00")));
        for (let step = 0; step < 2; ++step) {
            verify(comboEditor.choose(0));
            if (comboEditor.customizing)
                verify(comboEditor.confirmPart());
        }
        verify(comboEditor.canAdd);
        verify(session.addEditedCombo());
        compare(cart.count, 1);
        compare(cart.hasUnavailable, true);
    }
    function test_aFlaggedLineClearsWhenItsDaypartReturns(): void {
        startOrder();
        openItem("breakfast", "greek_yogurt_parfait");
        tap("addToOrderButton");
        waitForPage("menuPage");
        verify(TestFixture.setNow(wed("10:30:00")));
        tap("cartButton");
        waitForPage("cartPage");
        const flag = findChild(find("cartLine_0"), "unavailableFlag");
        verify(flag.visible);
        verify(TestFixture.setNow("2026-12-10T06:00:00-08:00"));
        tryCompare(flag, "visible", false);
    }
}
