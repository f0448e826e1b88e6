// Live config reload in the real composition root (KioskServices) over a private copy of the sample store: the files
// are edited on disk the ways managers and editors do (in place, half written, replaced by a
// rename) and the session's file watcher picks the changes up by itself. A valid change waits
// for the open order and is applied when it ends; an invalid one is rejected with the exact
// messages of `kiosk --check-config` and changes nothing.
#include "reloadfixture.h"

#include "health/healthmonitor.h"
#include "kioskservices.h"
#include "ui/cartmodel.h"
#include "ui/diagnosticscontroller.h"
#include "ui/kiosksession.h"
#include "ui/liveconfig.h"
#include "ui/menuitemlistmodel.h"
#include "ui/storeprofile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

constexpr int WaitMs = 10000; // a generous bound on "the watcher noticed"; never a timing claim

} // namespace

class TestConfigReload : public QObject
{
    Q_OBJECT

    QString configPath(const QString &name) const { return QDir(m_configDir).filePath(name); }

    // The price as the menu page shows it, read through the session's item model.
    QString menuPriceText(const QString &category, const QString &itemId)
    {
        MenuItemListModel *items = &m_services->items();
        items->setCategoryId(category);
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->itemIdAt(row) == itemId)
                return items->data(items->index(row), MenuItemListModel::PriceTextRole).toString();
        }
        return {};
    }

    // A customer with one Classic Burger in the cart.
    void openOrderWithBurger()
    {
        m_session->startOrder();
        m_session->chooseDineOption(KioskSession::DineOption::DineIn);
        QVERIFY(m_session->openItem(u"classic_burger"_s));
        QVERIFY(m_session->addEditedItem());
        QCOMPARE(m_services->cart().rowCount(), 1);
    }

    QString cartUnitPrice() const
    {
        return m_services->cart().data(m_services->cart().index(0), CartModel::UnitPriceTextRole).toString();
    }

    // A sample store in a fresh folder, and the kiosk's parts started on it.
    void startServices()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_configDir = m_dir->filePath(u"config"_s);
        // A closed backend port: these tests never deliver anything.
        QVERIFY(test::makeStore(m_configDir, test::freePort(), 0));
        m_services = std::make_unique<KioskServices>();
        QString error;
        QVERIFY2(m_services->start({m_configDir, m_dir->filePath(u"data"_s), KioskServices::HealthListener::Off}, &error),
                 qPrintable(error));
        m_session = &m_services->session();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configDir;
    std::unique_ptr<KioskServices> m_services;
    KioskSession *m_session = nullptr;

