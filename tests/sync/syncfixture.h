#pragma once

// Shared by the sync tests: fast settings for a loopback backend, orders committed the way
// checkout does, lookups awaited. What other folders share too is in tests/support.
#include "config/syncsettings.h"
#include "support/database.h"
#include "support/files.h"
#include "storage/orderstore.h"
#include "storage/outbox.h"
#include "support/orderbuilder.h"
#include "support/samplestore.h"
#include "sync/syncservice.h"

#include <QSignalSpy>
#include <QTest>
#include <future>

namespace kiosk::test {

// Commits order `n` of `menu` (test::menuOrder) through OrderStore, orders row and outbox row in
// one transaction, as checkout does; its id, the outbox key.
inline QString commitOrder(Database &db, const Menu &menu, int n)
{
    const Order order = menuOrder(menu, n);
    commitOrder(db, order);
    return order.id.toString(QUuid::WithoutBraces);
}

// Settings for a loopback backend: short timeouts and a fast, small backoff, so a test waits
// for tenths of seconds, not the production minutes.
inline SyncSettings fastSettings(quint16 port, const QString &tokenFile, const QString &menuDir)
{
    SyncSettings s;
    s.baseUrl = "http://127.0.0.1:" + QByteArray::number(port);
    s.tokenFile = tokenFile;
    s.kioskId = QStringLiteral("T1");
    s.menuImageDir = menuDir;
    s.languages = {QStringLiteral("en"), QStringLiteral("es")};
    s.connectTimeoutMs = 2000;
    s.totalTimeoutMs = 5000;
    s.lowSpeedTimeS = 2;
    s.healthIntervalMs = 200;
    s.pollIntervalMs = 100;
    s.menuPollIntervalMs = 0;
    s.backoffBaseMs = 10;
    s.backoffCapMs = 100;
    return s;
}

// Asks `sync` for a member as lookup `id` and waits up to `timeoutMs` for its answer; a missing
// or mismatched answer ends the test run.
inline LoyaltyLookupResult lookupAndWait(SyncService &sync, quint64 id, LoyaltyLookupKind kind,
                                         const QString &identifier, int timeoutMs)
{
    QSignalSpy spy(&sync, &SyncService::memberLookedUp);
    sync.lookupMember(id, kind, identifier);
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        qFatal("no answer to lookup %llu", id);
    const auto result = spy.takeFirst().at(0).value<LoyaltyLookupResult>();
    if (result.requestId != id)
        qFatal("answer to lookup %llu, expected %llu", result.requestId, id);
    return result;
}

// The outbox entry with `key` (the most recent 100 looked at), nullopt when there is none.
inline std::optional<OutboxEntry> outboxEntry(Database &db, const QString &key)
{
    for (const OutboxEntry &e : Outbox(db).list()) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

// Runs a blocking adapter call on a thread of its own while this thread's event loop serves
// the in-process fake backend it talks to; its result.
template<typename Call>
auto served(Call call)
{
    std::future<decltype(call())> future = std::async(std::launch::async, call);
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
        QTest::qWait(2);
    return future.get();
}

} // namespace kiosk::test
