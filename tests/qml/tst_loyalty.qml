import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// The member flow through the real pages against a real refpos and its seeded members
// (app/refpos/refposschema.cpp): sign in by phone on the keypad, by member number and by a
// scanned code; several members on one phone; not found; rewards into the cart; the points
// on the confirmation page; and sign-out (button, end of order, idle) leaving no member data.
KioskTestCase {
    id: testCase

    name: "Loyalty"

    function initTestCase(): void {
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
    }

    function openRewards(): void {
        tap("rewardsButton");
        waitForPage("loyaltyPage");
    }
    function typeDigits(digits: string): void {
        for (const digit of digits)
            tap("key_" + digit);
    }
    function signInByPhone(digits: string): void {
        openRewards();
        tap("mode_phone");
        typeDigits(digits);
        tap("findButton");
        tryVerify(() => loyalty.state !== LoyaltyController.Looking, 5000, "the lookup never finished");
    }
    // Nothing of a member anywhere: properties and every model.
    function verifyNoMemberData(): void {
        compare(loyalty.signedIn, false);
        compare(loyalty.state, LoyaltyController.SignedOut);
        compare(loyalty.firstName, "");
        compare(loyalty.points, 0);
        compare(loyalty.tier, "");
        compare(loyalty.nextTierName, "");
        compare(loyalty.nextRewardName, "");
        compare(loyalty.birthdayToday, false);
        compare(loyalty.pointsEstimate, 0);
        compare(loyalty.discountText, "");
        compare(loyalty.rewards.count, 0);
        compare(loyalty.candidates.count, 0);
        compare(loyalty.usualItems.count, 0);
        compare(cart.discount, 0);
    }

    function test_phoneKeypadFindsMariaAndHerRewardsReachTheCart(): void {
        startOrder();
        addChickenTenders();
        const totalBefore = cart.totalText;
        openRewards();
        tap("mode_phone");
        typeDigits("2065550142");
        compare(find("enteredText").text, "(206) 555-0142");
        tap("key_backspace");
        compare(find("enteredText").text, loyalty.formatPhone("206555014"));
        tap("key_2");
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);

        compare(find("greetingText").text, "Hi Maria!");
        verify(find("birthdayText").visible);
        compare(find("offlineNote").visible, false);
        compare(loyalty.points, 3200);
        compare(loyalty.tier, "Gold");
        verify(find("tierText").text.indexOf("Gold") >= 0);
        verify(loyalty.rewards.count >= 3);
        verify(loyalty.usualItems.count > 0);
        verify(find("usual_bacon_cheeseburger"));
        compare(find("rewardsButtonText").text, "Maria");

        // A free item needs its item in the order: a clear message, nothing redeemed.
        tap("redeem_free_fries");
        compare(loyalty.lastRedeemError, LoyaltyController.ItemNotInCart);
        verify(find("redeemError").visible);
        compare(cart.discount, 0);

        tap("redeem_two_dollars_off");
        compare(loyalty.lastRedeemError, LoyaltyController.NoError);
        compare(find("redeemError").visible, false);
        compare(cart.discount, 200);
        compare(find("redeem_two_dollars_off").text, "Remove");
        verify(find("discountText").visible);

        // To the cart: the discount line, a lower total and the points estimate.
        tap("cartButton");
        waitForPage("cartPage");
        verify(find("discountRow").visible);
        verify(cart.totalText !== totalBefore);
        verify(loyalty.pointsEstimate > 0);
        verify(find("pointsEstimateText").text.indexOf("Maria") >= 0);

        tap("checkoutButton");
        waitForPage("confirmationPage");
        const note = find("loyaltyOrderNote");
        verify(note.visible);
        verify(loyalty.lastOrderPointsEstimate > 0);
        // The order reaches refpos, which answers points_earned: shown instead of the estimate.
        tryVerify(() => loyalty.lastPointsEarned >= 0, 10000, "refpos never answered points_earned");
        verify(note.text.indexOf("earned") >= 0, note.text);

        tap("doneButton");
        waitForPage("attractPage");
        verifyNoMemberData();
    }

    // What the member page says is read by an external screen reader too, not only its
    // buttons: the greeting, the points, the tier, the rewards.
    function test_memberPanelTextsReachAssistiveTechnology(): void {
        startOrder();
        signInByPhone("2065550142");
        compare(loyalty.state, LoyaltyController.Found);
        const said = name => ({role: accessibility.accessibleRole(find(name)),
                               name: accessibility.accessibleName(find(name))});
        compare(said("greetingText"), {role: Accessible.StaticText, name: "Hi Maria!"});
        compare(said("pointsText"), {role: Accessible.StaticText, name: "3200 points"});
        compare(said("tierText"), {role: Accessible.StaticText, name: "Gold member"});
        const texts = staticTexts(find("reward_two_dollars_off"));
        verify(texts.some(text => text.indexOf("$2 off") >= 0), texts.join(" | "));
    }
    // What a screen reader hears of the static texts under `node`.
    function staticTexts(node: Item): var {
        let found = accessibility.accessibleRole(node) === Accessible.StaticText
                ? [accessibility.accessibleName(node)] : [];
        for (let i = 0; i < node.children.length; ++i)
            found = found.concat(staticTexts(node.children[i]));
        return found;
    }

    function test_removingTheRewardAndSigningOut(): void {
        startOrder();
        addChickenTenders();
        signInByPhone("2065550142");
        compare(loyalty.state, LoyaltyController.Found);
        tap("redeem_ten_percent_off");
        verify(cart.discount > 0);
        tap("redeem_ten_percent_off"); // now "Remove"
        compare(cart.discount, 0);
        tap("redeem_ten_percent_off");
        verify(cart.discount > 0);

        tap("signOutButton");
        verifyNoMemberData();
        compare(find("identifyPanel").visible, true);
        compare(find("rewardsButtonText").text, "Rewards");
        compare(cart.count, 1); // the order itself stays
    }

    function test_householdChoosesByMaskedName(): void {
        startOrder();
        signInByPhone("2065550177");
        compare(loyalty.state, LoyaltyController.ChooseMember);
        compare(loyalty.candidates.count, 2);
        const first = find("candidate_0").text;
        const second = find("candidate_1").text;
        verify(/^(Sam|Sara) L\./.test(first), first);
        verify(/^(Sam|Sara) L\./.test(second), second);
        verify(first.indexOf("Lee") < 0, "a candidate shows a full last name: " + first);

        tap("candidate_1");
        tryCompare(loyalty, "state", LoyaltyController.Found);
        compare(loyalty.candidates.count, 0);
        verify(second.indexOf(loyalty.firstName) === 0);
        compare(find("greetingText").text, "Hi " + loyalty.firstName + "!");
    }

    function test_notFoundThenContinueAsGuest(): void {
        startOrder();
        signInByPhone("2065550100");
        compare(loyalty.state, LoyaltyController.NotFound);
        compare(find("answerText").text, "We couldn't find that member.");
        tap("tryAgainButton");
        compare(loyalty.state, LoyaltyController.SignedOut);
        compare(find("enteredText").text, "Your phone number");

        // A number too short to be a phone: said so, no lookup.
        typeDigits("555");
        tap("findButton");
        compare(loyalty.state, LoyaltyController.NotFound);
        compare(loyalty.lastInputInvalid, true);

        tap("guestButton");
        waitForPage("menuPage");
        verifyNoMemberData();
    }

    function test_memberNumberFindsNoah(): void {
        startOrder();
        openRewards();
        tap("mode_member");
        typeDigits("10040088");
        compare(find("enteredText").text, "10040088");
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        compare(find("greetingText").text, "Hi Noah!");
        compare(loyalty.points, 40);
        compare(find("birthdayText").visible, false);
        // 40 points afford no reward: refpos offers none, the panel shows none...
        compare(loyalty.rewards.count, 0);
        compare(find("pointsText").text, "40 points");
        compare(findChild(currentPage(), "reward_two_dollars_off"), null);
        // ...but shows how far Noah is from the first one: 210 more points for $2 off.
        const progress = find("nextRewardProgress");
        verify(progress.visible);
        compare(progress.Accessible.name, "210 points to go for $2 off your order");
        compare(progress.progress, 40 / 250);
    }

    function test_scannedCodeTypedLikeAKeyboard(): void {
        startOrder();
        openRewards();
        tap("mode_scan");
        verify(find("scanPrompt").visible);
        // The scanner types wherever the focus is on the page and ends with Enter.
        for (const c of "HSK-CARD-7Q3F9A")
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        compare(loyalty.firstName, "Maria");
    }

    function test_usualItemReAddedWithOneTap(): void {
        startOrder();
        signInByPhone("2065550142");
        compare(loyalty.state, LoyaltyController.Found);
        const before = cart.itemCount;
        tap("addUsual_fresh_lemonade");
        // Either added at once with its defaults, or the item page opens to choose.
        tryVerify(() => cart.itemCount === before + 1 || currentPage().objectName === "itemPage");
    }

    function test_idleSignsTheMemberOut(): void {
        startOrder();
        addChickenTenders();
        signInByPhone("2065550142");
        tap("redeem_two_dollars_off");
        compare(cart.discount, 200);
        session.idle.warningMs = 300;
        session.idle.idleTimeoutMs = 300;
        waitForPage("attractPage");
        tryCompare(cart, "count", 0, 5000);
        verifyNoMemberData();
    }
}
