#pragma once

// Shared by the sync tests: real orders from a real menu, committed the way checkout does.
#include "config/menuparser.h"
#include "config/syncsettings.h"
#include "domain/cart.h"
#include "domain/order.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "sync/syncservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace kiosk::test {

// A config folder whose menu.json (and images) the tests use: KIOSK_SOURCE_DIR/<relative>.
inline QString configDir(const char *relative)
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/") + QLatin1String(relative);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline Menu loadMenu(const QString &dir)
{
    ConfigErrors errors;
    const auto menu = parseMenu(readFile(dir + QStringLiteral("/menu.json")), QStringLiteral("menu.json"),
                                dir, {QStringLiteral("en"), QStringLiteral("es")}, &errors);
    if (!menu)
        qFatal("test menu invalid: %s", qPrintable(formatErrors(errors)));
    return *menu;
}

// Order `n`: one or two available items with their default options, as checkout builds it.
inline Order makeOrder(const Menu &menu, int n)
{
    QList<const MenuItem *> orderable;
    for (const MenuItem &item : menu.items()) {
        if (item.available && ItemSelection::withDefaults(menu, item).isComplete())
            orderable.append(&item);
    }
    Cart cart;
    cart.add(ItemSelection::withDefaults(menu, *orderable.at(n % orderable.size())), 1 + n % 3);
    if (n % 2)
        cart.add(ItemSelection::withDefaults(menu, *orderable.at((n * 7 + 1) % orderable.size())), 1);
    return kiosk::makeOrder(cart, QStringLiteral("T1"), n % 2 ? DineOption::ToGo : DineOption::Here,
                            QStringLiteral("en"), 825);
}

// Commits order `n` through OrderStore (orders row + outbox row in one transaction).
inline QString commitOrder(Database &db, const Menu &menu, int n)
{
    OrderStore store(db);
    Order order = makeOrder(menu, n);
    const OrderStore::Commit commit = store.commit(order, QStringLiteral("T"));
    if (!commit.ok)
        qFatal("commit failed: %s", qPrintable(commit.error));
    return order.id.toString(QUuid::WithoutBraces);
}

inline std::unique_ptr<Database> openDb(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return db;
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

} // namespace kiosk::test
