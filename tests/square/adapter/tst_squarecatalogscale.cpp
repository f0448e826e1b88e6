// A catalog of about 2,000 objects (the sample seed plus generated categories, modifier lists
// and two-size items) fetched from squaresim over many pages, mapped and validated. Prints how
// long each step takes; asserts only that it all works (no timing assertions: shared machines).
#include "adapterrig.h"

#include "square/catalogmapper.h"
#include "square/squarecatalog.h"
#include "square/squareclient.h"
#include "sync/backendclientoptions.h"
#include "sync/curlglobal.h"
#include "sync/menucache.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

constexpr int Categories = 20;
constexpr int ModifierLists = 40;
constexpr int ModifiersPerList = 4;
constexpr int Items = 580; // two variations each
constexpr int PageSize = 100;

QString genId(char kind, int n)
{
    return u"G%1%2"_s.arg(QLatin1Char(kind)).arg(n, 22, 10, QLatin1Char('0'));
}

QJsonObject money(int cents)
{
    return {{u"amount"_s, cents}, {u"currency"_s, u"USD"_s}};
}

QJsonArray generated(const QJsonArray &seedCatalog)
{
    QString image; // a seed IMAGE: every generated item shares it, so it is downloaded once
    for (const QJsonValue &value : seedCatalog) {
        if (value.toObject().value(u"type"_s).toString() == u"IMAGE")
            image = value.toObject().value(u"id"_s).toString();
    }
    QJsonArray objects;
    for (int c = 0; c < Categories; ++c)
        objects.append(QJsonObject{{u"type"_s, u"CATEGORY"_s}, {u"id"_s, genId('C', c)}, {u"present_at_all_locations"_s, true},
                                   {u"category_data"_s, QJsonObject{{u"name"_s, u"Category %1"_s.arg(c)}, {u"image_ids"_s, QJsonArray{image}}}}});
    for (int l = 0; l < ModifierLists; ++l) {
        QJsonArray modifiers;
        for (int m = 0; m < ModifiersPerList; ++m)
            modifiers.append(QJsonObject{{u"type"_s, u"MODIFIER"_s}, {u"id"_s, genId('M', l * ModifiersPerList + m)},
                                         {u"present_at_all_locations"_s, true},
                                         {u"modifier_data"_s, QJsonObject{{u"name"_s, u"Option %1"_s.arg(m)}, {u"price_money"_s, money(50 * m)},
                                                                          {u"ordinal"_s, m + 1}, {u"modifier_list_id"_s, genId('L', l)}}}});
        objects.append(QJsonObject{{u"type"_s, u"MODIFIER_LIST"_s}, {u"id"_s, genId('L', l)}, {u"present_at_all_locations"_s, true},
                                   {u"modifier_list_data"_s, QJsonObject{{u"name"_s, u"Choice %1"_s.arg(l)}, {u"ordinal"_s, 1},
                                                                         {u"selection_type"_s, u"MULTIPLE"_s}, {u"modifiers"_s, modifiers},
                                                                         {u"min_selected_modifiers"_s, 0}, {u"max_selected_modifiers"_s, 2}}}});
    }
    for (int i = 0; i < Items; ++i) {
        const QString itemId = genId('I', i);
        QJsonArray variations;
        for (int v = 0; v < 2; ++v)
            variations.append(QJsonObject{{u"type"_s, u"ITEM_VARIATION"_s}, {u"id"_s, genId('V', i * 2 + v)}, {u"present_at_all_locations"_s, true},
                                          {u"item_variation_data"_s, QJsonObject{{u"item_id"_s, itemId}, {u"name"_s, v == 0 ? u"Small"_s : u"Large"_s},
                                                                                 {u"ordinal"_s, v + 1}, {u"pricing_type"_s, u"FIXED_PRICING"_s},
                                                                                 {u"price_money"_s, money(500 + 100 * v + i)}, {u"sellable"_s, true}}}});
        const QString category = genId('C', i % Categories);
        const QJsonArray lists{QJsonObject{{u"modifier_list_id"_s, genId('L', i % ModifierLists)}, {u"min_selected_modifiers"_s, -1},
                                           {u"max_selected_modifiers"_s, -1}, {u"enabled"_s, true}}};
        objects.append(QJsonObject{{u"type"_s, u"ITEM"_s}, {u"id"_s, itemId}, {u"present_at_all_locations"_s, true},
                                   {u"item_data"_s, QJsonObject{{u"name"_s, u"Dish %1"_s.arg(i)}, {u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, category}, {u"ordinal"_s, i}}}},
                                                                {u"variations"_s, variations}, {u"product_type"_s, u"FOOD_AND_BEV"_s},
                                                                {u"image_ids"_s, QJsonArray{image}}, {u"modifier_list_info"_s, lists}}}});
    }
    return objects;
}

