// CartModel under QAbstractItemModelTester: every change to the basket reaches the views as the
// row signal it is (an insert, a dataChanged of the row, a removal), never as a reset, and the
// properties the pages bind to (count, itemCount, totals) follow through `changed`.
#include "menufixture.h"
#include "ui/cartmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kiosk;

class TestCartModel : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_inserted, m_removed, m_dataChanged, m_reset, m_changed;

    ItemSelection selection(const char *id) { return test::withDefaults(m_menu, id); }

    void clearSpies()
    {
        for (QSignalSpy *spy : {m_inserted.get(), m_removed.get(), m_dataChanged.get(), m_reset.get(), m_changed.get()})
            spy->clear();
    }

    // The one dataChanged since clearSpies(): its row and roles.
    void verifyOneRowChanged(int row, const QList<int> &roles)
    {
        QCOMPARE(m_dataChanged->count(), 1);
        const QList<QVariant> args = m_dataChanged->first();
        QCOMPARE(args.at(0).toModelIndex().row(), row);
        QCOMPARE(args.at(1).toModelIndex().row(), row);
        const auto changed = args.at(2).value<QList<int>>();
        for (int role : roles)
            QVERIFY2(changed.contains(role), qPrintable(QString::number(role)));
    }

    QString rowData(int row, int role) const { return m_cart->data(m_cart->index(row), role).toString(); }

