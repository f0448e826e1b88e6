// The contract v1 adapter (ContractV1Backend, SyncService's default port) under the real worker
// thread, against an in-process fake HTTP backend: the contract's headers, delivery order, the
// outcome rules, network errors, restart recovery mid-delivery, health, the menu with its ETag,
// and the missing token. The kiosk's side alone, without HTTP: tst_syncworker.
#include "fakebackend.h"
#include "storage/outbox.h"
#include "sync/curlglobal.h"
#include "sync/menucache.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using test::FakeBackend;
using Reply = FakeBackend::Reply;

namespace {

// libcurl's global set-up runs before main() and so before any thread.
const CurlGlobal curlGlobal;

constexpr int Patience = 15000; // ms: generous, since only a hang makes it matter

QByteArray errorBody(const char *message)
{
    return QByteArray("{\"error\":\"") + message + "\"}";
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_menuDir = test::minimalConfigDir();
    Menu m_menu = test::loadMenu(m_menuDir);

    // One kiosk: its database (the GUI thread's connection), its token, its settings.
    struct Kiosk
    {
        QString dbPath;
        QString tokenPath;
        std::unique_ptr<Database> db;
        SyncSettings settings;
    };

    Kiosk makeKiosk(const QString &name, quint16 port, bool withToken = true)
    {
        Kiosk k;
        k.dbPath = m_dir.filePath(name + QStringLiteral(".db"));
        k.tokenPath = m_dir.filePath(name + QStringLiteral(".token"));
        if (withToken)
            writeToken(k.tokenPath);
        k.db = test::openDb(k.dbPath);
        k.settings = test::fastSettings(port, k.tokenPath, m_menuDir);
        return k;
    }

    static void writeToken(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-token\n");
    }

    static std::optional<OutboxEntry> entryFor(Database &db, const QString &key)
    {
        for (const OutboxEntry &e : Outbox(db).list()) {
            if (e.key == key)
                return e;
        }
        return std::nullopt;
    }

private slots:
    void deliversInOrderWithTheContractHeaders()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        QVERIFY(port);
        Kiosk k = makeKiosk(QStringLiteral("order"), port);
        QStringList keys;
        for (int i = 0; i < 4; ++i)
            keys.append(test::commitOrder(*k.db, m_menu, i));
        QVERIFY(Outbox(*k.db).enqueue(QStringLiteral("feedback"), QStringLiteral("fb-1"), R"({"csat":5})",
                                      QDateTime::currentDateTimeUtc()));

        SyncService service(k.settings, k.dbPath);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        QSignalSpy online(&service, &SyncService::onlineChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 4, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(service.pendingCount(), 0, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QVERIFY(online.count() >= 1);

        QCOMPARE(backend.requestKeys(QStringLiteral("/v1/orders")), keys);
        QCOMPARE(backend.requestKeys(QStringLiteral("/v1/feedback")), QStringList{QStringLiteral("fb-1")});
        // One handle, kept alive: health checks and deliveries share one connection.
        QVERIFY(backend.requests.size() >= 6);
        QCOMPARE(backend.connections, 1);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(delivered.at(i).at(0).toString(), keys.at(i));
            QCOMPARE(delivered.at(i).at(1).toInt(), 7);
        }
        for (const FakeBackend::Seen &seen : std::as_const(backend.requests)) {
            QCOMPARE(seen.header("authorization"), QByteArray("Bearer secret-token"));
            QCOMPARE(seen.header("x-kiosk-id"), QByteArray("T1"));
            QCOMPARE(seen.header("accept"), QByteArray("application/json"));
            if (seen.method == "POST")
                QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        }
        // The body sent is the outbox row's, byte for byte.
        const auto first = entryFor(*k.db, keys.first());
        QCOMPARE(first->state, OutboxEntry::State::Delivered);
        QCOMPARE(first->pointsEarned, std::optional(7));
        QCOMPARE(first->attempts, 1);
        for (const FakeBackend::Seen &seen : std::as_const(backend.requests)) {
            if (seen.header("idempotency-key") == keys.first().toUtf8())
                QCOMPARE(seen.body, first->body);
        }
    }

    void failsForGoodOn409And422AndNeverRetries()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        backend.script = {Reply::answer(409, errorBody("Idempotency-Key: order was already received with a different body")),
                          Reply::answer(422, errorBody("lines[0].quantity: expected 1 to 20"))};
        Kiosk k = makeKiosk(QStringLiteral("permanent"), port);
        const QString conflicted = test::commitOrder(*k.db, m_menu, 1);
        const QString rejected = test::commitOrder(*k.db, m_menu, 2);
        const QString fine = test::commitOrder(*k.db, m_menu, 3);

        SyncService service(k.settings, k.dbPath);
        QSignalSpy failed(&service, &SyncService::deliveryFailed);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(service.failedCount(), 2, Patience);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), conflicted);
        QVERIFY(failed.at(0).at(1).toString().startsWith(QLatin1String("HTTP 409: Idempotency-Key")));
        QCOMPARE(failed.at(1).at(0).toString(), rejected);
        QVERIFY(failed.at(1).at(1).toString().startsWith(QLatin1String("HTTP 422: lines[0].quantity")));
        QCOMPARE(delivered.at(0).at(0).toString(), fine);

        // Several polls later nothing was sent again.
        const int polls = backend.count(QStringLiteral("/v1/health")) + 3;
        QTRY_VERIFY_WITH_TIMEOUT(backend.count(QStringLiteral("/v1/health")) >= polls, Patience);
        QCOMPARE(backend.requestKeys(QStringLiteral("/v1/orders")), QStringList({conflicted, rejected, fine}));
        const auto entry = entryFor(*k.db, rejected);
        QCOMPARE(entry->state, OutboxEntry::State::Failed);
        QVERIFY(entry->lastError.startsWith(QLatin1String("HTTP 422")));

        // Diagnostics puts it back by hand: now it goes, and is accepted.
        service.retryFailed(entry->seq);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, Patience);
        QCOMPARE(delivered.at(1).at(0).toString(), rejected);
        QTRY_COMPARE_WITH_TIMEOUT(service.failedCount(), 1, Patience);
    }

    void retriesOn5xx408429AndMalformedReplies()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        backend.script = {Reply::answer(500, errorBody("database locked")),
                          Reply::answer(503, {}, {{"Retry-After", "0"}}),
                          Reply::answer(408),
                          Reply::answer(429, errorBody("slow down"), {{"Retry-After", "0"}}),
                          Reply::answer(502, "<html>bad gateway</html>"),
                          Reply::processedThen(201, "{\"order_id\":\"cut in")};
        Kiosk k = makeKiosk(QStringLiteral("retry"), port);
        const QString key = test::commitOrder(*k.db, m_menu, 4);

        SyncService service(k.settings, k.dbPath);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        QSignalSpy failed(&service, &SyncService::deliveryFailed);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QCOMPARE(failed.count(), 0);
        // Six failed attempts, then the clean 200 replay of what the malformed 201 accepted.
        QCOMPARE(backend.requestKeys(QStringLiteral("/v1/orders")), QStringList(7, key));
        QCOMPARE(backend.acceptedKeys, QStringList{key});
        const auto entry = entryFor(*k.db, key);
        QCOMPARE(entry->state, OutboxEntry::State::Delivered);
        QCOMPARE(entry->attempts, 7);
        QCOMPARE(entry->pointsEarned, std::optional(7));
    }

    void waitsForRetryAfter()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        backend.script = {Reply::answer(429, errorBody("slow down"), {{"Retry-After", "3"}})};
        Kiosk k = makeKiosk(QStringLiteral("retryafter"), port);
        const QString key = test::commitOrder(*k.db, m_menu, 5);

        SyncService service(k.settings, k.dbPath);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(entryFor(*k.db, key)->attempts == 1, Patience);
        const auto entry = entryFor(*k.db, key);
        // Our own backoff is at most 100 ms here; the entry waits for the server's 3 s.
        QVERIFY2(entry->nextAttemptAt >= before.addMSecs(3000), qPrintable(entry->nextAttemptAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(entry->lastError, QStringLiteral("HTTP 429: slow down"));
        QCOMPARE(backend.count(QStringLiteral("/v1/orders")), 1);
    }

    void retriesNetworkErrorsUntilTheBackendIsThere()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that refuses connections until the backend takes it
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Kiosk k = makeKiosk(QStringLiteral("network"), port);
        const QString key = test::commitOrder(*k.db, m_menu, 6);

        SyncService service(k.settings, k.dbPath);
        QSignalSpy online(&service, &SyncService::onlineChanged);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(entryFor(*k.db, key)->attempts >= 2, Patience);
        const auto waiting = entryFor(*k.db, key);
        QCOMPARE(waiting->state, OutboxEntry::State::Pending);
        QVERIFY2(waiting->lastError.startsWith(QLatin1String("network: connect")), qPrintable(waiting->lastError));
        QVERIFY(!service.isOnline());
        QVERIFY(online.count() >= 1);
        QCOMPARE(online.first().at(0).toBool(), false);

        FakeBackend backend;
        QCOMPARE(backend.listen(port), port);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QCOMPARE(backend.acceptedKeys, QStringList{key});
    }

    // The kiosk stops while the backend holds the request (it stored the order, the answer
    // never came). The entry stays pending; the next start sends it again with the same key
    // and the backend's replay completes it: one order at the backend, delivered once here.
    void restartMidDeliveryDeliversOnce()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        backend.script = {Reply::processedThenHang()};
        Kiosk k = makeKiosk(QStringLiteral("restart"), port);
        const QString key = test::commitOrder(*k.db, m_menu, 8);
        {
            SyncService service(k.settings, k.dbPath);
            QSignalSpy delivered(&service, &SyncService::orderDelivered);
            service.start();
            QTRY_COMPARE_WITH_TIMEOUT(backend.count(QStringLiteral("/v1/orders")), 1, Patience);
            QElapsedTimer stopping;
            stopping.start();
            service.stop(); // abandons the request in flight
            qInfo("stop() with a request in flight returned after %lld ms", stopping.elapsed());
            QVERIFY(!service.isRunning());
            QCOMPARE(delivered.count(), 0);
        }
        const auto pending = entryFor(*k.db, key);
        QCOMPARE(pending->state, OutboxEntry::State::Pending);
        QCOMPARE(pending->attempts, 0);

        SyncService again(k.settings, k.dbPath);
        QSignalSpy delivered(&again, &SyncService::orderDelivered);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QCOMPARE(delivered.first().at(0).toString(), key);
        QCOMPARE(backend.acceptedKeys, QStringList{key});
        QCOMPARE(backend.count(QStringLiteral("/v1/orders")), 2);
        const auto done = entryFor(*k.db, key);
        QCOMPARE(done->state, OutboxEntry::State::Delivered);
        QCOMPARE(done->attempts, 1);
        QTRY_COMPARE_WITH_TIMEOUT(again.pendingCount(), 0, Patience);
    }

    void healthProbeDrivesOnlineState()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        Kiosk k = makeKiosk(QStringLiteral("health"), port);
        SyncService service(k.settings, k.dbPath);
        QSignalSpy online(&service, &SyncService::onlineChanged);
        QSignalSpy health(&service, &SyncService::healthChecked);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(health.count() >= 1, Patience);
        QVERIFY(health.first().at(1).toLongLong() >= 0);
        QVERIFY(service.lastHealthLatencyMs() >= 0);

        backend.healthy = false;
        QTRY_VERIFY_WITH_TIMEOUT(!service.isOnline(), Patience);
        backend.healthy = true;
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QCOMPARE(online.count(), 3);
    }

    void menuIsValidatedCachedAndAskedForByETag()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        backend.menuBody = test::readFile(m_menuDir + QStringLiteral("/menu.json"));
        backend.menuEtag = "\"m1\"";
        Kiosk k = makeKiosk(QStringLiteral("menu"), port);
        k.settings.menuPollIntervalMs = 100;
        {
            SyncService service(k.settings, k.dbPath);
            QSignalSpy updated(&service, &SyncService::menuUpdated);
            QSignalSpy rejected(&service, &SyncService::menuRejected);
            service.start();
            QVERIFY(!service.cachedMenu());
            QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, Patience);
            const Menu menu = updated.first().at(0).value<Menu>();
            QCOMPARE(menu.items().size(), m_menu.items().size());
            QCOMPARE(MenuCache(*k.db).load()->etag, QStringLiteral("\"m1\""));

            // The next polls ask with the ETag and get 304: no new menu.
            QTRY_VERIFY_WITH_TIMEOUT(backend.count(QStringLiteral("/v1/menu")) >= 3, Patience);
            QCOMPARE(backend.last(QStringLiteral("/v1/menu")).header("if-none-match"), QByteArray("\"m1\""));
            QCOMPARE(updated.count(), 1);

            // A broken menu is refused with the validator's own words; the good one stays.
            backend.menuBody.replace("\"category\": \"burgers\"", "\"category\": \"desserts\"");
            backend.menuEtag = "\"m2\"";
            QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, Patience);
            const QString messages = rejected.first().at(0).toString();
            QVERIFY2(messages.contains(QLatin1String("GET /v1/menu: items[0].category: unknown category")),
                     qPrintable(messages));
            const int polls = backend.count(QStringLiteral("/v1/menu")) + 2;
            QTRY_VERIFY_WITH_TIMEOUT(backend.count(QStringLiteral("/v1/menu")) >= polls, Patience);
            QCOMPARE(rejected.count(), 1); // said once, not once per poll
            QCOMPARE(updated.count(), 1);
            QCOMPARE(MenuCache(*k.db).load()->etag, QStringLiteral("\"m1\""));
        }
        // A restart has the last good menu at hand before any request.
        SyncService restarted(k.settings, k.dbPath);
        restarted.start();
        QVERIFY(restarted.cachedMenu());
        QCOMPARE(restarted.cachedMenu()->items().size(), m_menu.items().size());
    }

    void sendsNothingWithoutAToken()
    {
        FakeBackend backend;
        const quint16 port = backend.listen();
        Kiosk k = makeKiosk(QStringLiteral("notoken"), port, /*withToken=*/false);
        test::commitOrder(*k.db, m_menu, 9);
        SyncService service(k.settings, k.dbPath);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        QSignalSpy outbox(&service, &SyncService::outboxChanged);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.count() >= 1, Patience); // the worker is up
        QTest::qWait(500); // several polls
        QVERIFY(backend.requests.isEmpty());
        QCOMPARE(service.pendingCount(), 1);

        writeToken(k.tokenPath);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QCOMPARE(backend.requests.first().header("authorization"), QByteArray("Bearer secret-token"));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
