// Combo parts reach the backend (issue 17): a meal built as a customer builds it (ComboSelection,
// the cart, makeOrder, OrderStore) is delivered through the outbox to the real refpos serving
// tests/data/combo-menu, parts and all; an order whose combo price is not the menu's is refused
// there with the exact reason, and fails alone.
#include "config/menuparser.h"
#include "storage/outbox.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

const QString ComboMenu = QStringLiteral(KIOSK_TEST_DATA_DIR "/combo-menu/menu.json");

Menu comboMenu()
{
    QFile file(ComboMenu);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(ComboMenu));
    ConfigErrors errors;
    const auto menu = parseMenu(file.readAll(), u"menu.json"_s, test::minimalConfigDir(),
                                {u"en"_s, u"es"_s}, &errors);
    if (!menu)
        qFatal("%s", qPrintable(formatErrors(errors)));
    return *menu;
}

} // namespace

class TestComboDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    Menu m_menu = comboMenu();

    ItemSelection part(const char *itemId, const QStringList &options = {})
    {
        return *ItemSelection::fromOptionIds(m_menu, *m_menu.item(QString::fromLatin1(itemId)), options);
    }

    // A Burger Meal of a double burger with cheese and a lemonade (1099 + 375 + 50), and a cola.
    Order mealOrder()
    {
        ComboSelection meal(m_menu, *m_menu.combo(u"burger_meal"_s));
        meal.pick(u"main"_s, part("classic_burger", {u"burger_double"_s, u"extra_cheese"_s}));
        meal.pick(u"drink"_s, part("lemonade"));
        Cart cart;
        cart.add(meal, 1);
        cart.add(part("cola"), 1);
        return makeOrder(cart, u"T1"_s, DineOption::Here, u"en"_s, 825);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile token(m_dir.filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("combo-token\n");
        token.close();
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--token-file"_s, m_dir.filePath(u"token"_s), u"--menu"_s, ComboMenu}, &error),
                 qPrintable(error));
    }

    void comboPartsReachTheBackend()
    {
        const QString dbPath = m_dir.filePath(u"kiosk.db"_s);
        QString badId;
        {
            auto db = test::openDb(dbPath);
            OrderStore store(*db);
            Order good = mealOrder();
            QCOMPARE(good.lines.first().unitPriceCents, 1524);
            QVERIFY(store.commit(good, u"T"_s).ok);
            // As an older menu would have priced it: refpos's menu says 1524.
            Order stale = mealOrder();
            stale.lines[0].unitPriceCents = stale.lines[0].lineTotalCents = 1474;
            stale.totals = computeTotals(1474 + 199, 0, 825);
            QVERIFY(store.commit(stale, u"T"_s).ok);
            badId = stale.id.toString(QUuid::WithoutBraces);
        }

        SyncService sync(test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::minimalConfigDir()),
                         dbPath);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        QSignalSpy delivered(&sync, &SyncService::orderDelivered);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size() + failed.size(), 2, 15000);
        sync.stop();
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), badId);

        auto db = test::openDb(dbPath);
        Outbox outbox(*db);
        const QList<OutboxEntry> done = outbox.list(OutboxEntry::State::Delivered);
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().body.contains(R"("parts":[{"item_id":"classic_burger","modifiers":["burger_double","extra_cheese"],"price_delta_cents":0})"));
        const QList<OutboxEntry> refused = outbox.list(OutboxEntry::State::Failed);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().lastError.contains(
                         u"lines[0].unit_price_cents: expected 1524 (combo 1099 + deltas 50 + modifiers 375), got 1474"_s),
                 qPrintable(refused.first().lastError));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_refpos->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComboDelivery)
#include "tst_combodelivery.moc"
