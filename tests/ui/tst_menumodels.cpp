// The ordering pages' models (categories, a category's items, an item's options): a reloaded
// menu or a toggled option updates rows in place; another category or item starts afresh.
#include "../unit/menufixture.h"
#include "domain/itemselection.h"
#include "modelspies.h"
#include "ui/categorylistmodel.h"
#include "ui/menuitemlistmodel.h"
#include "ui/modifieroptionlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::CategoryListModel;
using kiosk::MenuItemListModel;
using kiosk::ModifierOptionListModel;
using kiosk::test::ModelSpies;
using kiosk::test::qmlCount;

namespace {

// The sample menu with its items changed by `edit`.
kiosk::Menu editedMenu(const std::function<void(QList<kiosk::MenuItem> &)> &edit)
{
    const kiosk::Menu menu = kiosk::test::sampleMenu();
    QList<kiosk::MenuItem> items = menu.items();
    edit(items);
    return kiosk::Menu(menu.categories(), menu.modifierGroups(), items);
}

QString text(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role).toString();
}

} // namespace

class TestMenuModels : public QObject
{
    Q_OBJECT

private slots:
    void categoriesWithTheirItemCounts()
    {
        CategoryListModel model;
        ModelSpies spies(&model);
        model.setMenu(kiosk::test::sampleMenu());
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(text(model, 1, CategoryListModel::CategoryIdRole), u"drinks"_s);
        QCOMPARE(text(model, 1, CategoryListModel::NameRole), u"Drinks"_s);
        QCOMPARE(model.index(0).data(CategoryListModel::ItemCountRole).toInt(), 2);
        QCOMPARE(model.categoryIdAt(1), u"drinks"_s);
        QCOMPARE(model.categoryIdAt(2), QString());
        QCOMPARE(model.roleNames().value(CategoryListModel::ItemCountRole), "itemCount");
        QCOMPARE(model.imageUrls().size(), 2);
        QCOMPARE(model.imageUrls().at(1), model.index(1).data(CategoryListModel::ImageUrlRole).toUrl());

        spies.clear();
        model.setLanguage(u"es"_s);
        QVERIFY(spies.inPlace());
        QCOMPARE(spies.changed.size(), 1); // every row's name at once
        QCOMPARE(text(model, 1, CategoryListModel::NameRole), u"Bebidas"_s);
    }

