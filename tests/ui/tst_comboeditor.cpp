// The meal stepper's C++ side: the combo cards of a category, ComboEditor walking a meal's
// steps (picks, options first, back, change, start over) with its two row models under
// QAbstractItemModelTester, and a meal's line in the cart.
#include "../unit/combofixture.h"
#include "domain/combooffer.h"
#include "modelspies.h"
#include "ui/cartmodel.h"
#include "ui/categorylistmodel.h"
#include "ui/comboeditor.h"
#include "ui/menuitemlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::ComboChoiceListModel;
using kiosk::ComboEditor;
using kiosk::ComboStepListModel;
using kiosk::MenuItemListModel;
using kiosk::test::ModelSpies;

namespace {

QVariant value(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

// The option row of `optionId` in the part editor.
int optionRow(ComboEditor &editor, const QString &optionId)
{
    const auto *options = editor.partEditor()->options();
    for (int row = 0; row < options->rowCount(); ++row) {
        if (value(*options, row, kiosk::ModifierOptionListModel::OptionIdRole).toString() == optionId)
            return row;
    }
    return -1;
}

} // namespace

class TestComboEditor : public QObject
{
    Q_OBJECT

private slots:
    void comboCardsComeFirstWithTheirOffer()
    {
        MenuItemListModel model;
        ModelSpies spies(&model);
        model.setMenu(kiosk::test::comboMenu());
        model.setCategoryId(u"meals"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.itemIdAt(0), u"burger_meal"_s);
        QVERIFY(value(model, 0, MenuItemListModel::IsComboRole).toBool());
        QVERIFY(value(model, 0, MenuItemListModel::AvailableRole).toBool());
        // From: the combo's price with the cheapest picks; they cost $13.97 apart.
        QCOMPARE(value(model, 0, MenuItemListModel::PriceTextRole).toString(), u"$11.99"_s);
        QCOMPARE(value(model, 0, MenuItemListModel::SavingsTextRole).toString(), u"$1.98"_s);
        // Two fries at $5.99 save nothing on $5.98: no savings shown.
        QCOMPARE(value(model, 1, MenuItemListModel::SavingsTextRole).toString(), QString());

        model.setCategoryId(u"mains"_s);
        QVERIFY(!value(model, 0, MenuItemListModel::IsComboRole).toBool());

        kiosk::CategoryListModel categories;
        categories.setMenu(kiosk::test::comboMenu());
        QCOMPARE(value(categories, 2, kiosk::CategoryListModel::ItemCountRole).toInt(), 2); // meals only
        QCOMPARE(value(model, 0, MenuItemListModel::SavingsTextRole).toString(), QString());
    }

    void aComboWithoutAnAvailableChoiceInAStepIsSoldOut()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        kiosk::Combo combo = *menu.combo(u"burger_meal"_s);
        combo.steps[2].choices = {{u"shake"_s, 50}}; // the shake is sold out
        QVERIFY(!kiosk::comboOffer(menu, combo).available);
        QVERIFY(kiosk::comboOffer(menu, *menu.combo(u"burger_meal"_s)).available);
    }

