#include "domain/itemselection.h"
#include "menufixture.h"

#include <QTest>

using namespace kiosk;

class TestItemSelection : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::sampleMenu();
    const MenuItem &item(const char *id) { return *m_menu.item(QString::fromLatin1(id)); }

private slots:
    void defaultsArePickedAndPriced()
    {
        const ItemSelection s = ItemSelection::withDefaults(m_menu, item("burger"));
        QCOMPARE(s.optionIds(), QStringList{QStringLiteral("single")});
        QVERIFY(s.isComplete());
        QCOMPARE(s.unitPriceCents(), 899);
    }

    void requiredGroupWithoutDefaultBlocksCompletion()
    {
        ItemSelection s = ItemSelection::withDefaults(m_menu, item("tenders"));
        QVERIFY(!s.isComplete());
        QCOMPARE(s.unmetGroupIds(), QStringList{QStringLiteral("sauce")});
        QCOMPARE(s.toggle(QStringLiteral("sauce"), QStringLiteral("ranch")), ItemSelection::Toggle::Selected);
        QVERIFY(s.isComplete());
        QCOMPARE(s.unitPriceCents(), 749 + 50);
    }

    void singleChoiceReplacesAndCannotBeCleared()
    {
        ItemSelection s = ItemSelection::withDefaults(m_menu, item("burger"));
        QCOMPARE(s.toggle(QStringLiteral("size"), QStringLiteral("double")), ItemSelection::Toggle::Replaced);
        QCOMPARE(s.optionIds(), QStringList{QStringLiteral("double")});
        QCOMPARE(s.toggle(QStringLiteral("size"), QStringLiteral("double")), ItemSelection::Toggle::Unchanged);
        QVERIFY(s.isComplete());
        QCOMPARE(s.unitPriceCents(), 899 + 250);
    }

    void multiChoiceRespectsMax()
    {
        ItemSelection s = ItemSelection::withDefaults(m_menu, item("burger"));
        QCOMPARE(s.toggle(QStringLiteral("extras"), QStringLiteral("cheese")), ItemSelection::Toggle::Selected);
        QCOMPARE(s.toggle(QStringLiteral("extras"), QStringLiteral("bacon")), ItemSelection::Toggle::Selected);
        QCOMPARE(s.toggle(QStringLiteral("extras"), QStringLiteral("avocado")), ItemSelection::Toggle::RefusedAtMax);
        // Option order, not tap order, so identical picks merge in the cart.
        QCOMPARE(s.optionIds(), (QStringList{QStringLiteral("single"), QStringLiteral("bacon"), QStringLiteral("cheese")}));
        QCOMPARE(s.unitPriceCents(), 899 + 150 + 100);
        QCOMPARE(s.toggle(QStringLiteral("extras"), QStringLiteral("bacon")), ItemSelection::Toggle::Deselected);
        QCOMPARE(s.unitPriceCents(), 899 + 100);
    }

    void unknownOptionsAreRefused()
    {
        ItemSelection s = ItemSelection::withDefaults(m_menu, item("burger"));
        QCOMPARE(s.toggle(QStringLiteral("extras"), QStringLiteral("bbq")), ItemSelection::Toggle::UnknownOption);
        QCOMPARE(s.toggle(QStringLiteral("nope"), QStringLiteral("bacon")), ItemSelection::Toggle::UnknownOption);
    }

    void fromOptionIdsValidatesAgainstTheMenu()
    {
        const auto ok = ItemSelection::fromOptionIds(m_menu, item("burger"),
            {QStringLiteral("cheese"), QStringLiteral("double"), QStringLiteral("bacon")});
        QVERIFY(ok);
        QCOMPARE(ok->optionIds(), (QStringList{QStringLiteral("double"), QStringLiteral("bacon"), QStringLiteral("cheese")}));
        QVERIFY(!ItemSelection::fromOptionIds(m_menu, item("burger"), {QStringLiteral("bbq")}));
        QVERIFY(!ItemSelection::fromOptionIds(m_menu, item("burger"),
            {QStringLiteral("single"), QStringLiteral("double")}));
        QVERIFY(!ItemSelection::fromOptionIds(m_menu, item("burger"),
            {QStringLiteral("bacon"), QStringLiteral("cheese"), QStringLiteral("avocado")}));
    }
};

QTEST_GUILESS_MAIN(TestItemSelection)
#include "tst_itemselection.moc"
