// What an order's ticket shows, from the saved order: the menu's names in the customer's
// language (an item gone from the menu keeps the order's), totals as the order has them, and
// the facts the kiosk's database holds (the card, the backend's points, an order never placed).
#include "config/configloader.h"
#include "config/menuparser.h"
#include "print/ticketorderbuilder.h"
#include "storage/database.h"
#include "storage/ticketfacts.h"
#include "support/database.h"
#include "support/orderbuilder.h"
#include "support/paymentrows.h"
#include "support/samplestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestTicketOrderBuilder : public QObject
{
    Q_OBJECT

private:
    Menu m_menu;
    const QDateTime m_at = QDateTime(QDate(2026, 12, 6), QTime(18, 5), Qt::UTC);

    static Order spanishBurger()
    {
        Order order = test::burgerOrder(QDateTime(QDate(2026, 12, 6), QTime(18, 5), Qt::UTC), 2,
                                        DineOption::ToGo);
        order.number = u"A-042"_s;
        order.language = u"es"_s;
        order.lines[0].optionIds = {u"burger_double"_s, u"extra_bacon"_s};
        order.lines[0].optionNames = {u"Double"_s, u"Bacon"_s};
        order.lines.append(OrderLine{u"retired_item"_s, u"Seasonal Shake"_s, {u"gone"_s}, {u"Whipped cream"_s},
                                     1, 499, 499});
        return order;
    }

private slots:
    void initTestCase()
    {
        ConfigErrors errors;
        const std::optional<LoadedConfig> config = loadConfigDir(test::sampleConfigDir(), &errors);
        QVERIFY(config);
        m_menu = config->menu;
    }

    void namesComeFromTheMenuInTheCustomersLanguage()
    {
        const Order order = spanishBurger();
        const TicketOrder ticket = makeTicketOrder(order, m_menu, {u"Harbor"_s, u"USD"_s}, TicketFacts{});
        QCOMPARE(ticket.storeName, u"Harbor"_s);
        QCOMPARE(ticket.number, u"A-042"_s);
        QCOMPARE(ticket.orderId, order.id.toString(QUuid::WithoutBraces));
        QCOMPARE(ticket.language, u"es"_s);
        QVERIFY(!ticket.dineIn);
        QCOMPARE(ticket.lines.size(), 2);
        QCOMPARE(ticket.lines[0].quantity, 2);
        QCOMPARE(ticket.lines[0].name, u"Hamburguesa clásica"_s);
        QCOMPARE(ticket.lines[0].modifiers, (QStringList{u"Doble"_s, u"Tocino"_s}));
        QCOMPARE(ticket.lines[0].totalCents, 1798);
        // No longer on the menu: the order's own (kitchen) names.
        QCOMPARE(ticket.lines[1].name, u"Seasonal Shake"_s);
        QCOMPARE(ticket.lines[1].modifiers, QStringList{u"Whipped cream"_s});
        QCOMPARE(ticket.totalCents, order.totals.total);
        QCOMPARE(ticket.taxCents, order.totals.tax);
        QVERIFY(!ticket.paidByCard);
        QVERIFY(!ticket.pointsEarned);
        QCOMPARE(ticket.promoCode, QString());
    }

    void thePromoCodeComesWithTheOrder()
    {
        Order order = spanishBurger();
        order.promoCode = u"SAVE10"_s;
        const TicketOrder ticket = makeTicketOrder(order, m_menu, {u"Harbor"_s, u"USD"_s}, TicketFacts{});
        QCOMPARE(ticket.promoCode, u"SAVE10"_s);
    }

    // A combo is one line, its parts beneath it with their own modifiers, in the customer's
    // language; parts the menu no longer has keep the order's names.
    void aComboLineListsItsParts()
    {
        QFile file(QStringLiteral(KIOSK_TEST_DATA_DIR "/combo-menu/menu.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ConfigErrors errors;
        const std::optional<Menu> menu = parseMenu(file.readAll(), u"menu.json"_s, test::minimalConfigDir(),
                                                   {u"en"_s, u"es"_s}, &errors);
        QVERIFY(menu);
        Order order = test::comboOrder();
        order.language = u"es"_s;
        const TicketOrder ticket = makeTicketOrder(order, *menu, {u"Harbor"_s, u"USD"_s}, TicketFacts{});
        QCOMPARE(ticket.lines[0].name, u"Combo hamburguesa"_s);
        QVERIFY(ticket.lines[0].modifiers.isEmpty());
        QCOMPARE(ticket.lines[0].parts, (QStringList{u"Hamburguesa clásica (Doble, Queso)"_s, u"Limonada"_s}));
        QCOMPARE(ticket.lines[0].totalCents, 1524);
        QVERIFY(ticket.lines[1].parts.isEmpty());

        // The sample store has no combos (the order's name) but has the burger (its names).
        const TicketOrder offMenu = makeTicketOrder(order, m_menu, {u"Harbor"_s, u"USD"_s}, TicketFacts{});
        QCOMPARE(offMenu.lines[0].name, u"Burger Meal"_s);
        QCOMPARE(offMenu.lines[0].parts.at(0), u"Hamburguesa clásica (Doble, Queso extra)"_s); // the sample's names
    }

    void aPaidCardOrderShowsTheCardTheBackendReported()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        const QString paid = test::addCardOrder(*db, m_at, "paid");
        test::addAttempt(*db, u"pay-declined"_s, paid, PaymentStatus::Declined, m_at);
        test::addAttempt(*db, u"pay-ok"_s, paid, PaymentStatus::Completed, m_at.addSecs(30));
        Statement card = db->prepare("UPDATE payment_attempts SET card_brand = 'VISA', card_last4 = '4242' "
                                     "WHERE id = 'pay-ok'");
        QVERIFY(card.exec());
        const TicketFacts facts = readTicketFacts(*db, paid);
        QVERIFY(facts.paidByCard);
        QVERIFY(!facts.notOrdered);
        QVERIFY(facts.card);
        QCOMPARE(facts.card->brand, u"VISA"_s);
        QCOMPARE(facts.card->last4, u"4242"_s);
        const TicketOrder ticket = makeTicketOrder(spanishBurger(), m_menu, {}, facts);
        QVERIFY(ticket.paidByCard);
        QCOMPARE(ticket.card, facts.card);
    }

    void heldAndDroppedOrdersAreNotOrdered()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        QVERIFY(readTicketFacts(*db, test::addCardOrder(*db, m_at, "awaiting_payment")).notOrdered);
        QVERIFY(readTicketFacts(*db, test::addCardOrder(*db, m_at, "abandoned")).notOrdered);
        const TicketFacts counter = readTicketFacts(*db, test::addCardOrder(*db, m_at, "counter"));
        QVERIFY(!counter.notOrdered);
        QVERIFY(!counter.paidByCard);
        QVERIFY(!readTicketFacts(*db, u"no-such-order"_s).notOrdered);
    }

    void theBackendsPointsOnceDelivered()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        Order order = test::burgerOrder(m_at);
        const QString id = order.id.toString(QUuid::WithoutBraces);
        test::commitOrder(*db, std::move(order));
        QVERIFY(!readTicketFacts(*db, id).pointsEarned);
        Statement delivered = db->prepare("UPDATE outbox SET state = 'delivered', points_earned = 17 WHERE key = ?1");
        QVERIFY(delivered.bind(1, id).exec());
        QCOMPARE(readTicketFacts(*db, id).pointsEarned, std::optional<int>(17));
    }
};

QTEST_GUILESS_MAIN(TestTicketOrderBuilder)
#include "tst_ticketorderbuilder.moc"
