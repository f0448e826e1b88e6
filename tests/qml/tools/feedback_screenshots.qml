import QtQuick
import QtTest
import KioskTest

// Not a test: the feedback card and the "Call staff" message, in English and Spanish, saved
// into $KIOSK_SCREENSHOT_DIR (docs/screenshots keeps them scaled down to 540x960):
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/feedback_screenshots.qml
// Until kiosk_es.ts has these texts, a .qm made from the new ones alone can stand in: run
// `FeedbackScreenshots::test_spanish` by itself with `-translation feedback_es.qm` (the runner
// installs it beside the kiosk's own translator, so the English run must go without it).
KioskTestCase {
    name: "FeedbackScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function toConfirmation(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
    }
    function shootLanguage(suffix: string): void {
        toConfirmation();
        shoot("feedback" + suffix);
        tap("csatFace_4");
        tap("nps_9");
        shoot("feedback-answered" + suffix);
        tap("commentButton");
        tap("key_shift");
        for (const key of (suffix === "" ? "great fries" : "muy rico"))
            tap(key === " " ? "key_space" : "key_" + key);
        shoot("feedback-comment" + suffix);
        tap("key_done");
        tap("feedbackSendButton");
        shoot("feedback-thanks" + suffix);
        tap("doneButton");
        waitForPage("attractPage");
        // A finished order brings back the default language.
        if (suffix === "-es") {
            tap("languageSwitch");
            tryCompare(session, "language", "es");
        }
        tap("touchToOrder");
        waitForPage("dineOptionPage");
        tap("dineInButton");
        waitForPage("menuPage");
        tap("callStaffButton");
        tryCompare(find("callStaffMessage"), "visible", true);
        shoot("help" + suffix);
        tap("callStaffOkButton");
        session.endOrder();
    }

    function initTestCase(): void {
        configDir = TestFixture.storeWithFeedback(100, true);
    }
    // One function per language: each starts a fresh session, so the Spanish call for staff
    // is a new one too.
    function test_english(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        shootLanguage("");
    }
    function test_spanish(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        tap("languageSwitch");
        tryCompare(session, "language", "es");
        shootLanguage("-es");
    }

    width: TestFixture.screenSize.width
    height: TestFixture.screenSize.height
}