int countWithNested(const QJsonArray &objects)
{
    int count = 0;
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        count += 1 + int(object.value(u"item_data"_s).toObject().value(u"variations"_s).toArray().size())
                + int(object.value(u"modifier_list_data"_s).toObject().value(u"modifiers"_s).toArray().size());
    }
    return count;
}

} // namespace

class TestSquareCatalogScale : public QObject
{
    Q_OBJECT

private slots:
    void twoThousandObjectsOverManyPages();
};

void TestSquareCatalogScale::twoThousandObjectsOverManyPages()
{
    QTemporaryDir seedDir;
    int objectCount = 0;
    QJsonArray catalog;
    QVERIFY(AdapterRig::writeSeed(seedDir.path(), [&](QJsonObject *seed) {
        catalog = seed->value(u"catalog"_s).toArray();
        for (const QJsonValue &object : generated(catalog))
            catalog.append(object);
        seed->insert(u"catalog"_s, catalog);
        objectCount = countWithNested(catalog);
    }));
    QVERIFY(objectCount >= 2000);

    AdapterRig rig;
    QString error;
    QVERIFY2(rig.start({u"--seed"_s, seedDir.path(), u"--catalog-page-size"_s, QString::number(PageSize)}, &error), qPrintable(error));
    SquareClient client(rig.settings(), backendClientOptions(rig.settings()), nullptr);
    SquareCatalog squareCatalog(client, rig.settings(), nullptr);

    QElapsedTimer timer;
    timer.start();
    const MenuOutcome first = squareCatalog.fetchMenu(QString());
    const qint64 firstMs = timer.restart();
    const auto *menu = std::get_if<MenuOutcome::Updated>(&first.result);
    QVERIFY(menu);
    QString errors;
    const std::optional<Menu> parsed = parseBackendMenu(menu->document, rig.settings(), &errors);
    const qint64 parseMs = timer.restart();
    QVERIFY2(parsed, qPrintable(errors));
    QCOMPARE(parsed->items().size(), 12 + Items);
    const MenuOutcome unchanged = squareCatalog.fetchMenu(menu->validator);
    const qint64 unchangedMs = timer.restart();
    QVERIFY(std::holds_alternative<MenuOutcome::NotModified>(unchanged.result));
    const MenuOutcome again = squareCatalog.fetchMenu(QString());
    const qint64 againMs = timer.restart();
    QVERIFY(std::holds_alternative<MenuOutcome::Updated>(again.result));

    // The mapping alone, on the objects as the seed nests them.
    CatalogMapInput input;
    input.locationId = rig.settings().square.locationId;
    input.currency = u"USD"_s;
    input.languages = rig.settings().languages;
    input.imageFolder = u"."_s;
    timer.restart();
    const CatalogMapping mapping = mapCatalog(catalog, input);
    const qint64 mapMs = timer.elapsed();
    QVERIFY(!mapping.menu.isEmpty());

    qInfo().noquote() << u"%1 catalog objects, pages of %2: first fetch %3 ms (listing, mapping, %4 image downloads), "
                         u"menu validation %5 ms, unchanged %6 ms, full relisting %7 ms, mapCatalog alone %8 ms, "
                         u"document %9 bytes"_s
                                 .arg(objectCount).arg(PageSize).arg(firstMs).arg(squareCatalog.imageDownloads())
                                 .arg(parseMs).arg(unchangedMs).arg(againMs).arg(mapMs).arg(menu->document.size());
    QCOMPARE(rig.square().violations(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestSquareCatalogScale)
#include "tst_squarecatalogscale.moc"