    void walksTheStepsForwardAndBack()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        ModelSpies choices(editor.choices());
        ModelSpies steps(editor.steps());
        editor.openCombo(menu, *menu.combo(u"burger_meal"_s));
        QCOMPARE(editor.stepCount(), 3);
        QCOMPARE(editor.stepIndex(), 0);
        QCOMPARE(editor.stepName(), u"Main"_s);
        QCOMPARE(editor.choices()->rowCount(), 2);
        QCOMPARE(value(*editor.choices(), 1, ComboChoiceListModel::PriceDeltaTextRole).toString(), u"+$1.00"_s);
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::PriceDeltaTextRole).toString(), QString());
        QVERIFY(!editor.isStepDone());
        QVERIFY(!editor.next());

        // The burger has options: they open first, and "Done" picks it.
        QVERIFY(editor.choose(0));
        QVERIFY(editor.isCustomizing());
        QCOMPARE(editor.stepIndex(), 0);
        // Inside the meal the burger adds nothing, until an option with a price is chosen.
        QSignalSpy partPrice(&editor, &ComboEditor::partPriceChanged);
        QCOMPARE(editor.partPriceText(), QString());
        editor.partEditor()->toggle(optionRow(editor, u"cheese"_s));
        QCOMPARE(editor.partPriceText(), u"+$1.00"_s);
        QVERIFY(partPrice.count() >= 1);
        QVERIFY(editor.confirmPart());
        QVERIFY(!editor.isCustomizing());
        QCOMPARE(editor.stepIndex(), 1); // a filled step leads on
        QVERIFY(value(*editor.steps(), 0, ComboStepListModel::DoneRole).toBool());
        QCOMPARE(value(*editor.steps(), 0, ComboStepListModel::PicksTextRole).toString(), u"Burger (Single, Cheese)"_s);
        QVERIFY(value(*editor.steps(), 1, ComboStepListModel::CurrentRole).toBool());

        QVERIFY(editor.choose(0)); // fries: no options, picked at once
        QCOMPARE(editor.stepIndex(), 2);
        QVERIFY(!editor.choose(1)); // the shake is sold out
        QVERIFY(!value(*editor.choices(), 1, ComboChoiceListModel::AvailableRole).toBool());
        QVERIFY(!editor.canAdd());
        QVERIFY(editor.choose(0));
        QCOMPARE(editor.stepIndex(), 2); // the last step stays
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::PickedRole).toInt(), 1);
        QVERIFY(editor.canAdd());
        // $11.99 + the cheese's $1.00; apart: $9.99 + $2.99 + $1.99 = $14.97.
        QCOMPARE(editor.unitPriceText(), u"$12.99"_s);
        QCOMPARE(editor.savingsText(), u"$1.98"_s);

        QVERIFY(editor.back());
        QVERIFY(editor.back());
        QCOMPARE(editor.stepIndex(), 0);
        QVERIFY(!editor.back()); // the page leaves the meal
        QVERIFY(editor.canAdd()); // going back loses no pick
    }

    void optionsLeftIncompleteOrCancelledPickNothing()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        editor.openCombo(menu, *menu.combo(u"burger_meal"_s));
        QVERIFY(editor.choose(1)); // tenders: a sauce must be chosen
        QCOMPARE(editor.partPriceText(), u"+$1.00"_s); // the step's difference, not the tenders' price
        QVERIFY(!editor.confirmPart());
        editor.cancelPart();
        QVERIFY(!editor.isCustomizing());
        QVERIFY(!editor.isStepDone());
        QVERIFY(editor.choose(1));
        editor.partEditor()->toggle(optionRow(editor, u"ranch"_s));
        QCOMPARE(editor.partPriceText(), u"+$1.50"_s);
        QVERIFY(editor.confirmPart());
        QCOMPARE(editor.partPriceText(), QString()); // no options open
        QCOMPARE(value(*editor.steps(), 0, ComboStepListModel::PicksTextRole).toString(), u"Tenders (Ranch)"_s);
        // $11.99 + tenders' $1.00 + the ranch's $0.50.
        QCOMPARE(editor.unitPriceText(), u"$13.49"_s);
    }

    void changingAPickReplacesIt()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        editor.openCombo(menu, *menu.combo(u"burger_meal"_s));
        QVERIFY(editor.choose(0));
        QVERIFY(editor.confirmPart());
        QVERIFY(editor.goToStep(0));
        QVERIFY(editor.choose(1));
        editor.partEditor()->toggle(optionRow(editor, u"bbq"_s));
        QVERIFY(editor.confirmPart());
        QCOMPARE(value(*editor.steps(), 0, ComboStepListModel::PicksTextRole).toString(), u"Tenders (BBQ)"_s);
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::PickedRole).toInt(), 0);
    }

    void aFullMultiPickStepStartsOver()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        editor.openCombo(menu, *menu.combo(u"snack_box"_s));
        QCOMPARE(editor.stepPick(), 2);
        QVERIFY(editor.choose(0));
        QVERIFY(!editor.isStepDone());
        QVERIFY(editor.choose(0));
        QVERIFY(editor.isStepDone());
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::PickedRole).toInt(), 2);
        QVERIFY(editor.choose(1));
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::PickedRole).toInt(), 0);
        QCOMPARE(value(*editor.choices(), 1, ComboChoiceListModel::PickedRole).toInt(), 1);
        QVERIFY(!editor.canAdd());
    }

    void aMealFromAnItemStartsAfterItsMain()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        QVERIFY(editor.openCombo(menu, *menu.combo(u"burger_meal"_s), kiosk::test::withDefaults(menu, "burger")));
        QCOMPARE(editor.stepIndex(), 1);
        QVERIFY(value(*editor.steps(), 0, ComboStepListModel::DoneRole).toBool());
        // Soda is no main: nothing opens.
        QVERIFY(!editor.openCombo(menu, *menu.combo(u"burger_meal"_s), kiosk::test::withDefaults(menu, "soda")));
        QVERIFY(!editor.isOpen());
    }

    void languageSwitchUpdatesTheTexts()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        ComboEditor editor;
        editor.openCombo(menu, *menu.combo(u"burger_meal"_s));
        ModelSpies choices(editor.choices());
        editor.setLanguage(u"es"_s, u"USD"_s);
        QCOMPARE(value(*editor.choices(), 0, ComboChoiceListModel::NameRole).toString(), u"Hamburguesa"_s);
        QVERIFY(choices.inPlace());
    }

    void aMealIsOneCartLineWithItsParts()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        kiosk::CartModel cart;
        QCOMPARE(cart.add(kiosk::test::burgerMeal(menu, {{"extras", "bacon"}}), 1), kiosk::Basket::Add::Added);
        QCOMPARE(cart.rowCount(), 1);
        QVERIFY(value(cart, 0, kiosk::CartModel::IsComboRole).toBool());
        QCOMPARE(value(cart, 0, kiosk::CartModel::PartsTextRole).toString(), u"Burger (Single, Bacon) · Fries · Soda"_s);

        QCOMPARE(cart.add(kiosk::test::withDefaults(menu, "soda"), 2), kiosk::Basket::Add::Added);
        const QString soda = value(cart, 1, kiosk::CartModel::LineIdRole).toString();
        QVERIFY(cart.takeOne(soda));
        QCOMPARE(value(cart, 1, kiosk::CartModel::QuantityRole).toInt(), 1);
        QVERIFY(cart.takeOne(soda));
        QCOMPARE(cart.rowCount(), 1);
        QVERIFY(!cart.takeOne(soda));
    }

    void aMealWithASoldOutPartIsFlagged()
    {
        const kiosk::Menu menu = kiosk::test::comboMenu();
        kiosk::CartModel cart;
        QCOMPARE(cart.add(kiosk::test::burgerMeal(menu), 1), kiosk::Basket::Add::Added);
        QList<kiosk::MenuItem> items = menu.items();
        for (kiosk::MenuItem &item : items)
            item.available = item.available && item.id != u"fries"_s;
        QCOMPARE(cart.refreshAvailability(kiosk::Menu(menu.categories(), menu.modifierGroups(), items, menu.taxes(),
                                                      menu.combos())),
                 1);
        QVERIFY(!value(cart, 0, kiosk::CartModel::AvailableRole).toBool());
        QVERIFY(!cart.canCheckout());
    }
};

QTEST_GUILESS_MAIN(TestComboEditor)
#include "tst_comboeditor.moc"
