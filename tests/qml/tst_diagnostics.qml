import QtQuick
import QtTest
import Kiosk.Models
import KioskTest

// The staff diagnostics mode through the real pages: the logo gesture, the PIN and its
// lockout, every page with real data (a live refpos that refuses orders but answers its
// health request), the staff actions and their staff_audit rows, the idle exit and Exit.
KioskTestCase {
    id: testCase

    readonly property string samplePin: "2468"
    readonly property list<string> healthKeys: ["backend:responseTime", "sync:lastSuccess", "outbox:depth",
        "outbox:oldestAge", "sqlite:integrity", "disk:free", "eventloop:latency", "memory:rss",
        "config:state", "staff:pin", "clock:synchronised"]
    property string configText: ""

    // The logo on the attract screen, tapped `count` times.
    function tapLogo(count: int): void {
        const logo = find("storeLogo");
        for (let i = 0; i < count; ++i)
            mouseClick(logo);
    }
    function enterPin(pin: string): void {
        for (const digit of pin)
            tap("pinKey_" + digit);
        tap("pinKeyOk");
    }
    function openDiagnostics(): void {
        tapLogo(5);
        waitForPage("diagnosticsPinPage");
        enterPin(samplePin);
        waitForPage("diagnosticsPage");
    }
    function showSection(name: string): Item {
        tap("diagnosticsNav_" + name);
        const section = findChild(currentPage(), name + "Section");
        verify(section, "no section " + name);
        tryCompare(section, "visible", true);
        return section;
    }
    function fieldValue(name: string): string {
        return findChild(find(name), "fieldValue").text;
    }
    // A confirmed order, through the customer pages; the refpos of this test refuses it (503),
    // so it stays pending.
    function placeOrder(): void {
        startOrder();
        addChickenTenders();
        tap("cartButton");
        waitForPage("cartPage");
        tap("checkoutButton");
        waitForPage("confirmationPage");
        tap("doneButton");
        waitForPage("attractPage");
    }
    function audited(action: string): int {
        return TestFixture.staffAuditActions(session).filter(a => a === action).length;
    }
    // The row of the outbox list for `seq`, scrolled into the view.
    function outboxRow(seq: int): Item {
        const list = find("outboxList");
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            const row = list.itemAtIndex(i);
            if (row && row.seq === seq)
                return row;
        }
        return null;
    }

    function initTestCase(): void {
        // Orders are refused with 503 (they stay pending), /v1/health answers.
        configDir = TestFixture.startBackend(["--error-rate", "1", "--error-status", "503"]);
        verify(configDir !== "", "refpos did not start");
        configText = TestFixture.readFile(configDir + "/kiosk.json");
        verify(configText !== "");
    }

    function test_fiveQuickTapsOpenThePinPage(): void {
        TestFixture.useManualClock(session);
        tapLogo(4);
        compare(currentPage().objectName, "attractPage", "four taps do not open it");
        compare(session.orderOpen, false, "taps on the logo do not start an order");
        TestFixture.advanceClock(3001);
        tapLogo(1);
        compare(currentPage().objectName, "attractPage", "five taps over more than 3 s do not open it");
        tapLogo(4);
        waitForPage("diagnosticsPinPage");
        compare(diagnostics.active, true);
        compare(diagnostics.unlocked, false);
        tap("pinCancelButton");
        waitForPage("attractPage");
        compare(diagnostics.active, false);
    }

    // A packaged kiosk.json has no PIN: the page says how to set one, OK stays off, nothing counts.
    function test_withoutAPinThePageSaysHowToSetOne(): void {
        const store = TestFixture.storeWithFeedback(20, true);
        const json = JSON.parse(TestFixture.readFile(store + "/kiosk.json"));
        delete json.diagnostics;
        verify(TestFixture.writeFile(store + "/kiosk.json", JSON.stringify(json)));
        const backendStore = configDir;
        cleanup();
        configDir = store;
        launch();
        configDir = backendStore;
        tapLogo(5);
        waitForPage("diagnosticsPinPage");
        compare(diagnostics.pinSet, false);
        tryCompare(find("pinMessage"), "text", "No staff PIN is set. Set one with kioskctl pin-set.");
        for (const digit of samplePin)
            tap("pinKey_" + digit);
        compare(find("pinKeyOk").enabled, false, "nothing to check a PIN against");
        compare(diagnostics.unlock(samplePin), DiagnosticsController.NoPin);
        compare(diagnostics.lockedOut, false);
        compare(audited("pin_refused_unset"), 1);
    }

    function test_wrongPinsLockEntryUntilTheTimeIsUp(): void {
        TestFixture.useManualClock(session);
        tapLogo(5);
        waitForPage("diagnosticsPinPage");
        tap("pinKey_1");
        tap("pinKey_2");
        compare(find("pinDots").text, "●●", "digits are masked");
        tap("pinKeyClear");
        compare(find("pinKeyOk").enabled, false, "fewer than four digits cannot be sent");
        enterPin("1111");
        tryCompare(find("pinMessage"), "text", "Wrong PIN. Attempts left: 4.");
        compare(find("pinDots").text, " ", "a wrong PIN is cleared");
        for (let i = 0; i < 4; ++i)
            enterPin("9753");
        compare(diagnostics.lockedOut, true);
        tryCompare(find("pinMessage"), "text", "Too many wrong PINs. Try again in 5:00.");
        compare(find("pinKey_2").enabled, false, "the keys are off while locked");
        // The right PIN too is refused unchecked while locked.
        compare(diagnostics.unlock(samplePin), DiagnosticsController.LockedOut);
        TestFixture.advanceClock(61 * 1000);
        tryCompare(find("pinMessage"), "text", "Too many wrong PINs. Try again in 3:59.");
        TestFixture.advanceClock(4 * 60 * 1000);
        tryCompare(diagnostics, "lockedOut", false);
        tryCompare(find("pinKey_2"), "enabled", true);
        enterPin(samplePin);
        waitForPage("diagnosticsPage");
        compare(audited("pin_wrong"), 5);
        compare(audited("pin_lockout"), 1);
        compare(audited("pin_refused_locked"), 1);
        compare(audited("pin_ok"), 1);
        const audit = TestFixture.staffAuditActions(session).join(" ");
        verify(audit.indexOf(samplePin) < 0 && audit.indexOf("9753") < 0, "no PIN in the audit");
    }

    function test_healthShowsEveryCheck(): void {
        verify(TestFixture.attachHealthMonitor(session));
        openDiagnostics();
        showSection("health");
        const list = find("healthList");
        tryCompare(list, "count", healthKeys.length);
        const seen = [];
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            const row = list.itemAtIndex(i);
            verify(row);
            seen.push(row.key);
            const badge = findChild(row, "checkStatus");
            verify(["PASS", "WARN", "FAIL"].indexOf(badge.label) >= 0, row.key + ": " + badge.label);
            verify(findChild(row, "healthValue").text !== "", row.key + " has no value");
            verify(/^\d\d:\d\d:\d\d$/.test(row.timeText), row.key + " time " + row.timeText);
        }
        compare(seen.sort(), healthKeys.slice().sort());
        // The live refpos answers its health request: the backend check passes with a time.
        tryVerify(() => {
            const row = list.itemAtIndex(0);
            return row && row.key === "backend:responseTime" && row.status === HealthCheckListModel.Pass
                && /^\d+ ms$/.test(row.valueText);
        }, 15000, "the backend check passes with its latency");
        verify(["PASS", "WARN", "FAIL"].indexOf(find("overallHealthStatus").label) >= 0);
    }

    function test_outboxRetryAndDiscard(): void {
        // Failed first, so that once retried it is the oldest entry and delivered (and refused)
        // first: the sync thread sends in order.
        placeOrder();
        const failedSeq = TestFixture.failNewestPendingEntry(session, "422 order rejected by the test");
        verify(failedSeq > 0);
        placeOrder();
        openDiagnostics();
        showSection("outbox");
        const outbox = diagnostics.outbox;
        compare(outbox.count, 2);
        compare(outbox.failedCount, 1);
        compare(find("outboxSummaryText").text, "Waiting to be sent: 2, failed: 1");
        const failed = outboxRow(failedSeq);
        verify(failed);
        compare(failed.state, OutboxEntryListModel.Failed);
        compare(findChild(failed, "entryState").label, "FAILED");
        verify(failed.orderNumber.startsWith("K1-"));
        compare(findChild(failed, "lastErrorText").text, "Last error: 422 order rejected by the test");
        const list = find("outboxList");
        let pendingSeq = -1;
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain);
            if (list.itemAtIndex(i).state === OutboxEntryListModel.Pending)
                pendingSeq = list.itemAtIndex(i).seq;
        }
        verify(pendingSeq > failedSeq);
        const pending = outboxRow(pendingSeq);
        verify(pending);
        compare(findChild(pending, "entryState").label, "PENDING");
        compare(findChild(pending, "retryButton_" + pendingSeq).visible, false, "only failed entries retry");

        tap("retryButton_" + failedSeq);
        tryCompare(outbox, "failedCount", 0);
        compare(outboxRow(failedSeq).state, OutboxEntryListModel.Pending);
        compare(audited("outbox_retry"), 1);
        // The sync thread tries it again: refpos refuses it, so it waits with the new error.
        tryVerify(() => {
            diagnostics.refresh();
            const row = outboxRow(failedSeq);
            return row && row.lastError.indexOf("503") >= 0;
        }, 15000, "the retried entry was sent again");

        // Discard: the other entry, failed now.
        compare(TestFixture.failNewestPendingEntry(session, "422 still rejected"), pendingSeq);
        showSection("health");
        showSection("outbox"); // shown again: re-read
        tryCompare(outbox, "failedCount", 1);
        tap("discardButton_" + pendingSeq);
        const dialog = find("discardDialog");
        tryCompare(dialog, "opened", true);
        tap("discardCancelButton");
        tryCompare(dialog, "visible", false);
        compare(outbox.failedCount, 1, "kept");
        compare(audited("outbox_discard"), 0);
        tap("discardButton_" + pendingSeq);
        tryCompare(dialog, "opened", true);
        tap("discardConfirmButton");
        tryCompare(outbox, "failedCount", 0);
        compare(outbox.count, 1);
        compare(outboxRow(pendingSeq), null, "a discarded entry leaves the list");
        compare(audited("outbox_discard"), 1);
        compare(diagnostics.retry(pendingSeq), false, "a discarded entry cannot come back");

        tap("syncNowButton");
        compare(audited("sync_now"), 1);
    }

    function test_paymentsShowWhatStaffMustActOn(): void {
        verify(TestFixture.addCardPayments(session));
        openDiagnostics();
        const section = showSection("payments");
        const payments = diagnostics.payments;
        compare(payments.todayCompleted, 2);
        compare(payments.todayDeclined, 1);
        compare(payments.openAttempts.count, 1);
        const attempt = findChild(section, "openAttempt_pay-open");
        verify(attempt.overdue, "200 s open, past the 120 s at the terminal");
        compare(findChild(attempt, "attemptErrorText").text, "Last error: timeout");
        compare(attempt.Accessible.role, Accessible.ListItem);
        compare(payments.numberNotShown.count, 1);
        verify(findChild(section, "unseenNumberText").text !== "");
        compare(findChild(section, "paymentIdText").text, "Payment id: pay-not-taken");
        const check = findChild(section, "checkPaymentsNowButton");
        verify(check.height >= 48 && check.enabled);
        tap("checkPaymentsNowButton");
        compare(audited("payment_check_now"), 1);
        // The number handed to the customer: off the list, on record.
        const number = findChild(section, "unseenNumberText").text;
        tap("handedOverButton_" + number);
        compare(payments.numberNotShown.count, 0);
        compare(audited("payment_number_handed_over"), 1);
        // Refunded at the point of sale: off the list (and off /healthz), on record.
        compare(payments.notTaken.count, 1);
        const refunded = findChild(section, "refundedButton_pay-not-taken");
        verify(refunded.height >= 48);
        tap("refundedButton_pay-not-taken");
        compare(payments.notTaken.count, 0);
        compare(audited("payment_refunded"), 1);
    }

    function test_recentErrorsListsWarnings(): void {
        verify(TestFixture.keepRecentErrors());
        console.warn("diagnostics test marker", Date.now());
        openDiagnostics();
        showSection("errors");
        const list = find("errorList");
        verify(list.count > 0);
        list.positionViewAtBeginning();
        const newest = list.itemAtIndex(0);
        verify(newest);
        verify(findChild(newest, "errorMessage").text.indexOf("diagnostics test marker") >= 0,
               findChild(newest, "errorMessage").text);
        compare(newest.level, RecentErrorListModel.Warning);
        console.warn("a second marker");
        tap("refreshErrorsButton");
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).message.indexOf("a second marker") >= 0);
    }

    function test_networkTestAgainstTheBackend(): void {
        openDiagnostics();
        showSection("network");
        verify(fieldValue("networkBackendField").startsWith("http://127.0.0.1:"));
        compare(find("networkTlsOff").visible, false, "certificate checks are on");
        compare(find("networkTestResult").visible, false, "nothing tested yet");
        tap("networkTestButton");
        tryCompare(diagnostics, "networkTestDone", true, 15000);
        compare(diagnostics.networkTestError, "");
        compare(find("networkTestStatus").label, "PASS");
        compare(fieldValue("networkHttpStatus"), "200");
        verify(/^\d+ ms$/.test(fieldValue("networkLatency")), fieldValue("networkLatency"));
        compare(fieldValue("networkLatency"), diagnostics.networkTestLatencyMs + " ms");
        verify(/^\d\d:\d\d:\d\d$/.test(fieldValue("networkTestedAt")));
        compare(audited("network_test"), 1);
    }

    function test_config(): void {
        openDiagnostics();
        showSection("config");
        const version = liveConfig.version;
        verify(version !== "");
        compare(fieldValue("configVersionField"), version);
        verify(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(fieldValue("configAppliedAtField")),
               fieldValue("configAppliedAtField"));
        compare(fieldValue("configRejectionField"), "None");
        // A broken kiosk.json, reloaded now: rejected with its message, the old one stays.
        verify(TestFixture.writeFile(configDir + "/kiosk.json", "{ \"kiosk_id\": "));
        try {
            brokenConfigReloaded(version);
        } finally {
            // Every other test loads this store.
            verify(TestFixture.writeFile(configDir + "/kiosk.json", configText));
        }
        tap("reloadConfigButton");
        tryCompare(liveConfig, "lastRejection", "", 10000);
        tryCompare(findChild(find("configRejectionField"), "fieldValue"), "text", "None");
    }
    function brokenConfigReloaded(version: string): void {
        tap("reloadConfigButton");
        tryVerify(() => liveConfig.lastRejection !== "", 10000, "the change was not rejected");
        tryVerify(() => fieldValue("configRejectionField").indexOf("kiosk.json") === 0,
                  5000, fieldValue("configRejectionField"));
        verify(/ at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(fieldValue("configRejectionField")),
               fieldValue("configRejectionField"));
        compare(liveConfig.version, version);
        compare(audited("config_reload"), 1);
    }

    function test_device(): void {
        openDiagnostics();
        showSection("device");
        compare(fieldValue("kioskIdField"), "K1");
        verify(/^\d+\.\d+/.test(fieldValue("appVersionField")), fieldValue("appVersionField"));
        verify(/^6\.\d+\.\d+$/.test(fieldValue("qtVersionField")), fieldValue("qtVersionField"));
        verify(/^\d+ h \d+ min \d+ s$/.test(fieldValue("uptimeField")), fieldValue("uptimeField"));
        verify(/^\d+ MiB$/.test(fieldValue("diskFreeField")), fieldValue("diskFreeField"));
        verify(/^\d+ MiB$/.test(fieldValue("memoryField")), fieldValue("memoryField"));
        verify(diagnostics.residentMiB > 0);
    }

    function test_idleLeavesAfterTheTimeout(): void {
        openDiagnostics();
        showSection("device");
        diagnostics.idleExitMs = 300; // two minutes in the kiosk
        waitForPage("attractPage");
        compare(diagnostics.unlocked, false);
        compare(TestFixture.staffAuditActions(session).slice(-1)[0], "exit");
    }

    function test_exitReturnsToAttract(): void {
        openDiagnostics();
        compare(diagnostics.unlocked, true);
        tap("diagnosticsExitButton");
        waitForPage("attractPage");
        compare(diagnostics.unlocked, false);
        compare(diagnostics.active, false);
        compare(audited("exit"), 1);
        // Locked again: the next visit asks for the PIN.
        tapLogo(5);
        waitForPage("diagnosticsPinPage");
    }
}
