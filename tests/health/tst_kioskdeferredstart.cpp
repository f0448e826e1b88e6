// The kiosk's start in two steps (KioskServices::Options::deferBackground): before
// startBackground(), which the kiosk calls after its first frame, no health listener, no sync,
// payment, retention, printer or health-probe thread and no config watching; after it, all of
// them, with the same objects QML was given. The backend's cached menu is shown from the first
// step, and a kiosk stopped before the second leaves nothing behind.
#include "kioskservices.h"
#include "health/healthmonitor.h"
#include "storage/database.h"
#include "support/files.h"
#include "support/freeport.h"
#include "support/storecopy.h"
#include "sync/menucache.h"
#include "sync/paymentservice.h"
#include "sync/syncservice.h"
#include "ticketprinting.h"
#include "print/printservice.h"
#include "ui/liveconfig.h"
#include "ui/menuschedule.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

// The names of this process's threads: QThread gives each its objectName.
QStringList threadNames()
{
    QStringList names;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll()).trimmed();
    }
    return names;
}

const QStringList BackgroundThreads{u"kiosk-sync"_s, u"kiosk-payment"_s, u"kiosk-retention"_s, u"health-probe"_s,
                                    u"printer"_s};

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

QMap<QString, QObject *> objectsOf(const QVariantMap &properties)
{
    QMap<QString, QObject *> objects;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        objects.insert(it.key(), it.value().value<QObject *>());
    return objects;
}

} // namespace

class TestKioskDeferredStart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_data;
    quint16 m_healthPort = 0;

    // The sample store with its own health port, a network printer and a backend that are
    // both down, and `changes`.
    void copyStore(QJsonObject changes = {})
    {
        m_healthPort = test::freePort();
        changes.insert(u"backend"_s, test::loopbackBackend(test::freePort()));
        changes.insert(u"health"_s, QJsonObject{{u"listen_port"_s, m_healthPort}});
        changes.insert(u"printer"_s, QJsonObject{{u"kind"_s, u"network"_s}, {u"host"_s, u"127.0.0.1"_s},
                                                 {u"port"_s, test::freePort()}, {u"paper_width_mm"_s, 80}});
        QVERIFY(test::copyStore(m_config->path(), changes));
    }

    KioskServices::Options options(bool defer) const
    {
        KioskServices::Options options{m_config->path(), m_data->path(), KioskServices::HealthListener::Configured};
        options.deferBackground = defer;
        return options;
    }