private slots:
    void init()
    {
        startServices();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_services->liveConfig().watcher());
        m_services->liveConfig().watcher()->setDebounceMs(50);
        // The version is read on a pool thread (LiveConfig::watch).
        QTRY_COMPARE(m_services->liveConfig().version().size(), 12);
        QVERIFY(m_services->liveConfig().loadedAt().isValid());
        QCOMPARE(m_services->liveConfig().lastRejection(), QString());
        QCOMPARE(m_services->diagnostics().storageRecoveryNote(), QString());
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$8.99"_s);
    }

    void cleanup()
    {
        m_session = nullptr;
        m_services.reset();
        m_dir.reset();
    }

    // A reload asked for before the version in force is known waits for it, then finds the
    // config unchanged.
    void reloadRightAfterStartWaitsForTheVersion()
    {
        cleanup();
        startServices();
        QVERIFY(!QTest::currentTestFailed());
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy changed(&m_services->liveConfig(), &LiveConfig::changed);
        m_services->liveConfig().reload();
        QVERIFY(applied.wait());
        QCOMPARE(m_services->liveConfig().version().size(), 12);
        QCOMPARE(changed.count(), 0);
    }

    // The case: a valid change, then an invalid one, while a cart is open.
    void validChangeWaitsForTheOpenOrder()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy rejected(&m_services->liveConfig(), &LiveConfig::rejected);
        QSignalSpy menuChanged(m_services.get(), &KioskServices::menuChanged);
        const QString before = m_services->liveConfig().version();
        openOrderWithBurger();
        const qint64 totalBefore = m_services->cart().totals().total;
        QCOMPARE(cartUnitPrice(), u"$8.99"_s);

        QVERIFY(test::writeFile(configPath(u"menu.json"_s),
                                   test::menuWithPrice(m_configDir, u"classic_burger"_s, 999)));
        QTRY_VERIFY_WITH_TIMEOUT(m_services->liveConfig().reloadPending(), WaitMs);
        // Nothing moved under the customer: same version, menu, cart and totals.
        QCOMPARE(applied.count(), 0);
        QCOMPARE(menuChanged.count(), 0);
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$8.99"_s);
        QCOMPARE(m_services->config().menu.item(u"classic_burger"_s)->priceCents, 899);
        QCOMPARE(m_services->cart().rowCount(), 1);
        QCOMPARE(cartUnitPrice(), u"$8.99"_s);
        QCOMPARE(m_services->cart().totals().total, totalBefore);

        // Then a broken edit, still mid-order: rejected; the valid change keeps waiting.
        QVERIFY(test::writeFile(configPath(u"kiosk.json"_s), "{\"kiosk_id\": \"K1\",\n"));
        QVERIFY(rejected.wait(WaitMs));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!m_services->liveConfig().lastRejection().isEmpty());
        QVERIFY(m_services->liveConfig().lastRejectedAt().isValid());
        QVERIFY(m_services->liveConfig().reloadPending());
        QCOMPARE(applied.count(), 0);
        QCOMPARE(m_services->cart().totals().total, totalBefore);
        QCOMPARE(cartUnitPrice(), u"$8.99"_s);

        // The order ends: the last valid change, and only it, comes into force.
        m_session->endOrder();
        QCOMPARE(applied.count(), 1);
        QVERIFY(!m_services->liveConfig().reloadPending());
        QVERIFY(m_services->liveConfig().version() != before);
        QCOMPARE(m_services->config().menu.item(u"classic_burger"_s)->priceCents, 999);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$9.99"_s);
        QCOMPARE(m_services->store().storeName(), u"Harbor Street Kitchen"_s);
        // The next customer pays the new price.
        openOrderWithBurger();
        QCOMPARE(cartUnitPrice(), u"$9.99"_s);
    }

    void invalidChangeIsRejectedWithTheValidatorsMessage_data()
    {
        QTest::addColumn<QByteArray>("menu");
        QTest::addColumn<QString>("expected");
        const QString dir = test::sampleConfigDir();
        QByteArray syntax = test::readFile(dir + u"/menu.json"_s);
        QVERIFY(syntax.startsWith("{\n  \"schema\": 1,\n"));
        syntax.replace(0, 16, "{\n  \"schema\": 1"); // a comma forgotten on line 2
        QTest::newRow("broken JSON") << syntax << u"menu.json:3:4: unterminated object"_s;
        QTest::newRow("unknown category")
            << test::menuWithItemEdit(dir, u"classic_burger"_s,
                                      [](QJsonObject &item) { item.insert(u"category"_s, u"pizzas"_s); })
            << u"menu.json: items[0].category: unknown category \"pizzas\""_s;
    }

    void invalidChangeIsRejectedWithTheValidatorsMessage()
    {
        QFETCH(QByteArray, menu);
        QFETCH(QString, expected);
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy rejected(&m_services->liveConfig(), &LiveConfig::rejected);
        QSignalSpy menuChanged(m_services.get(), &KioskServices::menuChanged);
        const QString before = m_services->liveConfig().version();
        openOrderWithBurger();
        const qint64 totalBefore = m_services->cart().totals().total;

        QVERIFY(test::writeFile(configPath(u"menu.json"_s), menu));
        QVERIFY(rejected.wait(WaitMs));
        const QString message = rejected.first().first().toString();
        // Word for word what the manager gets from the validator on the command line.
        const test::CheckConfigRun check = test::checkConfigWithKiosk(m_configDir);
        QCOMPARE(check.status, 1);
        QCOMPARE(message, check.err);
        QCOMPARE(message, expected);
        QCOMPARE(m_services->liveConfig().lastRejection(), expected);
        QVERIFY(m_services->liveConfig().lastRejectedAt().isValid());
        QVERIFY(!m_services->liveConfig().reloadPending());

        // The last good config stays, during the order and after it.
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(m_services->cart().totals().total, totalBefore);
        m_session->endOrder();
        QCOMPARE(applied.count(), 0);
        QCOMPARE(menuChanged.count(), 0);
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(m_services->config().menu.item(u"classic_burger"_s)->priceCents, 899);
        QCOMPARE(m_services->config().menu.item(u"classic_burger"_s)->categoryId, u"burgers"_s);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$8.99"_s);

        // "Reload now" reads the same files and says the same again.
        m_services->liveConfig().reload();
        QVERIFY(rejected.wait(WaitMs));
        QCOMPARE(rejected.last().first().toString(), expected);
        QCOMPARE(applied.count(), 0);

        // Fixing the file brings the change in and clears the rejection.
        QVERIFY(test::writeFile(configPath(u"menu.json"_s),
                                   test::menuWithPrice(test::sampleConfigDir(), u"classic_burger"_s, 949)));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->liveConfig().lastRejection(), QString());
        QVERIFY(!m_services->liveConfig().lastRejectedAt().isValid());
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$9.49"_s);
    }

    void halfWrittenFileIsRejectedThenApplied()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy rejected(&m_services->liveConfig(), &LiveConfig::rejected);
        const QString before = m_services->liveConfig().version();
        const QByteArray full = test::menuWithPrice(m_configDir, u"classic_burger"_s, 1099);

        // A copy cut off half way (a slow upload, a full disk, a crash while saving).
        QVERIFY(test::writeFile(configPath(u"menu.json"_s), full.left(full.size() / 2)));
        QVERIFY(rejected.wait(WaitMs));
        QVERIFY2(m_services->liveConfig().lastRejection().startsWith(u"menu.json:"_s),
                 qPrintable(m_services->liveConfig().lastRejection()));
        QCOMPARE(m_services->liveConfig().lastRejection(), test::checkConfigWithKiosk(m_configDir).err);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(m_services->config().menu.items().size(), 51);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$8.99"_s);

        // The rest arrives: no order is open, so it is applied at once.
        QVERIFY(test::writeFile(configPath(u"menu.json"_s), full));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->liveConfig().lastRejection(), QString());
        QVERIFY(m_services->liveConfig().version() != before);
        QCOMPARE(m_services->config().menu.items().size(), 51);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$10.99"_s);
    }

    // Editors that save by writing a new file and renaming it over the old one leave the old
    // inode behind; the watcher must follow the new file, for renames and in-place writes.
    void replacedFilesAreStillWatched()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);

        QVERIFY(test::replaceByRename(configPath(u"menu.json"_s),
                                      test::menuWithPrice(m_configDir, u"classic_burger"_s, 1000)));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$10.00"_s);

        const QString afterRename = m_services->liveConfig().version();
        QVERIFY(test::writeFile(configPath(u"menu.json"_s),
                                   test::menuWithPrice(m_configDir, u"classic_burger"_s, 1100)));
        QVERIFY(applied.wait(WaitMs));
        QVERIFY(m_services->liveConfig().version() != afterRename);
        QCOMPARE(menuPriceText(u"burgers"_s, u"classic_burger"_s), u"$11.00"_s);

        QJsonObject kiosk = test::readJson(configPath(u"kiosk.json"_s));
        kiosk.insert(u"tax_rate_bps"_s, 1000);
        QVERIFY(test::replaceByRename(configPath(u"kiosk.json"_s), QJsonDocument(kiosk).toJson()));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->config().kiosk.taxRateBps, 1000);

        QVERIFY(test::editKioskJson(m_configDir, {{u"store_name"_s, u"Harbor Street Diner"_s}}));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->store().storeName(), u"Harbor Street Diner"_s);
        // New prices and tax reach the totals of the next order (pricing owns the sums).
        openOrderWithBurger();
        const Totals totals = m_services->cart().totals();
        QCOMPARE(totals.subtotal, 1100);
        QCOMPARE(totals.tax, 110);
    }

    // data_dir, kiosk_id, the backend and the listener belong to a running process: a change
    // to them is logged as waiting for a restart, and the rest of the change is applied.
    void restartOnlyKeysKeepTheirRunningValues()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        const QString databasePath = m_services->databasePath();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"applied, except kiosk_id, data_dir which take effect after a restart"_s));
        QVERIFY(test::editKioskJson(m_configDir, {{u"kiosk_id"_s, u"K9"_s},
                                                  {u"data_dir"_s, m_dir->filePath(u"elsewhere"_s)},
                                                  {u"idle_timeout_s"_s, 90}}));
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->store().kioskId(), u"K1"_s);
        QCOMPARE(m_services->config().kiosk.kioskId, u"K1"_s);
        QCOMPARE(m_services->databasePath(), databasePath);
        QCOMPARE(m_services->config().kiosk.idleTimeoutS, 90);
    }

    // Issue 14: a backend off loopback over plain HTTP is refused by reload as by the command
    // line, word for word, and the running config stays.
    void plainHttpBackendIsRejectedAndTheRunningConfigStays()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy rejected(&m_services->liveConfig(), &LiveConfig::rejected);
        const QString before = m_services->liveConfig().version();
        const QString runningUrl = m_services->config().kiosk.backend.url;
        QJsonObject backend = m_services->config().kioskJson.value(u"backend"_s).toObject();
        backend.insert(u"url"_s, u"http://example.com"_s);
        QVERIFY(test::editKioskJson(m_configDir, {{u"backend"_s, backend}}));
        QVERIFY(rejected.wait(WaitMs));
        const QString expected = u"kiosk.json: backend.url: must start with https:// unless its host is a loopback "
                                 u"address (127.0.0.0/8, ::1, localhost), got \"http://example.com\""_s;
        QCOMPARE(rejected.first().first().toString(), expected);
        QCOMPARE(m_services->liveConfig().lastRejection(), expected);
        QCOMPARE(test::checkConfigWithKiosk(m_configDir).err, expected);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(m_services->config().kiosk.backend.url, runningUrl);
    }

    // A lab kiosk (certificate checks off, with the lab flag): diagnostics and /healthz say so.
    void labTlsShowsInDiagnosticsAndHealth()
    {
        m_session = nullptr;
        m_services.reset();
        const QString lab = m_dir->filePath(u"lab"_s);
        QJsonObject backend = test::loopbackBackend(test::freePort());
        backend.insert(u"lab_allow_insecure_tls"_s, true);
        QVERIFY(test::copyStore(lab, {{u"backend"_s, backend}, {u"sync"_s, QJsonObject{{u"tls_verify"_s, false}}}}));
        m_services = std::make_unique<KioskServices>();
        QString error;
        QVERIFY2(m_services->start({lab, m_dir->filePath(u"labdata"_s), KioskServices::HealthListener::AnyFreePort},
                                   &error),
                 qPrintable(error));
        QVERIFY(!m_services->diagnostics().backendTlsVerify());
        QVERIFY(m_services->health());
        m_services->health()->refresh();
        const HealthCheck *check = m_services->health()->report().find(u"backend:tlsVerify"_s);
        QVERIFY(check);
        QCOMPARE(check->status, HealthStatus::Warn);
    }

    // "Reload now" with nothing changed answers at once and changes nothing.
    void reloadNowWithoutChange()
    {
        QSignalSpy applied(&m_services->liveConfig(), &LiveConfig::applied);
        QSignalSpy menuChanged(m_services.get(), &KioskServices::menuChanged);
        const QString before = m_services->liveConfig().version();
        m_services->liveConfig().reload();
        QVERIFY(applied.wait(WaitMs));
        QCOMPARE(m_services->liveConfig().version(), before);
        QCOMPARE(menuChanged.count(), 0);
    }
};

QTEST_MAIN(TestConfigReload)
#include "tst_configreload.moc"
