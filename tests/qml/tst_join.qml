import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Joining rewards at the kiosk through the real pages, against a real refpos: a phone that is
// not found, "Join rewards", a first name on the on-screen keyboard, the terms accepted, and
// the member panel that welcomes the new member. No consent, no join; offline, the join
// still works (the outbox delivers it later); in Spanish, the terms are the store's Spanish.
KioskTestCase {
    id: testCase

    // The sample store's terms (kiosk-config/kiosk.json loyalty.join), and refpos run as the demo
    // runs it (its welcome gift: a Fresh Lemonade).
    readonly property string termsEn: "Harbor Rewards is free. We keep your phone number and first name"
    readonly property string termsEs: "Harbor Rewards es gratis. Guardamos tu número de teléfono y tu nombre"

    function initTestCase(): void {
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
    }
    function init(): void {
        launch();
    }

    function notFound(digits: string): void {
        startOrder();
        addChickenTenders();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_phone");
        for (const digit of digits)
            tap("key_" + digit);
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.NotFound);
    }
    function openJoin(): void {
        tap("joinRewardsButton");
        tryCompare(find("joinPanel"), "visible", true);
    }

    name: "Join"

    function test_notFoundJoinWithNameAndConsent(): void {
        notFound("2065550101");
        compare(loyalty.canJoin, true);
        openJoin();
        compare(find("joinPhoneText").text, "Phone number: (206) 555-0101");
        verify(find("termsText").text.startsWith(termsEn), find("termsText").text);
        compare(find("joinButton").enabled, false);

        tap("firstNameField");
        tryCompare(find("nameKeyboard"), "visible", true);
        tap("key_shift");
        tap("key_a");
        tap("key_n");
        tap("key_a");
        tap("key_done");
        compare(find("firstNameField").contentItem.text, "Ana");

        tap("termsToggle");
        compare(find("termsToggle").checked, true);
        verify(loyalty.joinPointsEstimate > 0);
        compare(find("joinButton").text, "Join and earn " + loyalty.joinPointsEstimate + " points on this order");
        tap("joinButton");
        tryCompare(loyalty, "state", LoyaltyController.Found);
        compare(loyalty.justJoined, true);
        compare(loyalty.firstName, "Ana");
        tryCompare(find("memberPanel"), "visible", true);
        compare(find("greetingText").text, "Welcome, Ana! You're a member");
        compare(find("joinPanel").visible, false);
        // The enrolment went through the outbox, and refpos's answer brought the welcome gift.
        verify(TestFixture.outboxKinds(session).indexOf("loyalty_enrolment") >= 0, TestFixture.outboxKinds(session));
        tryVerify(() => loyalty.rewards.rowCount() === 1, 5000, "the welcome gift");
    }

    function test_noConsentNoJoin(): void {
        notFound("2065550102");
        openJoin();
        compare(find("joinButton").enabled, false);
        compare(loyalty.join("Ana", false), false);
        compare(loyalty.state, LoyaltyController.NotFound);
        // Toggled on and off again: still no.
        tap("termsToggle");
        tap("termsToggle");
        compare(find("joinButton").enabled, false);
        tap("joinCancelButton");
        tryCompare(find("answerPanel"), "visible", true);
    }

    function test_withoutANameWelcomesWithoutOne(): void {
        notFound("2065550103");
        openJoin();
        tap("termsToggle");
        tap("joinButton");
        tryCompare(loyalty, "state", LoyaltyController.Found);
        compare(find("greetingText").text, "Welcome! You're a member");
        tap("signOutButton");
        compare(loyalty.justJoined, false);
        compare(loyalty.joinPhoneText, "");
    }

    // The backend answered "not found" and then went away: joining still works (the enrolment
    // waits in the outbox with the order).
    function test_offlineJoinWorks(): void {
        const sharedStore = configDir;
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
        cleanup();
        launch();
        configDir = sharedStore; // the next test's store
        notFound("2065550106");
        openJoin();
        verify(TestFixture.killLastBackend());
        tap("termsToggle");
        tap("joinButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        compare(loyalty.justJoined, true);
        compare(find("greetingText").text, "Welcome! You're a member");
    }

    function test_spanishTerms(): void {
        startOrder();
        session.setLanguage("es");
        addChickenTenders();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_phone");
        for (const digit of "2065550104")
            tap("key_" + digit);
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.NotFound);
        compare(find("joinRewardsButton").text, "Únete a las recompensas");
        openJoin();
        verify(find("termsText").text.startsWith(termsEs), find("termsText").text);
        tap("termsToggle");
        compare(find("joinButton").text, "Únete y gana " + loyalty.joinPointsEstimate + " puntos con este pedido");
    }

    function test_squareStoreOffersNoJoining(): void {
        compare(loyalty.canJoin, true);
        const refposStore = configDir;
        configDir = TestFixture.storeOnSquare();
        cleanup();
        launch();
        configDir = refposStore; // the next test's store
        compare(loyalty.canJoin, false);
    }
}
