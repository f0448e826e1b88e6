import QtQuick
import QtTest
import KioskTest

// Not a test: saves the menu at 08:00 (breakfast shown) and at 11:00 (gone) on the sample
// store's clock into $KIOSK_SCREENSHOT_DIR as daypart-0800.png and daypart-1100.png. Run it with
//   KIOSK_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen \
//     <build>/tests/qml/tst_kiosk_qml -input tests/qml/tools/daypart_screenshots.qml
KioskTestCase {
    name: "DaypartScreenshots"

    function shoot(fileName: string): void {
        wait(400); // transitions settle
        const path = TestFixture.screenshotDir + "/" + fileName + ".png";
        grabImage(app).save(path);
        console.log("saved", path);
    }

    function test_shootBreakfastAndAfter(): void {
        if (TestFixture.screenshotDir === "")
            skip("KIOSK_SCREENSHOT_DIR is not set");
        verify(TestFixture.setNow("2026-12-09T08:00:00-08:00"));
        startOrder();
        tap("category_breakfast");
        tryCompare(items, "categoryId", "breakfast");
        shoot("daypart-0800");
        verify(TestFixture.setNow("2026-12-09T11:00:00-08:00"));
        tryCompare(items, "categoryId", categories.categoryIdAt(0));
        shoot("daypart-1100");
    }
}
