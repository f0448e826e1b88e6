import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Feedback after the order number and "Call staff", through the real pages: the answers
// land in SQLite with their outbox entries, skipping stores nothing, a call for staff is
// saved once and reassures the customer, and diagnostics sums it all up and clears calls.
KioskTestCase {
    id: testCase

    name: "Feedback"

    // Every test names the store it needs before init() loads it.
    function init(): void {
    }
    function load(storeDir: string): void {
        verify(storeDir !== "", "no store");
        configDir = storeDir;
        launch();
    }
    function orderToConfirmation(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        tryCompare(find("feedbackCard"), "visible", true);
    }
    function typeKeys(keys: string): void {
        for (const key of keys)
            tap(key === " " ? "key_space" : "key_" + key);
    }
    function enterDiagnostics(page: string): void {
        waitForPage("attractPage");
        for (let i = 0; i < 5; ++i)
            mouseClick(find("storeLogo"));
        waitForPage("diagnosticsPinPage");
        for (const digit of "2468")
            tap("pinKey_" + digit);
        tap("pinKeyOk");
        waitForPage("diagnosticsPage");
        tap("diagnosticsNav_" + page);
    }

    function test_csatNpsAndComment(): void {
        load(TestFixture.storeWithFeedback(100, true));
        orderToConfirmation();
        verify(find("npsQuestion").visible);
        compare(find("feedbackSendButton").enabled, false, "nothing to send yet");

        tap("csatFace_4");
        compare(feedback.csat, 4);
        tap("nps_9");
        compare(feedback.nps, 9);
        // Changing one's mind is fine: the last tap counts.
        tap("nps_10");
        tap("commentButton");
        tryCompare(find("feedbackKeyboard"), "visible", true);
        tap("key_shift");
        typeKeys("great fries.");
        tap("key_backspace");
        compare(find("commentText").text, "Great fries");
        compare(find("commentCounter").text, "11 / 200");
        // The accent key puts an acute accent on the next vowel only, then lets go.
        tap("key_accent");
        compare(find("key_e").text, "é");
        tap("key_e");
        compare(find("commentText").text, "Great friesé");
        compare(find("key_e").text, "e");
        tap("key_accent");
        tap("key_n");
        compare(find("commentText").text, "Great friesén");
        tap("key_backspace");
        tap("key_backspace");
        compare(find("commentText").text, "Great fries");
        tap("key_done");
        tryCompare(find("feedbackKeyboard"), "visible", false);
        compare(find("commentButton").text, "Edit your comment");
        compare(TestFixture.feedbackRows(session), [], "nothing saved before Send");

        tap("feedbackSendButton");
        tryCompare(find("feedbackResultText"), "visible", true);
        compare(find("feedbackResultText").text, "Thank you for your feedback!");
        verify(!find("csatQuestion").visible);
        compare(TestFixture.feedbackRows(session), ["4,10,Great fries,en,1"]);

        // Leaving after the thanks saves nothing twice.
        tap("doneButton");
        waitForPage("attractPage");
        compare(TestFixture.feedbackRows(session), ["4,10,Great fries,en,1"]);
    }

    function test_oneTapWhenTheFacesAreTheOnlyQuestion(): void {
        load(TestFixture.storeWithFeedback(0, false));
        orderToConfirmation();
        verify(!find("npsQuestion").visible);
        verify(!find("feedbackSendButton").visible);
        tap("csatFace_5");
        tryCompare(find("feedbackResultText"), "visible", true);
        compare(TestFixture.feedbackRows(session), ["5,,,en,1"]);
    }

    function test_npsOnlyOnItsShareOfOrders(): void {
        // 20 %: orders 5, 10, ... are asked; the first is not.
        load(TestFixture.storeWithFeedback(20, true));
        orderToConfirmation();
        verify(find("csatQuestion").visible);
        verify(!find("npsQuestion").visible);
        compare(feedback.asksNps, false);
    }

    function test_skipStoresNothing(): void {
        load(TestFixture.storeWithFeedback(100, true));
        orderToConfirmation();
        tap("doneButton");
        waitForPage("attractPage");
        compare(TestFixture.feedbackRows(session), []);
        compare(feedback.state, FeedbackController.Idle);
    }

    function test_answerGivenIsKeptWhenLeaving(): void {
        load(TestFixture.storeWithFeedback(100, true));
        orderToConfirmation();
        // In Spanish: the answer records the language it was given in.
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        tap("csatFace_2");
        tap("doneButton");
        waitForPage("attractPage");
        compare(TestFixture.feedbackRows(session), ["2,,,es,1"]);
    }

    function test_answeringRestartsTheCountdown(): void {
        load(TestFixture.storeWithFeedback(100, true));
        orderToConfirmation();
        tryVerify(() => session.confirmationSecondsLeft < session.confirmationTimeoutS, 5000);
        tap("csatFace_3");
        compare(session.confirmationSecondsLeft, session.confirmationTimeoutS);
        // The countdown still runs: the card never holds the screen.
        tryVerify(() => session.confirmationSecondsLeft < session.confirmationTimeoutS, 5000);
    }

    function test_callStaff(): void {
        load(TestFixture.storeWithFeedback(20, true));
        startOrder();
        addChickenTenders();
        tap("callStaffButton");
        const message = find("callStaffMessage");
        tryCompare(message, "visible", true);
        compare(find("callStaffTitle").text, "Someone is on the way");
        compare(TestFixture.assistRows(session), ["help,open,1"]);

        // A second tap within the minute joins the first call.
        tap("callStaffOkButton");
        tryCompare(message, "visible", false);
        tap("callStaffButton");
        tryCompare(message, "visible", true);
        compare(find("callStaffTitle").text, "Staff are already on the way");
        compare(TestFixture.assistRows(session), ["help,open,1"]);
        tap("callStaffOkButton");

        // The order underneath is untouched.
        compare(currentPage().objectName, "menuPage");
        compare(cart.count, 1);
    }

    function test_callStaffOnEveryCustomerPage(): void {
        load(TestFixture.storeWithFeedback(20, true));
        verify(find("callStaffButton").visible, "attract");
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        verify(find("callStaffButton").visible, "dine option");
        tap("dineInButton");
        waitForPage("menuPage");
        verify(find("callStaffButton").visible, "menu");
        openItem("chicken", "chicken_tenders");
        verify(find("callStaffButton").visible, "item");
        tap("option_sauce_ranch");
        tap("addToOrderButton");
        waitForPage("menuPage");
        tap("cartButton");
        waitForPage("cartPage");
        verify(find("callStaffButton").visible, "cart");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        verify(find("callStaffButton").visible, "confirmation");
        tap("callStaffButton");
        tryCompare(find("callStaffMessage"), "visible", true);
    }

    function test_diagnosticsSummaryAndClearingACall(): void {
        load(TestFixture.storeWithFeedback(100, true));
        orderToConfirmation();
        tap("csatFace_5");
        tap("nps_10");
        tap("feedbackSendButton");
        tryCompare(find("feedbackResultText"), "visible", true);
        tap("doneButton");
        waitForPage("attractPage");
        orderToConfirmation();
        tap("csatFace_2");
        tap("nps_3");
        tap("feedbackSendButton");
        tryCompare(find("feedbackResultText"), "visible", true);
        tap("callStaffButton");
        tryCompare(find("callStaffMessage"), "visible", true);
        tap("callStaffOkButton");
        tap("doneButton");

        enterDiagnostics("customers");
        // CSAT (5 + 2) / 2 = 3.5; NPS: one promoter, one detractor of two = 0.
        tryCompare(find("todayCsatText"), "text", "3.5 (2 answered)");
        compare(find("weekCsatText").text, "3.5 (2 answered)");
        compare(find("todayNpsText").text, "0.0 (2 answered)");
        compare(find("todayAnswersText").text, "2");
        compare(find("openCallsTitle").text, "Open calls for staff: 1");

        tap("clearCallButton_0");
        tryCompare(find("openCallsTitle"), "text", "Open calls for staff: 0");
        compare(TestFixture.assistRows(session), ["help,cleared,1"]);
        verify(TestFixture.staffAuditActions(session).includes("assist_cleared"),
               TestFixture.staffAuditActions(session).join(" "));
    }

    function test_emptySummary(): void {
        load(TestFixture.storeWithFeedback(20, true));
        enterDiagnostics("customers");
        tryCompare(find("todayCsatText"), "text", "no answers");
        compare(find("weekNpsText").text, "no answers");
        compare(find("openCallsTitle").text, "Open calls for staff: 0");
    }

}
