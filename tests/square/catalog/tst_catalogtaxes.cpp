#include "catalogfixtures.h"
#include "square/catalogtaxes.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

using namespace catalogtest;

namespace {

// The café with the SALES tax's data replaced.
CatalogMapping mapSales(const QJsonObject &taxData, const QJsonObject &top = {})
{
    QJsonArray catalog = cafe();
    catalog.replace(5, with(withData(catalog.at(5).toObject(), taxData), top));
    return mapCatalog(catalog, input());
}

QJsonArray taxIdsOf(const CatalogMapping &mapping, const QString &itemId)
{
    return byId(mapping.menu, u"items"_s, itemId)->value(u"tax_ids"_s).toArray();
}

} // namespace

class TestCatalogTaxes : public QObject
{
    Q_OBJECT

private slots:
    void percentagesBecomeExactBasisPoints_data()
    {
        QTest::addColumn<QString>("percentage");
        QTest::addColumn<int>("bps");
        QTest::newRow("8.25") << u"8.25"_s << 825;
        QTest::newRow("7.5") << u"7.5"_s << 750;
        QTest::newRow("10") << u"10"_s << 1000;
        QTest::newRow("0.05") << u"0.05"_s << 5;
        QTest::newRow("8.250 (trailing zero)") << u"8.250"_s << 825;
        QTest::newRow("100") << u"100"_s << 10000;
        QTest::newRow("8.125 refused") << u"8.125"_s << -1;
        QTest::newRow("over 100 refused") << u"100.01"_s << -1;
        QTest::newRow("comma refused") << u"8,25"_s << -1;
        QTest::newRow("negative refused") << u"-1"_s << -1;
        QTest::newRow("empty refused") << QString() << -1;
    }

    void percentagesBecomeExactBasisPoints()
    {
        QFETCH(QString, percentage);
        QFETCH(int, bps);
        QCOMPARE(taxRateBps(percentage).value_or(-1), bps);
    }

    void aTaxIsAMenuTaxAndTheItemsTaxIds()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        const QJsonArray taxes = mapping.menu.value(u"taxes"_s).toArray();
        QCOMPARE(taxes.size(), 1);
        const QJsonObject sales = taxes.first().toObject();
        QCOMPARE(sales.value(u"id"_s).toString(), u"t_sales"_s);
        QCOMPARE(sales.value(u"rate_bps"_s).toInt(), 825);
        QCOMPARE(sales.value(u"inclusive"_s).toBool(), false);
        QCOMPARE(sales.value(u"name"_s).toObject().value(u"en"_s).toString(), u"Sales tax"_s);
        QCOMPARE(taxIdsOf(mapping, u"i_latte"_s), QJsonArray{u"t_sales"_s});
    }

    void inclusiveTaxes()
    {
        const CatalogMapping mapping = mapSales({{u"inclusion_type"_s, u"INCLUSIVE"_s}});
        QCOMPARE(mapping.menu.value(u"taxes"_s).toArray().first().toObject().value(u"inclusive"_s).toBool(), true);
    }

    void disabledOrAbsentTaxesAreNotApplied()
    {
        for (const CatalogMapping &mapping :
             {mapSales({{u"enabled"_s, false}}),
              mapSales({}, {{u"absent_at_location_ids"_s, QJsonArray{Location}}}),
              mapSales({}, {{u"is_deleted"_s, true}})}) {
            QCOMPARE(mapping.menu.value(u"taxes"_s).toArray(), QJsonArray());
            QCOMPARE(taxIdsOf(mapping, u"i_latte"_s), QJsonArray());
            QVERIFY(!hasProblem(mapping, u"TAX SALES"_s));
            QVERIFY(!hasProblem(mapping, u"ITEM LATTE"_s, u"tax"_s));
        }
    }

    void whatTheKioskCannotComputeIsListed()
    {
        const CatalogMapping total = mapSales({{u"calculation_phase"_s, u"TAX_TOTAL_PHASE"_s}});
        QVERIFY(hasProblem(total, u"TAX SALES (Sales tax): TAX_TOTAL_PHASE cannot be computed at the kiosk"_s));
        QCOMPARE(taxIdsOf(total, u"i_latte"_s), QJsonArray());
        const CatalogMapping precise = mapSales({{u"percentage"_s, u"8.875"_s}});
        QVERIFY(precise.problems.contains(u"TAX SALES (Sales tax): percentage \"8.875\" is not 0 to 100 with at most two decimals; the kiosk's estimate leaves this tax out (Square's total includes it)"_s));
        QCOMPARE(precise.menu.value(u"taxes"_s).toArray(), QJsonArray());
    }

    void aTaxOnAProductSetIsListed()
    {
        const CatalogMapping mapping = mapSales({{u"applies_to_product_set_id"_s, u"SET1"_s}});
        QVERIFY(hasProblem(mapping, u"TAX SALES (Sales tax): applies to product set SET1"_s));
        QCOMPARE(taxIdsOf(mapping, u"i_latte"_s), QJsonArray{u"t_sales"_s});
    }

    void itemsWithoutTaxesHaveAnEmptyList()
    {
        QJsonArray catalog = cafe();
        catalog.replace(3, withData(catalog.at(3).toObject(), {{u"tax_ids"_s, QJsonArray()}}));
        catalog.replace(2, withData(catalog.at(2).toObject(), {{u"is_taxable"_s, false}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        // [] and not absent: absent would mean the store's own tax_rate_bps.
        QVERIFY(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)->contains(u"tax_ids"_s));
        QCOMPARE(taxIdsOf(mapping, u"v_croissantr"_s), QJsonArray());
        QCOMPARE(taxIdsOf(mapping, u"i_latte"_s), QJsonArray());
    }

    void aTaxNotInTheCatalogIsListed()
    {
        QJsonArray catalog = cafe();
        catalog.replace(3, withData(catalog.at(3).toObject(), {{u"tax_ids"_s, QJsonArray{u"SALES"_s, u"CITY"_s}}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QVERIFY(mapping.problems.contains(u"ITEM CROISSANT (Croissant): tax CITY is not in the catalog; the kiosk's estimate leaves it out"_s));
        QCOMPARE(taxIdsOf(mapping, u"v_croissantr"_s), QJsonArray{u"t_sales"_s});
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestCatalogTaxes)
#include "tst_catalogtaxes.moc"
