#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTemporaryDir>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

namespace kiosk {
class Database;
class KioskServices;
}
namespace kiosk::test {
class RefposProcess;
}

#include "ui/kiosksession.h" // complete: moc registers the pointer type of the invokables

// What the QML tests need: the kiosk's parts built as main.cpp builds them (KioskServices),
// the sample store and fresh data folders, so no test ever writes into kiosk-config/data.
class TestFixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString configDir READ configDir CONSTANT)
    // Why the last startKiosk() failed; empty after a success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Where tools/screenshots.qml saves its PNGs ($KIOSK_SCREENSHOT_DIR); empty skips it.
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    // $KIOSK_SCREENSHOT_SIZE ("768x1366"), else the kiosk's 1080x1920.
    Q_PROPERTY(QSize screenSize READ screenSize CONSTANT)

public:
    explicit TestFixture(QObject *parent = nullptr);
    ~TestFixture() override;

    QString configDir() const;
    QString screenshotDir() const;
    QSize screenSize() const;
    QString lastError() const { return m_lastError; }
    // A new empty folder, removed when the runner exits.
    Q_INVOKABLE QString newDataDir();
    // Starts a kiosk on `configDir` with its database in `dataDir` (no health listener) and
    // returns what the pages take (KioskServices::qmlProperties: session, store, cart, ...);
    // an empty map on failure, lastError says why.
    Q_INVOKABLE QVariantMap startKiosk(const QString &configDir, const QString &dataDir);
    // Stops the kiosk that owns `session`, once control returns to the event loop: the app
    // that shows it is destroyed first (KioskTestCase.cleanup()).
    Q_INVOKABLE void stopKiosk(kiosk::KioskSession *session);
    // Gives a kiosk's diagnostics a real, running HealthMonitor (as main.cpp does; its
    // listener on a free port), owned by that kiosk. False when it cannot start.
    Q_INVOKABLE bool attachHealthMonitor(kiosk::KioskSession *session);
    // Marks the newest pending outbox entry of `session` failed for good with `reason`, as the
    // sync thread does on a 422; its seq, or -1 when none is pending.
    Q_INVOKABLE qint64 failNewestPendingEntry(kiosk::KioskSession *session, const QString &reason);
    // Records that the backend refused reward `rewardId` on the newest outbox entry of
    // `session` (an order), as the sync thread does when an accepted order comes back with
    // adjustments; false when there is none or the row cannot be written.
    Q_INVOKABLE bool recordRefusedReward(kiosk::KioskSession *session, const QString &rewardId,
                                         const QString &reason);
    // Card payments in `session`'s database, as the payment worker leaves them: a declined and
    // an open attempt (200 s old, last error "timeout": "pay-open"), an order paid whose number
    // nobody saw ("pay-unseen") and one paid that the backend did not take ("pay-not-taken").
    Q_INVOKABLE bool addCardPayments(kiosk::KioskSession *session);

    // Starts the real refpos (tests/refpos) on a free port with `faults` (its fault options,
    // e.g. ["--error-rate", "1"]) and returns a copy of the sample store whose backend is
    // that refpos; empty when it cannot start. Stopped when the runner exits.
    Q_INVOKABLE QString startBackend(const QStringList &faults);
    // Puts the diagnostics of `session` (PIN lockout, logo taps) on a clock the test moves
    // with advanceClock(), so nothing waits out three seconds or five minutes.
    Q_INVOKABLE void useManualClock(kiosk::KioskSession *session);
    Q_INVOKABLE void advanceClock(int ms) { m_clockMs += ms; }
    // The store's clock of every kiosk started here (dayparts, pauses): by default Wednesday
    // 9 December 2026, 08:00 in Los Angeles (the sample store's zone), when every sample
    // category is open, whatever the real time. setNow moves it to `iso` (ISO 8601 with its
    // offset, "2026-12-09T10:30:00-08:00") and, unless `refreshNow` is false, has every menu
    // looked at again at once; false leaves it to the kiosk's own timer. False: not a time.
    Q_INVOKABLE bool setNow(const QString &iso, bool refreshNow = true);
    // A text file's contents (empty when unreadable), and its replacement (false on failure):
    // tests edit a store's kiosk.json and put it back.
    Q_INVOKABLE QString readFile(const QString &path);
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text);
    // Puts the runner's RecentErrorLog (the Errors page) back on top of the message handler
    // Qt Test installs when the first test case starts, which passes nothing on.
    Q_INVOKABLE bool keepRecentErrors();
    // The staff_audit actions of `session`'s database, oldest first ("pin_ok", "exit", ...).
    Q_INVOKABLE QStringList staffAuditActions(kiosk::KioskSession *session);
    // A copy of the sample store with a "feedback" section (its backend a closed port, so
    // the outbox keeps what was queued); empty on failure.
    Q_INVOKABLE QString storeWithFeedback(int npsSharePercent, bool commentEnabled);
    // `session`'s feedback rows, oldest first, as "csat,nps,comment,language,queued" (null
    // answers empty; queued: 1 when its outbox entry exists under the same key).
    Q_INVOKABLE QStringList feedbackRows(kiosk::KioskSession *session);
    // `session`'s calls for staff, oldest first, as "reason,open|cleared,queued".
    Q_INVOKABLE QStringList assistRows(kiosk::KioskSession *session);
    // Card payment (testfixturepayment.cpp). Tells the kiosk of `session` the backend answers
    // (or not), as the sync thread does, and from then on instead of it: the card is offered
    // only while it does.
    Q_INVOKABLE void setBackendOnline(kiosk::KioskSession *session, bool online);
    // Plays the payment worker for the attempt on screen: records what the backend said
    // (`status` a PaymentStatus code: "pending", "in_progress", "completed", "declined",
    // "canceled"; "refused" records `reason` as the refusal's code) on a connection of its own
    // and reports it as PaymentService::attemptChanged does. False when there is no attempt or
    // the store refused the report.
    Q_INVOKABLE bool reportPayment(kiosk::KioskSession *session, const QString &status,
                                   const QString &reason);
    // A copy of the sample store that takes cards (addPayment), no feedback, its backend a
    // closed port. Empty on failure.
    Q_INVOKABLE QString storeWithPayment(const QString &mode);
    // storeWithPayment("card_or_counter") on Square (backend.kind "square").
    Q_INVOKABLE QString storeOnSquare();
    // Gives the store copy `store` a "payment" section: `mode`, terminal "T1", timeout_s 60.
    Q_INVOKABLE bool addPayment(const QString &store, const QString &mode);
    // `session`'s orders, oldest first, as "number,payment_state" (empty state: counter-only).
    Q_INVOKABLE QStringList orderPaymentStates(kiosk::KioskSession *session);
    // The contract's payment.method of each order `session` queued, oldest first ("" without).
    Q_INVOKABLE QStringList orderPaymentMethods(kiosk::KioskSession *session);
    // The contract's lines of each order `session` queued, oldest first, as JSON arrays (a
    // combo line with its combo_id and parts).
    Q_INVOKABLE QStringList orderLines(kiosk::KioskSession *session);
    // Installs the translations of $KIOSK_EXTRA_QM (a .qm file), when set, behind the
    // kiosk's own: screenshot tools show strings not yet merged into kiosk_es.ts. False when
    // it is set but unreadable.
    Q_INVOKABLE bool installExtraTranslation();
    // The receipt printer (testfixtureprinter.cpp), played by hand as the composition root
    // feeds it from PrintService. Gives the diagnostics Printer page and the confirmation
    // screen's TicketStatus of `session` the printer state `code` (printerStateCode:
    // "ready", "paper_out", ...); false for an unknown code.
    Q_INVOKABLE bool setPrinterState(kiosk::KioskSession *session, const QString &code,
                                     const QString &detail, bool paperNearEnd);
    // Lists, on the Printer page, a ticket given up for each of `labels` ("test": a test
    // ticket), queued three minutes ago, given up one minute ago after 13 tries: paper out.
    Q_INVOKABLE bool setFailedTickets(kiosk::KioskSession *session, const QStringList &labels);
    // Saves `count` orders of one burger in `session`'s database, a minute apart, the last
    // one now, as checkout does; false when one cannot be saved.
    Q_INVOKABLE bool addOrders(kiosk::KioskSession *session, int count);
    // Pausing (testfixturepauses.cpp): the item ids in `session`'s item_pauses table, and the
    // kinds of its outbox entries, oldest first.
    Q_INVOKABLE QStringList itemPauseRows(kiosk::KioskSession *session);
    Q_INVOKABLE QStringList outboxKinds(kiosk::KioskSession *session);
    // Promo codes (testfixturepromo.cpp).
    // Puts `promotions` in force as `session`'s offline list (promotions.json): objects with
    // code, name_en, name_es, kind, percent, amount_cents, item_id, min_subtotal_cents,
    // valid_from, valid_until (ISO 8601), combines_with_rewards.
    Q_INVOKABLE bool setOfflinePromotions(kiosk::KioskSession *session, const QVariantList &promotions);
    // Kills the refpos the last startBackend() started (the kiosk finds it gone); false if none.
    Q_INVOKABLE bool killLastBackend();

signals:
    void lastErrorChanged();

private:
    // The running kiosk that owns `session`; nullptr (and a failed test's warning) if none.
    kiosk::KioskServices *kioskOf(const kiosk::KioskSession *session) const;
    // A second connection to the database of `session`'s kiosk (nullptr when it cannot open).
    std::unique_ptr<kiosk::Database> databaseOf(const kiosk::KioskSession *session) const;
    void setLastError(const QString &error);
    // Each row of `sql` on the database of `services`, its `columns` joined by commas.
    static QStringList rows(const kiosk::KioskServices *services, const char *sql, int columns);

    QList<QPointer<kiosk::KioskServices>> m_kiosks;
    QString m_lastError;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dataDirs;
    std::vector<std::unique_ptr<kiosk::test::RefposProcess>> m_backends;
    qint64 m_clockMs = 1'000'000;
    QDateTime m_storeNow = QDateTime::fromString(QStringLiteral("2026-12-09T16:00:00Z"), Qt::ISODate);
};
