// Outbox replay: N orders queued while "offline", then delivered by the real sync service to a
// real refpos on loopback; prints the delivery rate as one JSON object on stdout.
// Usage: bench_outbox_replay REFPOS_BINARY SAMPLE_CONFIG_DIR WORK_DIR [COUNT]
#include "config/configloader.h"
#include "config/syncsettings.h"
#include "domain/order.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

using namespace kiosk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_outbox_replay: %s\n", qPrintable(message));
    return 1;
}

// Queues `count` orders of the sample menu; durability is not what is measured here, so the
// queueing connection skips fsync.
bool queueOrders(const QString &dbPath, const Menu &menu, int count, QString *error)
{
    auto db = Database::open(dbPath, error);
    if (!db || !db->exec("PRAGMA synchronous=OFF"))
        return false;
    OrderStore store(*db);
    QList<const MenuItem *> orderable;
    for (const MenuItem &item : menu.items()) {
        if (item.available && ItemSelection::withDefaults(menu, item).isComplete())
            orderable.append(&item);
    }
    for (int i = 0; i < count; ++i) {
        Cart cart;
        cart.add(ItemSelection::withDefaults(menu, *orderable.at(i % orderable.size())), 1 + i % 3);
        Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
        if (!store.commit(order, QStringLiteral("K1")).ok) {
            *error = db->lastError();
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const CurlGlobal curl;
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return fail(QStringLiteral("usage: bench_outbox_replay REFPOS CONFIG_DIR WORK_DIR [COUNT]"));
    const QString refposBinary = QString::fromLocal8Bit(argv[1]);
    const QString configDir = QString::fromLocal8Bit(argv[2]);
    const QDir work(QString::fromLocal8Bit(argv[3]));
    const int count = argc > 4 ? std::atoi(argv[4]) : 10000;
    QDir().mkpath(work.path());
    for (const char *name : {"kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "refpos.db", "refpos.db-wal", "refpos.db-shm"})
        QFile::remove(work.filePath(QString::fromLatin1(name)));

    ConfigErrors errors;
    const std::optional<LoadedConfig> config = loadConfigDir(configDir, &errors);
    if (!config)
        return fail(formatErrors(errors));
    const QString dbPath = work.filePath(QStringLiteral("kiosk.db"));
    QString error;
    if (!queueOrders(dbPath, config->menu, count, &error))
        return fail(error);

    QProcess refpos;
    refpos.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    refpos.start(refposBinary, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                work.filePath(QStringLiteral("refpos.db")), QStringLiteral("--token-file"),
                                config->kiosk.backend.tokenFile});
    if (!refpos.waitForReadyRead(10000))
        return fail(QStringLiteral("refpos did not start"));
    const auto match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(refpos.readLine()));
    if (!match.hasMatch())
        return fail(QStringLiteral("refpos did not say its port"));

    SyncSettings settings = config->kiosk.sync;
    settings.baseUrl = "http://127.0.0.1:" + match.captured(1).toLatin1();
    settings.menuPollIntervalMs = 0;
    SyncService sync(settings, dbPath);
    QElapsedTimer timer;
    qint64 elapsedMs = -1;
    int failed = 0;
    QObject::connect(&sync, &SyncService::outboxChanged, &app, [&](int pending, int failedNow, qint64) {
        failed = failedNow;
        if (pending == 0 && elapsedMs < 0) {
            elapsedMs = timer.elapsed();
            app.quit();
        }
    });
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    timer.start();
    sync.start();
    sync.wake();
    app.exec();
    sync.stop();
    refpos.terminate();
    refpos.waitForFinished();
    if (elapsedMs < 0)
        return fail(QStringLiteral("the outbox did not drain within 10 minutes"));

    const QJsonObject result{{QStringLiteral("outbox_replay"),
                              QJsonObject{{QStringLiteral("orders"), count},
                                          {QStringLiteral("seconds"), double(elapsedMs) / 1000.0},
                                          {QStringLiteral("orders_per_s"), count * 1000.0 / double(std::max<qint64>(elapsedMs, 1))},
                                          {QStringLiteral("failed"), failed}}}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failed == 0 ? 0 : 1;
}
