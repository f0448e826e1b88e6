#include "catalogfixtures.h"
#include "square/squareids.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

using namespace catalogtest;

namespace {

QJsonObject info(const QString &listId, int min = -1, int max = -1, const QJsonObject &extra = {})
{
    return with(QJsonObject{{u"modifier_list_id"_s, listId},
                            {u"min_selected_modifiers"_s, min},
                            {u"max_selected_modifiers"_s, max}},
                extra);
}

// The café with LATTE's modifier_list_info and the MILK list's data replaced.
CatalogMapping mapMilk(const QJsonArray &infos, const QJsonObject &listData = {},
                       const QJsonArray &extra = {})
{
    QJsonArray catalog = cafe();
    catalog.replace(2, withData(catalog.at(2).toObject(), {{u"modifier_list_info"_s, infos}}));
    catalog.replace(4, withData(catalog.at(4).toObject(), listData));
    for (const QJsonValue &value : extra)
        catalog.append(value);
    return mapCatalog(catalog, input());
}

QJsonObject group(const CatalogMapping &mapping, const QString &id)
{
    return byId(mapping.menu, u"modifier_groups"_s, id).value_or(QJsonObject());
}

QJsonArray groupsOf(const CatalogMapping &mapping, const QString &itemId)
{
    return byId(mapping.menu, u"items"_s, itemId)->value(u"modifier_groups"_s).toArray();
}

QStringList optionIds(const QJsonObject &group)
{
    return idsOf(group.value(u"options"_s).toArray());
}

} // namespace

