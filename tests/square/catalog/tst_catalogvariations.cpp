#include "catalogfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

using namespace catalogtest;

namespace {

// The café with LATTE's variations replaced by `variations`.
CatalogMapping mapLatte(const QJsonArray &variations, const CatalogMapInput &in = input())
{
    QJsonArray catalog = cafe();
    QJsonObject latte = catalog.at(2).toObject();
    catalog.replace(2, withData(latte, {{u"variations"_s, variations}}));
    return mapCatalog(catalog, in);
}

QJsonArray optionsOf(const CatalogMapping &mapping, const QString &groupId)
{
    return byId(mapping.menu, u"modifier_groups"_s, groupId)->value(u"options"_s).toArray();
}

} // namespace

class TestCatalogVariations : public QObject
{
    Q_OBJECT

private slots:
    void oneVariationIsTheItem()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        const auto croissant = byId(mapping.menu, u"items"_s, u"v_croissantr"_s);
        QVERIFY(croissant);
        QCOMPARE(croissant->value(u"price_cents"_s).toInt(), 300);
        QCOMPARE(croissant->value(u"modifier_groups"_s).toArray(), QJsonArray());
        QVERIFY(!byId(mapping.menu, u"modifier_groups"_s, u"s_croissant"_s));
    }

    void severalVariationsAreASizeGroupInOrdinalOrder()
    {
        const CatalogMapping mapping = mapLatte({
                variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 2),
                variation(u"LATTEM"_s, u"LATTE"_s, u"Medium"_s, 400, 1),
                variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0),
        });
        const auto latte = byId(mapping.menu, u"items"_s, u"i_latte"_s);
        QVERIFY(latte);
        QCOMPARE(latte->value(u"price_cents"_s).toInt(), 350);
        QCOMPARE(latte->value(u"modifier_groups"_s).toArray().first().toString(), u"s_latte"_s);
        const auto size = byId(mapping.menu, u"modifier_groups"_s, u"s_latte"_s);
        QCOMPARE(size->value(u"min"_s).toInt(), 1);
        QCOMPARE(size->value(u"max"_s).toInt(), 1);
        QCOMPARE(size->value(u"name"_s).toObject(), (QJsonObject{{u"en"_s, u"Size"_s}, {u"es"_s, u"Tamaño"_s}}));
        const QJsonArray options = size->value(u"options"_s).toArray();
        QCOMPARE(idsOf(options), (QStringList{u"v_lattes"_s, u"v_lattem"_s, u"v_lattel"_s}));
        QCOMPARE(options.at(0).toObject().value(u"price_cents"_s).toInt(), 0);
        QCOMPARE(options.at(1).toObject().value(u"price_cents"_s).toInt(), 50);
        QCOMPARE(options.at(2).toObject().value(u"price_cents"_s).toInt(), 100);
        QVERIFY(options.at(0).toObject().value(u"default"_s).toBool());
        QVERIFY(!options.at(2).toObject().value(u"default"_s).toBool());
    }

    void theCheapestIsTheDefaultWhereverItIs()
    {
        const CatalogMapping mapping = mapLatte({
                variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 500, 0),
                variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1),
        });
        QCOMPARE(byId(mapping.menu, u"items"_s, u"i_latte"_s)->value(u"price_cents"_s).toInt(), 450);
        const QJsonArray options = optionsOf(mapping, u"s_latte"_s);
        QCOMPARE(options.at(0).toObject().value(u"price_cents"_s).toInt(), 50);
        QVERIFY(options.at(1).toObject().value(u"default"_s).toBool());
    }

    void theLocationsPriceWins()
    {
        QJsonObject small = variation(u"CROISSANTR"_s, u"CROISSANT"_s, u"Regular"_s, 300);
        small = withData(small, {{u"location_overrides"_s, QJsonArray{
                QJsonObject{{u"location_id"_s, u"L2"_s}, {u"price_money"_s, money(999)}},
                locationOverride({{u"price_money"_s, money(280)}})}}});
        QJsonArray catalog = cafe();
        catalog.append(with(small, {{u"version"_s, 2}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)->value(u"price_cents"_s).toInt(), 280);
    }

    void whatCannotBePricedIsListed_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("why");
        QTest::newRow("variable") << QJsonObject{{u"pricing_type"_s, u"VARIABLE_PRICING"_s}} << u"variable pricing"_s;
        QTest::newRow("variable here") << QJsonObject{{u"location_overrides"_s, QJsonArray{locationOverride({{u"pricing_type"_s, u"VARIABLE_PRICING"_s}})}}} << u"variable pricing"_s;
        QTest::newRow("no price") << QJsonObject{{u"price_money"_s, QJsonValue()}} << u"no price"_s;
        QTest::newRow("currency") << QJsonObject{{u"price_money"_s, money(450, u"EUR"_s)}} << u"priced in EUR, the kiosk sells in USD"_s;
        QTest::newRow("free") << QJsonObject{{u"price_money"_s, money(0)}} << u"free (price 0)"_s;
        QTest::newRow("negative") << QJsonObject{{u"price_money"_s, money(-5)}} << u"outside what a kiosk menu allows"_s;
        QTest::newRow("by weight") << QJsonObject{{u"measurement_unit_id"_s, u"KG"_s}} << u"measurement unit"_s;
    }

    void whatCannotBePricedIsListed()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, why);
        const CatalogMapping mapping = mapLatte({
                variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0),
                withData(variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1), data),
        });
        QVERIFY2(hasProblem(mapping, u"ITEM_VARIATION LATTEL (Large): "_s, why), qPrintable(mapping.problems.join(u'\n')));
        // One variation left: the item is that variation.
        QVERIFY(byId(mapping.menu, u"items"_s, u"v_lattes"_s));
        QVERIFY(!byId(mapping.menu, u"items"_s, u"i_latte"_s));
    }

    void anItemWithNothingToSellIsListed()
    {
        const CatalogMapping mapping = mapLatte({withData(
                variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0),
                {{u"pricing_type"_s, u"VARIABLE_PRICING"_s}})});
        QVERIFY(mapping.problems.contains(u"ITEM LATTE (Latte): none of its variations can be sold at a kiosk; not shown"_s));
        QVERIFY(!byId(mapping.menu, u"items"_s, u"v_lattes"_s));
        QVERIFY(!byId(mapping.menu, u"categories"_s, u"c_coffee"_s));
    }

    void variationsAbsentHereAreLeftOutQuietly()
    {
        const CatalogMapping mapping = mapLatte({
                variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0),
                with(variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1),
                     {{u"absent_at_location_ids"_s, QJsonArray{Location}}}),
        });
        QVERIFY(byId(mapping.menu, u"items"_s, u"v_lattes"_s));
        QVERIFY(!hasProblem(mapping, u"ITEM_VARIATION LATTEL"_s));
    }

    void someSoldOutAreLeftOutAllSoldOutIsNotAvailable()
    {
        const QJsonObject soldOut{{u"location_overrides"_s, QJsonArray{locationOverride({{u"sold_out"_s, true}})}}};
        const CatalogMapping some = mapLatte({
                withData(variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0), soldOut),
                variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1),
        });
        QVERIFY(byId(some.menu, u"items"_s, u"i_latte"_s)->value(u"available"_s).toBool());
        QCOMPARE(byId(some.menu, u"items"_s, u"i_latte"_s)->value(u"price_cents"_s).toInt(), 450);
        QCOMPARE(idsOf(optionsOf(some, u"s_latte"_s)), QStringList{u"v_lattel"_s});
        QVERIFY(!hasProblem(some, u"ITEM_VARIATION LATTES"_s, u"sold"_s));

        const CatalogMapping all = mapLatte({
                withData(variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0), soldOut),
                withData(variation(u"LATTEL"_s, u"LATTE"_s, u"Large"_s, 450, 1), soldOut),
        });
        QVERIFY(!byId(all.menu, u"items"_s, u"i_latte"_s)->value(u"available"_s).toBool());
        QCOMPARE(optionsOf(all, u"s_latte"_s).size(), 2);

        QJsonArray catalog = cafe();
        catalog.append(with(withData(variation(u"CROISSANTR"_s, u"CROISSANT"_s, u"Regular"_s, 300), soldOut),
                            {{u"version"_s, 2}}));
        const CatalogMapping single = mapCatalog(catalog, input());
        QVERIFY(!byId(single.menu, u"items"_s, u"v_croissantr"_s)->value(u"available"_s).toBool());
    }

    void soldOutUntilAPassedTimeIsNotSoldOut()
    {
        const QJsonObject soldOut{{u"location_overrides"_s, QJsonArray{locationOverride(
                {{u"sold_out"_s, true}, {u"sold_out_valid_until"_s, u"2026-12-06T15:00:00Z"_s}})}}};
        QJsonArray catalog = cafe();
        catalog.append(with(withData(variation(u"CROISSANTR"_s, u"CROISSANT"_s, u"Regular"_s, 300), soldOut),
                            {{u"version"_s, 2}}));
        CatalogMapInput in = input();
        in.now = QDateTime::fromString(u"2026-12-06T14:00:00Z"_s, Qt::ISODate);
        QVERIFY(!byId(mapCatalog(catalog, in).menu, u"items"_s, u"v_croissantr"_s)->value(u"available"_s).toBool());
        in.now = QDateTime::fromString(u"2026-12-06T16:00:00Z"_s, Qt::ISODate);
        QVERIFY(byId(mapCatalog(catalog, in).menu, u"items"_s, u"v_croissantr"_s)->value(u"available"_s).toBool());
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestCatalogVariations)
#include "tst_catalogvariations.moc"