private slots:
    void init()
    {
        m_cart = std::make_unique<CartModel>();
        m_cart->setTaxRateBps(825);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_inserted = std::make_unique<QSignalSpy>(m_cart.get(), &QAbstractItemModel::rowsInserted);
        m_removed = std::make_unique<QSignalSpy>(m_cart.get(), &QAbstractItemModel::rowsRemoved);
        m_dataChanged = std::make_unique<QSignalSpy>(m_cart.get(), &QAbstractItemModel::dataChanged);
        m_reset = std::make_unique<QSignalSpy>(m_cart.get(), &QAbstractItemModel::modelReset);
        m_changed = std::make_unique<QSignalSpy>(m_cart.get(), &CartModel::changed);
    }

    void cleanup()
    {
        QCOMPARE(m_reset->count(), 0); // never a reset, whatever the test did
        m_tester.reset();
        m_cart.reset();
    }

    void addInsertsARowAndAMergeChangesIt()
    {
        QCOMPARE(m_cart->add(selection("soda"), 1), Basket::Add::Added);
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(m_inserted->first().at(1).toInt(), 0);
        QCOMPARE(m_inserted->first().at(2).toInt(), 0);
        QCOMPARE(m_dataChanged->count(), 0);
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->rowCount(), 1);
        QCOMPARE(m_cart->property("count").toInt(), 1);
        QCOMPARE(m_cart->itemCount(), 1);
        QVERIFY(!m_cart->isEmpty());
        QCOMPARE(rowData(0, CartModel::NameRole), QStringLiteral("Soda"));

        clearSpies();
        QCOMPARE(m_cart->add(selection("burger"), 2), Basket::Add::Added);
        QCOMPARE(m_inserted->count(), 1);
        QCOMPARE(m_inserted->first().at(1).toInt(), 1);
        QCOMPARE(m_cart->property("count").toInt(), 2);

        clearSpies();
        QCOMPARE(m_cart->add(selection("soda"), 2), Basket::Add::Merged);
        QCOMPARE(m_inserted->count(), 0);
        verifyOneRowChanged(0, {CartModel::QuantityRole, CartModel::LineTotalTextRole});
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->itemCount(), 5);
        QCOMPARE(m_cart->data(m_cart->index(0), CartModel::QuantityRole).toInt(), 3);

        // Refused: no signal at all.
        clearSpies();
        QCOMPARE(m_cart->add(selection("shake"), 1), Basket::Add::ItemUnavailable);
        QCOMPARE(m_inserted->count() + m_dataChanged->count() + m_changed->count(), 0);
    }

    void quantityChangesItsRow()
    {
        m_cart->add(selection("soda"), 1);
        m_cart->add(selection("burger"), 1);
        const QString totalBefore = m_cart->totalText();
        clearSpies();
        m_cart->increment(1);
        verifyOneRowChanged(1, {CartModel::QuantityRole, CartModel::LineTotalTextRole});
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->itemCount(), 3);
        QCOMPARE(rowData(1, CartModel::LineTotalTextRole), QStringLiteral("$17.98"));
        QVERIFY(m_cart->totalText() != totalBefore);

        clearSpies();
        m_cart->decrement(0); // never below 1
        m_cart->increment(7); // no such row
        QCOMPARE(m_dataChanged->count() + m_changed->count(), 0);
        QCOMPARE(m_inserted->count() + m_removed->count(), 0);
    }

    // Inclusive taxes are shown apart and never added to the total; the added tax stays "Tax".
    void includedTaxIsShownNotAdded()
    {
        const Menu menu = test::inclusiveTaxMenu();
        m_cart->add(test::withDefaults(menu, "water"), 1);
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->taxIncludedCents(), 100); // 1100 x 10 / 110
        QCOMPARE(m_cart->taxIncludedText(), QStringLiteral("$1.00"));
        QCOMPARE(m_cart->taxCents(), 0);
        QCOMPARE(m_cart->totalText(), QStringLiteral("$11.00"));
        m_cart->add(selection("soda"), 1); // the store's 8.25 %, added
        QCOMPARE(m_cart->taxIncludedCents(), 100);
        QVERIFY(m_cart->taxCents() > 0);
    }

    void removalRemovesItsRow()
    {
        m_cart->add(selection("soda"), 1);
        m_cart->add(selection("burger"), 1);
        const QString burgerLine = rowData(1, CartModel::LineIdRole);
        clearSpies();
        m_cart->remove(0);
        QCOMPARE(m_removed->count(), 1);
        QCOMPARE(m_removed->first().at(1).toInt(), 0);
        QCOMPARE(m_removed->first().at(2).toInt(), 0);
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->property("count").toInt(), 1);
        QCOMPARE(rowData(0, CartModel::LineIdRole), burgerLine);
        QCOMPARE(m_cart->totals().subtotal, 899);

        clearSpies();
        m_cart->add(selection("soda"), 1);
        m_cart->add(selection("soda"), 1);
        m_cart->clear();
        QCOMPARE(m_removed->count(), 1); // the whole order at once
        QCOMPARE(m_removed->first().at(1).toInt(), 0);
        QCOMPARE(m_removed->first().at(2).toInt(), 1);
        QCOMPARE(m_cart->property("count").toInt(), 0);
        QVERIFY(m_cart->isEmpty());
        QCOMPARE(m_cart->totals(), Totals{});
    }

    void availabilityChangesOnlyTheRowsItTouches()
    {
        m_cart->add(selection("burger"), 1);
        m_cart->add(selection("soda"), 1);
        clearSpies();
        QCOMPARE(m_cart->refreshAvailability(m_menu), 0);
        QCOMPARE(m_dataChanged->count(), 0);

        QList<MenuItem> items = m_menu.items();
        for (MenuItem &item : items) {
            if (item.id == QLatin1String("soda"))
                item.available = false;
        }
        QCOMPARE(m_cart->refreshAvailability(Menu(m_menu.categories(), m_menu.modifierGroups(), items)), 1);
        verifyOneRowChanged(1, {CartModel::AvailableRole});
        QVERIFY(!m_cart->data(m_cart->index(1), CartModel::AvailableRole).toBool());
        QVERIFY(m_cart->hasUnavailable());
        QVERIFY(!m_cart->canCheckout());
    }

    void languageChangesEveryRow()
    {
        m_cart->add(selection("burger"), 1);
        m_cart->add(selection("soda"), 1);
        clearSpies();
        m_cart->setLanguage(QStringLiteral("es"), QStringLiteral("USD"));
        QCOMPARE(m_dataChanged->count(), 1);
        QCOMPARE(m_dataChanged->first().at(0).toModelIndex().row(), 0);
        QCOMPARE(m_dataChanged->first().at(1).toModelIndex().row(), 1);
        QCOMPARE(rowData(1, CartModel::NameRole), QStringLiteral("Refresco"));
    }

    void droppedRewardIsReportedBeforeChanged()
    {
        LoyaltyReward freeSoda;
        freeSoda.id = QStringLiteral("free_soda");
        freeSoda.kind = LoyaltyReward::Kind::FreeItem;
        freeSoda.itemId = QStringLiteral("soda");
        freeSoda.pointsCost = 100;
        LoyaltyMember member;
        member.id = QStringLiteral("mbr-1");
        member.points = 100;
        member.rewards = {freeSoda};

        m_cart->add(selection("burger"), 1);
        m_cart->add(selection("soda"), 1);
        m_cart->setMember(member, false);
        clearSpies();
        QCOMPARE(m_cart->redeem(QStringLiteral("free_soda")), Basket::Redeem::Redeemed);
        QCOMPARE(m_changed->count(), 1);
        QCOMPARE(m_cart->discountCents(), 199);
        QCOMPARE(m_cart->property("discount").toInt(), 199);
        QCOMPARE(m_cart->discountText(), QStringLiteral("-$1.99"));

        QStringList order;
        connect(m_cart.get(), &CartModel::rewardsDropped, this, [&](const QList<LoyaltyReward> &rewards) {
            order.append(QStringLiteral("dropped:") + rewards.value(0).id);
        });
        connect(m_cart.get(), &CartModel::changed, this, [&] { order.append(QStringLiteral("changed")); });
        m_cart->remove(1);
        QCOMPARE(order, QStringList({QStringLiteral("dropped:free_soda"), QStringLiteral("changed")}));
        QCOMPARE(m_cart->discountCents(), 0);
        QVERIFY(m_cart->basket().redeemedRewards().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
