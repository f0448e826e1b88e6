import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// Not a test: joining rewards and promo codes, saved as PNGs into $KIOSK_SCREENSHOT_DIR. Run:
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/join_promo_screenshots.qml
KioskTestCase {
    name: "JoinPromoScreenshots"

    function shoot(fileName: string): void {
        wait(400);
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }
    function initTestCase(): void {
        configDir = TestFixture.startBackend([]);
        verify(configDir !== "", "refpos did not start");
    }
    function init(): void {
        launch();
        verify(TestFixture.allowJoining(session,
            "Members earn 10 points per dollar and a welcome gift. We keep your phone number and first name to find you; ask staff to remove them at any time.",
            "Los miembros ganan 10 puntos por dólar y un regalo de bienvenida. Guardamos tu teléfono y tu nombre para encontrarte; pide al personal que los borre cuando quieras."));
        verify(TestFixture.setOfflinePromotions(session, [
            {code: "SAVE10", name_en: "10% off your order", name_es: "10 % de descuento", kind: "percent_off", percent: 10},
            {code: "BIG3", name_en: "$3 off $15", name_es: "3 $ de descuento", kind: "amount_off", amount_cents: 300,
             min_subtotal_cents: 1500}
        ]));
    }

    function test_join(): void {
        startOrder();
        addChickenTenders();
        tap("rewardsButton");
        waitForPage("loyaltyPage");
        tap("mode_phone");
        for (const digit of "2065550105")
            tap("key_" + digit);
        tap("findButton");
        tryCompare(loyalty, "state", LoyaltyController.NotFound, 5000);
        shoot("ui-join-offer");
        tap("joinRewardsButton");
        tap("firstNameField");
        for (const key of ["key_shift", "key_a", "key_n", "key_a"])
            tap(key);
        tap("termsToggle");
        shoot("ui-join-panel");
        tap("key_done");
        tap("joinButton");
        tryCompare(loyalty, "state", LoyaltyController.Found, 5000);
        shoot("ui-joined-member");
    }

    function test_promo(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("promoButton");
        for (const key of "save10")
            tap("key_" + key);
        shoot("ui-promo-entry");
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Applied, 5000);
        shoot("ui-promo-applied");
        tap("promoRemoveButton");
        tap("promoButton");
        find("promoField").text = "BIG3";
        tap("promoApplyButton");
        tryCompare(promo, "state", PromoController.Refused, 5000);
        shoot("ui-promo-refused");
        session.setLanguage("es");
        shoot("ui-promo-refused-es");
    }
}