    void aReloadedMenuUpdatesCategoriesInPlace()
    {
        CategoryListModel model;
        model.setMenu(kiosk::test::sampleMenu());
        ModelSpies spies(&model);
        QSignalSpy imageUrls(&model, &CategoryListModel::imageUrlsChanged);
        model.setMenu(editedMenu([](QList<kiosk::MenuItem> &items) { items.removeLast(); }));
        QVERIFY(spies.inPlace());
        QVERIFY(imageUrls.isEmpty()); // the same pictures: the attract screen keeps its own
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{1}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{CategoryListModel::ItemCountRole}));

        spies.clear();
        model.setMenu(editedMenu([](QList<kiosk::MenuItem> &items) { items.removeLast(); }));
        QVERIFY(spies.silent());
    }

    // The attract screen's collage reads the pictures as a list, told only when one changes.
    void categoryPicturesAsAList()
    {
        CategoryListModel model;
        QSignalSpy imageUrls(&model, &CategoryListModel::imageUrlsChanged);
        const kiosk::Menu menu = kiosk::test::sampleMenu();
        model.setMenu(menu);
        QCOMPARE(imageUrls.size(), 1);
        QList<kiosk::Category> categories = menu.categories();
        categories[1].image = u"/pictures/drinks.jpg"_s;
        model.setMenu(kiosk::Menu(categories, menu.modifierGroups(), menu.items()));
        QCOMPARE(imageUrls.size(), 2);
        QCOMPARE(model.imageUrls().at(1), QUrl::fromLocalFile(u"/pictures/drinks.jpg"_s));
    }

    void itemsOfTheCurrentCategory()
    {
        MenuItemListModel model;
        ModelSpies spies(&model);
        QSignalSpy category(&model, &MenuItemListModel::categoryIdChanged);
        model.setMenu(kiosk::test::sampleMenu());
        QCOMPARE(model.categoryId(), u"mains"_s);
        QCOMPARE(category.size(), 1);
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(model.itemIdAt(0), u"burger"_s);
        QCOMPARE(text(model, 0, MenuItemListModel::PriceTextRole), u"$8.99"_s);
        QVERIFY(model.index(0).data(MenuItemListModel::HasModifiersRole).toBool());
        QCOMPARE(model.roleNames().value(MenuItemListModel::HasModifiersRole), "hasModifiers");

        // Another category: nothing in common, the view starts afresh.
        spies.clear();
        model.setCategoryId(u"drinks"_s);
        QCOMPARE(spies.reset.size(), 1);
        QVERIFY(spies.count.isEmpty()); // two items there too
        QCOMPARE(model.categoryName(), u"Drinks"_s);
        QCOMPARE(model.itemIdAt(1), u"soda"_s);
        QVERIFY(!model.index(0).data(MenuItemListModel::AvailableRole).toBool());

        spies.clear();
        model.setLanguage(u"es"_s, u"USD"_s);
        QVERIFY(spies.inPlace());
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(text(model, 1, MenuItemListModel::NameRole), u"Refresco"_s);
        QCOMPARE(model.categoryName(), u"Bebidas"_s);
    }

    void aReloadedMenuUpdatesItemsInPlace()
    {
        MenuItemListModel model;
        model.setMenu(kiosk::test::sampleMenu());
        model.setCategoryId(u"drinks"_s);
        ModelSpies spies(&model);
        model.setMenu(editedMenu([](QList<kiosk::MenuItem> &items) { items.last().priceCents = 249; }));
        QVERIFY(spies.inPlace());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{1}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{MenuItemListModel::PriceTextRole}));
        QCOMPARE(text(model, 1, MenuItemListModel::PriceTextRole), u"$2.49"_s);

        // The shake leaves the menu.
        spies.clear();
        model.setMenu(editedMenu([](QList<kiosk::MenuItem> &items) { items.removeAt(2); }));
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 1);
    }

    void optionsOfTheItemBeingCustomised()
    {
        const kiosk::Menu menu = kiosk::test::sampleMenu();
        auto burger = kiosk::ItemSelection::withDefaults(menu, *menu.item(u"burger"_s));
        ModifierOptionListModel model;
        ModelSpies spies(&model);
        model.setSelection(&burger, u"en"_s, u"USD"_s);
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 4}})); // 2 sizes, 3 extras
        QCOMPARE(qmlCount(&model), 5);
        QCOMPARE(text(model, 1, ModifierOptionListModel::GroupIdRole), u"size"_s);
        QCOMPARE(text(model, 1, ModifierOptionListModel::GroupNameRole), u"Size"_s);
        QCOMPARE(model.index(1).data(ModifierOptionListModel::GroupMinRole).toInt(), 1);
        QCOMPARE(model.index(4).data(ModifierOptionListModel::GroupMaxRole).toInt(), 2);
        QCOMPARE(text(model, 1, ModifierOptionListModel::OptionIdRole), u"double"_s);
        QCOMPARE(text(model, 1, ModifierOptionListModel::NameRole), u"Double"_s);
        QCOMPARE(model.index(1).data(ModifierOptionListModel::PriceDeltaCentsRole).toLongLong(), 250);
        QCOMPARE(text(model, 1, ModifierOptionListModel::PriceDeltaTextRole), u"+$2.50"_s);
        QCOMPARE(text(model, 0, ModifierOptionListModel::PriceDeltaTextRole), QString());
        QVERIFY(model.index(0).data(ModifierOptionListModel::SelectedRole).toBool());
        QVERIFY(model.index(0).data(ModifierOptionListModel::GroupSatisfiedRole).toBool());
        QCOMPARE(model.roleNames().value(ModifierOptionListModel::PriceDeltaTextRole), "priceDeltaText");

        // A toggle touches only the option it changes; a single choice, the two it swaps.
        spies.clear();
        burger.toggle(u"extras"_s, u"cheese"_s);
        model.refreshSelection();
        QVERIFY(spies.inPlace());
        QCOMPARE(spies.changedRows(), (QList<int>{3}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{ModifierOptionListModel::SelectedRole}));
        spies.clear();
        burger.toggle(u"size"_s, u"double"_s);
        model.refreshSelection();
        QCOMPARE(spies.changedRows(), (QList<int>{0, 1}));
        QVERIFY(spies.count.isEmpty());

        spies.clear();
        model.setSelection(&burger, u"es"_s, u"USD"_s);
        QVERIFY(spies.inPlace());
        QCOMPARE(spies.changedRows(), (QList<int>{0, 1}));
        QVERIFY(spies.changedRoles(0).contains(ModifierOptionListModel::GroupNameRole));
        QCOMPARE(text(model, 0, ModifierOptionListModel::GroupNameRole), u"Tamaño"_s);
    }

    void aRequiredGroupIsSatisfiedOnceChosen()
    {
        const kiosk::Menu menu = kiosk::test::sampleMenu();
        auto tenders = kiosk::ItemSelection::withDefaults(menu, *menu.item(u"tenders"_s));
        ModifierOptionListModel model;
        model.setSelection(&tenders, u"en"_s, u"USD"_s);
        QVERIFY(!model.index(0).data(ModifierOptionListModel::GroupSatisfiedRole).toBool());
        ModelSpies spies(&model);
        tenders.toggle(u"sauce"_s, u"ranch"_s);
        model.refreshSelection();
        QCOMPARE(spies.changedRows(), (QList<int>{0, 1}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{ModifierOptionListModel::GroupSatisfiedRole}));
        QCOMPARE(spies.changedRoles(1),
                 (QList<int>{ModifierOptionListModel::GroupSatisfiedRole, ModifierOptionListModel::SelectedRole}));
    }

    void anotherItemStartsAfresh()
    {
        const kiosk::Menu menu = kiosk::test::sampleMenu();
        auto burger = kiosk::ItemSelection::withDefaults(menu, *menu.item(u"burger"_s));
        auto tenders = kiosk::ItemSelection::withDefaults(menu, *menu.item(u"tenders"_s));
        ModifierOptionListModel model;
        model.setSelection(&burger, u"en"_s, u"USD"_s);
        ModelSpies spies(&model);
        model.setSelection(&tenders, u"en"_s, u"USD"_s);
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 2);

        spies.clear();
        model.setSelection(nullptr, u"en"_s, u"USD"_s);
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(qmlCount(&model), 0);
    }
};

QTEST_GUILESS_MAIN(TestMenuModels)
#include "tst_menumodels.moc"
