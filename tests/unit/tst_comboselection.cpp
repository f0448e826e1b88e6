#include "combofixture.h"
#include "domain/comboselection.h"

#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;
using test::withDefaults;

// The combo pricing rules of docs/menu.md ("Combos"): unit price = combo price + the parts'
// deltas + the parts' modifier prices; savings against the parts bought apart.
class TestComboSelection : public QObject
{
    Q_OBJECT

private:
    Menu m_menu = test::comboMenu();
    ComboSelection start(const char *comboId) { return ComboSelection(m_menu, *m_menu.combo(QString::fromLatin1(comboId))); }

private slots:
    void menuFindsCombosByIdAndByMain()
    {
        QCOMPARE(m_menu.combo(u"burger_meal"_s)->steps.size(), 3);
        QVERIFY(!m_menu.combo(u"burger"_s)); // an item is not a combo
        QCOMPARE(m_menu.combosWithMain(u"burger"_s).size(), 1);
        QCOMPARE(m_menu.combosWithMain(u"tenders"_s).constFirst()->id, u"burger_meal"_s);
        QVERIFY(m_menu.combosWithMain(u"soda"_s).isEmpty()); // a drink is no combo's main
        QCOMPARE(m_menu.combosInCategory(u"meals"_s).size(), 2);
    }

    void plainMealCostsTheComboPrice()
    {
        const ComboSelection meal = test::burgerMeal(m_menu);
        QVERIFY(meal.isComplete());
        QCOMPARE(meal.unitPriceCents(), 1199);
        QCOMPARE(meal.savingsCents(), 899 + 299 + 199 - 1199); // 198
        QCOMPARE(meal.parts().size(), 3);
        QCOMPARE(meal.parts().at(0).selection.item().id, u"burger"_s);
        QCOMPARE(meal.parts().at(2).stepId, u"drink"_s);
    }

    void deltasAndModifiersAddToThePrice()
    {
        ComboSelection meal = start("burger_meal");
        ItemSelection tenders = withDefaults(m_menu, "tenders");
        tenders.toggle(u"sauce"_s, u"ranch"_s); // +0.50
        QCOMPARE(meal.pick(u"main"_s, tenders), ComboSelection::Pick::Picked);
        QCOMPARE(meal.pick(u"side"_s, withDefaults(m_menu, "fries")), ComboSelection::Pick::Picked);
        QCOMPARE(meal.pick(u"drink"_s, withDefaults(m_menu, "soda")), ComboSelection::Pick::Picked);
        QCOMPARE(meal.unitPriceCents(), 1199 + 100 + 50);
        // Apart: 749 + 50 + 299 + 199 = 1297, less than the meal: no savings, never negative.
        QCOMPARE(meal.savingsCents(), 0);

        const ComboSelection dressed = test::burgerMeal(m_menu, {{"size", "double"}, {"extras", "bacon"}});
        QCOMPARE(dressed.unitPriceCents(), 1199 + 250 + 150);
        QCOMPARE(dressed.savingsCents(), (899 + 250 + 150) + 299 + 199 - (1199 + 400));
    }

    void incompleteUntilEveryStepIsFilled()
    {
        ComboSelection meal = start("burger_meal");
        QCOMPARE(meal.unmetStepIds(), QStringList({u"main"_s, u"side"_s, u"drink"_s}));
        // Picked out of order, the parts still come in step order.
        meal.pick(u"drink"_s, withDefaults(m_menu, "soda"));
        meal.pick(u"main"_s, withDefaults(m_menu, "burger"));
        QCOMPARE(meal.unmetStepIds(), QStringList({u"side"_s}));
        QVERIFY(!meal.isComplete());
        QCOMPARE(meal.parts().at(0).stepId, u"main"_s);
        QCOMPARE(meal.parts().at(1).stepId, u"drink"_s);
        meal.pick(u"side"_s, withDefaults(m_menu, "fries"));
        QVERIFY(meal.isComplete());
        QCOMPARE(meal.parts().at(1).stepId, u"side"_s);
    }

    void aStepOfTwoPicksTakesTwo()
    {
        ComboSelection box = start("snack_box");
        QCOMPARE(box.pick(u"sides"_s, withDefaults(m_menu, "fries")), ComboSelection::Pick::Picked);
        QVERIFY(!box.isComplete());
        QCOMPARE(box.pick(u"sides"_s, withDefaults(m_menu, "fries")), ComboSelection::Pick::Picked);
        QVERIFY(box.isComplete());
        QCOMPARE(box.pick(u"sides"_s, withDefaults(m_menu, "rings")), ComboSelection::Pick::StepFull);
        QCOMPARE(box.unitPriceCents(), 599);
        // Changing the second pick to rings adds its delta.
        QCOMPARE(box.change(u"sides"_s, 1, withDefaults(m_menu, "rings")), ComboSelection::Pick::Replaced);
        QCOMPARE(box.picks(u"sides"_s).at(1).selection.item().id, u"rings"_s);
        QCOMPARE(box.unitPriceCents(), 599 + 50);
        QCOMPARE(box.savingsCents(), 0); // 299 + 349 apart is less than 649
        QCOMPARE(box.change(u"sides"_s, 2, withDefaults(m_menu, "rings")), ComboSelection::Pick::NoSuchSlot);
        QVERIFY(box.unpick(u"sides"_s, 0));
        QCOMPARE(box.pickedCount(u"sides"_s), 1);
        QVERIFY(!box.isComplete());
    }

    void picksOutsideTheStepAreRefused()
    {
        ComboSelection meal = start("burger_meal");
        QCOMPARE(meal.pick(u"main"_s, withDefaults(m_menu, "soda")), ComboSelection::Pick::NotAChoice);
        QCOMPARE(meal.pick(u"dessert"_s, withDefaults(m_menu, "soda")), ComboSelection::Pick::UnknownStep);
        QCOMPARE(meal.pick(u"drink"_s, withDefaults(m_menu, "shake")), ComboSelection::Pick::ItemUnavailable);
        // Tenders need a sauce: an item's own rules still hold inside the combo.
        QCOMPARE(meal.pick(u"main"_s, withDefaults(m_menu, "tenders")), ComboSelection::Pick::Incomplete);
        QVERIFY(meal.parts().isEmpty());
        QCOMPARE(meal.unitPriceCents(), 1199);
    }
};

QTEST_GUILESS_MAIN(TestComboSelection)
#include "tst_comboselection.moc"