private slots:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid() && m_data->isValid());
    }

    void backgroundWaitsForItsStep()
    {
        copyStore();
        KioskServices services;
        QSignalSpy started(&services, &KioskServices::backgroundStarted);
        QString error;
        QVERIFY2(services.start(options(true), &error), qPrintable(error));
        QVERIFY(services.isRunning());
        QVERIFY(!services.isBackgroundStarted());
        QCOMPARE(started.count(), 0);
        QVERIFY(!services.health());
        QVERIFY(!accepts(m_healthPort));
        QVERIFY(services.sync() && !services.sync()->isRunning());
        QVERIFY(services.payments() && !services.payments()->isRunning());
        QVERIFY(!services.tickets().service().isRunning());
        QVERIFY(!services.liveConfig().watcher());
        for (const QString &name : BackgroundThreads)
            QVERIFY2(!threadNames().contains(name), qPrintable(name));
        const QMap<QString, QObject *> before = objectsOf(services.qmlProperties());
        QVERIFY(!before.contains(nullptr));

        services.startBackground();
        QCOMPARE(started.count(), 1);
        QVERIFY(services.isBackgroundStarted());
        QVERIFY(services.health());
        QCOMPARE(services.health()->httpPort(), m_healthPort);
        QVERIFY(accepts(m_healthPort));
        QVERIFY(services.sync()->isRunning());
        QVERIFY(services.payments()->isRunning());
        QVERIFY(services.tickets().service().isRunning());
        QVERIFY(services.liveConfig().watcher());
        QTRY_VERIFY(!services.liveConfig().version().isEmpty()); // read on a pool thread
        for (const QString &name : BackgroundThreads)
            QTRY_VERIFY2(threadNames().contains(name), qPrintable(name));
        QCOMPARE(objectsOf(services.qmlProperties()), before);

        services.startBackground(); // once per start
        QCOMPARE(started.count(), 1);
    }

    // Tests and tools that call start() alone get everything, as before the split.
    void startWithoutDeferringStartsEverything()
    {
        copyStore();
        KioskServices services;
        QSignalSpy started(&services, &KioskServices::backgroundStarted);
        QString error;
        QVERIFY2(services.start(options(false), &error), qPrintable(error));
        QCOMPARE(started.count(), 1);
        QVERIFY(services.health());
        QVERIFY(accepts(m_healthPort));
        QVERIFY(services.sync()->isRunning());
        QVERIFY(services.payments()->isRunning());
        QVERIFY(services.tickets().service().isRunning());
        QVERIFY(services.liveConfig().watcher());
    }

    void stopBeforeTheBackgroundLeavesNothing()
    {
        copyStore();
        KioskServices services;
        QSignalSpy started(&services, &KioskServices::backgroundStarted);
        QString error;
        QVERIFY2(services.start(options(true), &error), qPrintable(error));
        // A reload asked for before the config is watched changes nothing (and is said).
        QTest::ignoreMessage(QtWarningMsg, "reload asked for before a config was loaded");
        services.liveConfig().reload();
        services.stop();
        QVERIFY(!services.isRunning());
        services.startBackground(); // the fallback timer of a kiosk that stopped: nothing
        QCOMPARE(started.count(), 0);
        QVERIFY(!services.health());
        QVERIFY(!services.sync());
        QVERIFY(!accepts(m_healthPort));

        // And it starts again, in two steps, as the first time.
        QVERIFY2(services.start(options(true), &error), qPrintable(error));
        QVERIFY(!services.isBackgroundStarted());
        services.startBackground();
        QCOMPARE(started.count(), 1);
        QVERIFY(accepts(m_healthPort));
    }

    // menu_source "backend": the last good backend menu is the one on the first screen, read
    // before the sync thread exists.
    void cachedBackendMenuBeforeTheBackground()
    {
        copyStore({{u"menu_source"_s, u"backend"_s}});
        QJsonObject menu = QJsonDocument::fromJson(test::readFile(m_config->filePath(u"menu.json"_s))).object();
        QJsonArray items = menu.value(u"items"_s).toArray();
        QJsonObject first = items.at(0).toObject();
        const QString itemId = first.value(u"id"_s).toString();
        const int cachedPrice = first.value(u"price_cents"_s).toInt() + 100;
        first.insert(u"price_cents"_s, cachedPrice);
        items.replace(0, first);
        menu.insert(u"items"_s, items);
        {
            QString error;
            const std::unique_ptr<Database> db = Database::open(QDir(m_data->path()).filePath(u"kiosk.db"_s), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(MenuCache(*db).store(u"\"cached\""_s, QJsonDocument(menu).toJson(),
                                         QDateTime::currentDateTimeUtc()));
        }

        KioskServices services;
        QString error;
        QVERIFY2(services.start(options(true), &error), qPrintable(error));
        QVERIFY(!services.sync()->isRunning());
        QVERIFY(services.config().menu.item(itemId));
        QCOMPARE(services.config().menu.item(itemId)->priceCents, cachedPrice);
        QVERIFY(services.menuSchedule().menu().item(itemId));
        QCOMPARE(services.menuSchedule().menu().item(itemId)->priceCents, cachedPrice);

        // The thread starts on it without reading or applying it again.
        QSignalSpy changed(&services, &KioskServices::menuChanged);
        services.startBackground();
        QVERIFY(services.sync()->isRunning());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(services.menuSchedule().menu().item(itemId)->priceCents, cachedPrice);
    }
};

QTEST_MAIN(TestKioskDeferredStart)
#include "tst_kioskdeferredstart.moc"