class TestCatalogModifiers : public QObject
{
    Q_OBJECT

private slots:
    void aListIsAGroupOfItsModifiersInOrdinalOrder()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        const QJsonObject milk = group(mapping, u"l_milk"_s);
        QCOMPARE(milk.value(u"name"_s).toObject().value(u"en"_s).toString(), u"Milk"_s);
        QCOMPARE(optionIds(milk), (QStringList{u"m_whole"_s, u"m_oat"_s}));
        QCOMPARE(milk.value(u"options"_s).toArray().at(1).toObject().value(u"price_cents"_s).toInt(), 60);
        QCOMPARE(groupsOf(mapping, u"i_latte"_s), (QJsonArray{u"s_latte"_s, u"l_milk"_s}));
    }

    void minAndMaxComeFromTheItemThenTheListThenItsSelectionType_data()
    {
        QTest::addColumn<QJsonObject>("info");
        QTest::addColumn<QJsonObject>("list");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        const auto limits = [](int min, int max) {
            return QJsonObject{{u"min_selected_modifiers"_s, min}, {u"max_selected_modifiers"_s, max}};
        };
        QTest::newRow("nothing set, MULTIPLE: all") << info(u"MILK"_s) << QJsonObject{} << 0 << 2;
        QTest::newRow("nothing set, SINGLE: one")
                << info(u"MILK"_s) << QJsonObject{{u"selection_type"_s, u"SINGLE"_s}} << 0 << 1;
        QTest::newRow("the list's") << info(u"MILK"_s) << limits(1, 1) << 1 << 1;
        QTest::newRow("the list's max 0 is no limit") << info(u"MILK"_s) << limits(1, 0) << 1 << 2;
        QTest::newRow("the item's") << info(u"MILK"_s, 1, 2) << limits(0, 1) << 1 << 2;
        QTest::newRow("the item's min only") << info(u"MILK"_s, 1, -1) << limits(0, 1) << 1 << 1;
        QTest::newRow("max past the options") << info(u"MILK"_s, 0, 5) << QJsonObject{} << 0 << 2;
        QTest::newRow("the item's invalid: none, no limit") << info(u"MILK"_s, -3, -2) << limits(1, 1) << 0 << 2;
    }

    void minAndMaxComeFromTheItemThenTheListThenItsSelectionType()
    {
        QFETCH(QJsonObject, info);
        QFETCH(QJsonObject, list);
        QFETCH(int, min);
        QFETCH(int, max);
        const QJsonObject milk = group(mapMilk({info}, list), u"l_milk"_s);
        QCOMPARE(milk.value(u"min"_s).toInt(), min);
        QCOMPARE(milk.value(u"max"_s).toInt(), max);
    }

    void aDisabledListIsNotAttached()
    {
        const CatalogMapping mapping = mapMilk({info(u"MILK"_s, -1, -1, {{u"enabled"_s, false}})});
        QCOMPARE(groupsOf(mapping, u"i_latte"_s), QJsonArray{u"s_latte"_s});
        QVERIFY(group(mapping, u"l_milk"_s).isEmpty());
        // Absent at this location: not attached either, and the store's choice, not a problem.
        QJsonArray catalog = cafe();
        catalog.replace(4, with(catalog.at(4).toObject(), {{u"absent_at_location_ids"_s, QJsonArray{Location}}}));
        const CatalogMapping absent = mapCatalog(catalog, input());
        QCOMPARE(groupsOf(absent, u"i_latte"_s), QJsonArray{u"s_latte"_s});
        QVERIFY(!hasProblem(absent, u"MODIFIER_LIST MILK"_s));
    }

    void defaultsFollowTheModifierAndTheItemsOverride()
    {
        QJsonArray catalog = cafe();
        catalog.append(with(withData(modifier(u"WHOLE"_s, u"MILK"_s, u"Whole milk"_s, 0, 0),
                                     {{u"on_by_default"_s, true}}),
                            {{u"version"_s, 2}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        const QJsonArray options = group(mapping, u"l_milk"_s).value(u"options"_s).toArray();
        QVERIFY(options.at(0).toObject().value(u"default"_s).toBool());
        QVERIFY(!options.at(1).toObject().value(u"default"_s).toBool());

        const QJsonObject overrides{{u"modifier_overrides"_s, QJsonArray{
                QJsonObject{{u"modifier_id"_s, u"OAT"_s}, {u"on_by_default_override"_s, u"YES"_s}},
                QJsonObject{{u"modifier_id"_s, u"WHOLE"_s}, {u"on_by_default_override"_s, u"NO"_s}}}}};
        const CatalogMapping overridden = mapMilk({info(u"MILK"_s, -1, -1, overrides)});
        const QJsonArray flipped = group(overridden, u"l_milk"_s).value(u"options"_s).toArray();
        QVERIFY(!flipped.at(0).toObject().value(u"default"_s).toBool());
        QVERIFY(flipped.at(1).toObject().value(u"default"_s).toBool());
    }

    void itemsUsingAListDifferentlyGetTheirOwnGroups()
    {
        const QJsonObject mocha = withData(
                item(u"MOCHA"_s, u"Mocha"_s, u"COFFEE"_s, {variation(u"MOCHAR"_s, u"MOCHA"_s, u"R"_s, 500)}),
                {{u"modifier_list_info"_s, QJsonArray{info(u"MILK"_s, 1, 1)}}});
        const QJsonObject cortado = withData(
                item(u"CORTADO"_s, u"Cortado"_s, u"COFFEE"_s, {variation(u"CORTADOR"_s, u"CORTADO"_s, u"R"_s, 300)}),
                {{u"modifier_list_info"_s, QJsonArray{info(u"MILK"_s)}}});
        const CatalogMapping mapping = mapMilk({info(u"MILK"_s)}, {}, {mocha, cortado});
        // Menu order (Cortado, Latte, Mocha): Cortado's way is the first, Latte shares it.
        QCOMPARE(groupsOf(mapping, u"v_cortador"_s), QJsonArray{u"l_milk"_s});
        QCOMPARE(groupsOf(mapping, u"i_latte"_s), (QJsonArray{u"s_latte"_s, u"l_milk"_s}));
        QCOMPARE(groupsOf(mapping, u"v_mochar"_s), QJsonArray{u"l_milk_2"_s});
        const QJsonObject second = group(mapping, u"l_milk_2"_s);
        QCOMPARE(second.value(u"min"_s).toInt(), 1);
        QCOMPARE(second.value(u"max"_s).toInt(), 1);
        QCOMPARE(optionIds(second), (QStringList{u"m_whole_2"_s, u"m_oat_2"_s}));
        // An order line still names the catalog's MODIFIER.
        QCOMPARE(squareRefFor(u"m_oat_2"_s), (SquareRef{SquareIdKind::Modifier, u"OAT"_s}));
        QCOMPARE(squareRefFor(u"l_milk_2"_s), (SquareRef{SquareIdKind::ModifierList, u"MILK"_s}));
    }

    void soldOutAndAbsentModifiersAreLeftOut()
    {
        QJsonArray catalog = cafe();
        catalog.append(with(withData(modifier(u"OAT"_s, u"MILK"_s, u"Oat milk"_s, 60, 1),
                                     {{u"location_overrides"_s, QJsonArray{locationOverride({{u"sold_out"_s, true}})}}}),
                            {{u"version"_s, 2}}));
        catalog.append(modifier(u"SOY"_s, u"MILK"_s, u"Soy milk"_s, 60, 2));
        catalog.replace(catalog.size() - 1, with(catalog.last().toObject(),
                                                 {{u"absent_at_location_ids"_s, QJsonArray{Location}}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(optionIds(group(mapping, u"l_milk"_s)), QStringList{u"m_whole"_s});
        QVERIFY(!hasProblem(mapping, u"MODIFIER OAT"_s, u"sold"_s));
        QVERIFY(!hasProblem(mapping, u"MODIFIER SOY"_s));
    }

    void theLocationsModifierPriceWins()
    {
        QJsonArray catalog = cafe();
        catalog.append(with(withData(modifier(u"OAT"_s, u"MILK"_s, u"Oat milk"_s, 60, 1),
                                     {{u"location_overrides"_s, QJsonArray{locationOverride({{u"price_money"_s, money(0)}})}}}),
                            {{u"version"_s, 2}}));
        const QJsonArray options = group(mapCatalog(catalog, input()), u"l_milk"_s).value(u"options"_s).toArray();
        QCOMPARE(options.at(1).toObject().value(u"price_cents"_s).toInt(), 0);
    }

    void aRequiredChoiceTheKioskCannotOfferMakesTheItemUnavailable()
    {
        // Two picks required from two options: fine. Three (Square allows quantities): listed.
        const CatalogMapping two = mapMilk({info(u"MILK"_s, 2, 2)});
        QVERIFY(byId(two.menu, u"items"_s, u"i_latte"_s)->value(u"available"_s).toBool());
        const CatalogMapping three = mapMilk({info(u"MILK"_s, 3, 3)});
        QVERIFY(!byId(three.menu, u"items"_s, u"i_latte"_s)->value(u"available"_s).toBool());
        QVERIFY(hasProblem(three, u"ITEM LATTE (Latte): "_s, u"needs 3 choices from modifier list MILK"_s));
        QCOMPARE(group(three, u"l_milk"_s).value(u"min"_s).toInt(), 2);

        const CatalogMapping text = mapMilk({info(u"MILK"_s)},
                                            {{u"modifier_type"_s, u"TEXT"_s}, {u"text_required"_s, true}});
        QVERIFY(hasProblem(text, u"MODIFIER_LIST MILK (Milk): "_s, u"text modifiers"_s));
        QVERIFY(!byId(text.menu, u"items"_s, u"i_latte"_s)->value(u"available"_s).toBool());

        const CatalogMapping missing = mapMilk({info(u"CREAM"_s)});
        QVERIFY(missing.problems.contains(u"ITEM LATTE (Latte): modifier list CREAM is not in the catalog; not offered"_s));
    }

    void moreDefaultsThanTheMaxAreListed()
    {
        const QJsonObject overrides{{u"modifier_overrides"_s, QJsonArray{
                QJsonObject{{u"modifier_id"_s, u"OAT"_s}, {u"on_by_default_override"_s, u"YES"_s}},
                QJsonObject{{u"modifier_id"_s, u"WHOLE"_s}, {u"on_by_default_override"_s, u"YES"_s}}}}};
        const CatalogMapping mapping = mapMilk({info(u"MILK"_s, 0, 1, overrides)});
        const QJsonArray options = group(mapping, u"l_milk"_s).value(u"options"_s).toArray();
        QVERIFY(options.at(0).toObject().value(u"default"_s).toBool());
        QVERIFY(!options.at(1).toObject().value(u"default"_s).toBool());
        QVERIFY(hasProblem(mapping, u"ITEM LATTE"_s, u"on by default than it allows (1)"_s));
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestCatalogModifiers)
#include "tst_catalogmodifiers.moc"
