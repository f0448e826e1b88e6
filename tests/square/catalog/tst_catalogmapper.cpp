#include "catalogfixtures.h"
#include "config/menuparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

using namespace catalogtest;

namespace {

QByteArray bytes(const QJsonObject &menu)
{
    return QJsonDocument(menu).toJson(QJsonDocument::Compact);
}

// The menu through the kiosk's own parser, with the pictures it names (and the placeholder)
// where the adapter would have put them. Logs the parser's errors when it refuses.
std::optional<Menu> parseAsKioskMenu(const CatalogMapping &mapping)
{
    const CatalogMapInput in = input();
    QTemporaryDir dir;
    QStringList files{in.imageFolder + u"/placeholder.png"_s};
    for (const CatalogImage &image : mapping.images)
        files.append(image.relativePath);
    for (const QString &file : std::as_const(files)) {
        QDir(dir.path()).mkpath(QFileInfo(file).path());
        QFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write("picture") != 7)
            return std::nullopt;
    }
    ConfigErrors errors;
    auto menu = parseMenu(bytes(mapping.menu), u"menu.json"_s, dir.path(),
                          in.languages, &errors);
    if (!menu)
        qWarning().noquote() << formatErrors(errors);
    return menu;
}

} // namespace

class TestCatalogMapper : public QObject
{
    Q_OBJECT

private slots:
    void theMenuPassesTheKioskMenuParser()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        const auto menu = parseAsKioskMenu(mapping);
        QVERIFY(menu);
        QCOMPARE(mapping.menu.value(u"schema"_s).toInt(), 1);
        QCOMPARE(menu->categories().size(), 2);
        QCOMPARE(menu->items().size(), 2);
    }

    // The fuzzer's seeds: odd objects, changes, unmappable ids, text lists, zero prices.
    void oddCatalogsStillGiveAMenuTheParserAccepts_data()
    {
        QTest::addColumn<QString>("file");
        const QDir seeds(QStringLiteral(KIOSK_SOURCE_DIR "/fuzz/corpus/catalog"));
        for (const QString &file : seeds.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << seeds.filePath(file);
        QTest::newRow("cafe and odd objects") << QString();
    }

    void oddCatalogsStillGiveAMenuTheParserAccepts()
    {
        QFETCH(QString, file);
        QJsonArray objects;
        if (file.isEmpty()) {
            const QDir seeds(QStringLiteral(KIOSK_SOURCE_DIR "/fuzz/corpus/catalog"));
            for (const QString &seed : seeds.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
                QFile in(seeds.filePath(seed));
                QVERIFY(in.open(QIODevice::ReadOnly));
                for (const QJsonValue &value : QJsonDocument::fromJson(in.readAll()).array())
                    objects.append(value);
            }
        } else {
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            objects = QJsonDocument::fromJson(in.readAll()).array();
        }
        const CatalogMapping mapping = mapCatalog(objects, input());
        if (mapping.menu.value(u"items"_s).toArray().isEmpty())
            return; // nothing to sell: the adapter keeps the menu it has
        QVERIFY(parseAsKioskMenu(mapping));
    }

    void categoriesAreOrderedByNameAndEmptyOnesAreLeftOut()
    {
        QJsonArray catalog = cafe();
        catalog.append(category(u"EMPTY"_s, u"Empty"_s));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        const QJsonArray categories = mapping.menu.value(u"categories"_s).toArray();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories.at(0).toObject().value(u"id"_s).toString(), u"c_bakery"_s);
        QCOMPARE(categories.at(1).toObject().value(u"id"_s).toString(), u"c_coffee"_s);
        QCOMPARE(categories.at(1).toObject().value(u"name"_s).toObject().value(u"en"_s).toString(), u"Coffee"_s);
        QVERIFY(!hasProblem(mapping, u"CATEGORY EMPTY"_s));
        // Items follow their categories.
        const QJsonArray items = mapping.menu.value(u"items"_s).toArray();
        QCOMPARE(items.at(0).toObject().value(u"category"_s).toString(), u"c_bakery"_s);
    }

    void itemsUseTheirFirstCategoryTheKioskHasOrTheDeprecatedOne()
    {
        QJsonArray catalog = cafe();
        catalog.append(withData(item(u"MUFFIN"_s, u"Muffin"_s, u"GONE"_s,
                                     {variation(u"MUFFINR"_s, u"MUFFIN"_s, u"Regular"_s, 275)}),
                                {{u"categories"_s, QJsonArray{QJsonObject{{u"id"_s, u"GONE"_s}},
                                                              QJsonObject{{u"id"_s, u"BAKERY"_s}}}}}));
        catalog.append(withData(item(u"SCONE"_s, u"Scone"_s, u"X"_s,
                                     {variation(u"SCONER"_s, u"SCONE"_s, u"Regular"_s, 250)}),
                                {{u"categories"_s, QJsonArray()}, {u"category_id"_s, u"BAKERY"_s}}));
        catalog.append(item(u"LOST"_s, u"Lost"_s, u"NOWHERE"_s,
                            {variation(u"LOSTR"_s, u"LOST"_s, u"Regular"_s, 100)}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_muffinr"_s)->value(u"category"_s).toString(), u"c_bakery"_s);
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_sconer"_s)->value(u"category"_s).toString(), u"c_bakery"_s);
        QVERIFY(!byId(mapping.menu, u"items"_s, u"v_lostr"_s));
        QVERIFY(mapping.problems.contains(u"ITEM LOST (Lost): none of its categories is on the kiosk's menu; not shown"_s));
    }

    void presenceFollowsTheLocationLists_data()
    {
        QTest::addColumn<QJsonObject>("presence");
        QTest::addColumn<bool>("shown");
        const QJsonArray here{Location};
        const QJsonArray elsewhere{u"L2"_s};
        QTest::newRow("all") << QJsonObject{{u"present_at_all_locations"_s, true}} << true;
        QTest::newRow("default all") << QJsonObject{} << true;
        QTest::newRow("all but here") << QJsonObject{{u"absent_at_location_ids"_s, here}} << false;
        QTest::newRow("all but elsewhere") << QJsonObject{{u"absent_at_location_ids"_s, elsewhere}} << true;
        QTest::newRow("none but here") << QJsonObject{{u"present_at_all_locations"_s, false}, {u"present_at_location_ids"_s, here}} << true;
        QTest::newRow("none but elsewhere") << QJsonObject{{u"present_at_all_locations"_s, false}, {u"present_at_location_ids"_s, elsewhere}} << false;
        QTest::newRow("none") << QJsonObject{{u"present_at_all_locations"_s, false}} << false;
    }

    void presenceFollowsTheLocationLists()
    {
        QFETCH(QJsonObject, presence);
        QFETCH(bool, shown);
        QJsonArray catalog = cafe();
        QJsonObject croissant = catalog.at(3).toObject();
        croissant.remove(u"present_at_all_locations"_s);
        catalog.replace(3, with(croissant, presence));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(bool(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)), shown);
        // Absent at the location is the store's choice: never a problem line.
        QVERIFY(!hasProblem(mapping, u"ITEM CROISSANT"_s, u"not shown"_s));
    }

    void deletedArchivedAndOtherChannelsAreLeftOutUnknownTypesListed()
    {
        QJsonArray catalog = cafe();
        const auto add = [&](const QString &id, const QJsonObject &top, const QJsonObject &data) {
            catalog.append(with(withData(item(id, id, u"BAKERY"_s, {variation(id + u"V"_s, id, u"R"_s, 100)}), data), top));
        };
        add(u"DELETED"_s, {{u"is_deleted"_s, true}}, {});
        add(u"ARCHIVED"_s, {}, {{u"is_archived"_s, true}});
        add(u"GIFT"_s, {}, {{u"product_type"_s, u"GIFT_CARD"_s}});
        add(u"BOOKING"_s, {}, {{u"product_type"_s, u"APPOINTMENTS_SERVICE"_s}});
        add(u"ODD"_s, {}, {{u"product_type"_s, u"SPACESHIP"_s}});
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(mapping.menu.value(u"items"_s).toArray().size(), 2);
        QVERIFY(mapping.problems.contains(u"ITEM ODD (ODD): product type SPACESHIP cannot be sold at a kiosk; not shown"_s));
        for (const QString &id : {u"DELETED"_s, u"ARCHIVED"_s, u"GIFT"_s, u"BOOKING"_s})
            QVERIFY2(!hasProblem(mapping, u"ITEM "_s + id), qPrintable(id));
    }

    void unmappableObjectsAreListed()
    {
        QJsonArray catalog = cafe();
        catalog.append(item(u"#temp"_s, u"Temp"_s, u"BAKERY"_s, {variation(u"TEMPV"_s, u"#temp"_s, u"R"_s, 100)}));
        catalog.append(category(u"bad-id"_s, u"Bad"_s));
        catalog.append(QJsonValue(42));
        catalog.append(QJsonObject{{u"type"_s, u"ITEM"_s}});
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QVERIFY(mapping.problems.contains(u"ITEM #temp (Temp): its id cannot be a kiosk id; not shown"_s));
        QVERIFY(mapping.problems.contains(u"CATEGORY bad-id (Bad): its id cannot be a kiosk id; its items have no category"_s));
        QVERIFY(mapping.problems.contains(u"OBJECT ?: not a catalog object (no type or id); left out"_s));
        QCOMPARE(mapping.menu.value(u"items"_s).toArray().size(), 2);
    }

    void problemsAreSortedAndListedOnce()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        QStringList sorted = mapping.problems;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(mapping.problems, sorted);
        QVERIFY(!mapping.problems.isEmpty());
    }

    void theSameCatalogInAnyOrderGivesTheSameBytes()
    {
        QJsonArray catalog = cafe();
        // The variations also on their own, as a list with type ITEM_VARIATION gives them.
        catalog.append(variation(u"LATTES"_s, u"LATTE"_s, u"Small"_s, 350, 0));
        catalog.append(category(u"TEA"_s, u"coffee"_s));
        catalog.append(item(u"CHAI"_s, u"Chai"_s, u"TEA"_s, {variation(u"CHAIR"_s, u"CHAI"_s, u"R"_s, 380)}));
        const CatalogMapping first = mapCatalog(catalog, input());
        QList<QJsonValue> values(catalog.cbegin(), catalog.cend());
        QRandomGenerator random(16);
        for (int round = 0; round < 20; ++round) {
            std::shuffle(values.begin(), values.end(), random);
            QJsonArray shuffled;
            for (const QJsonValue &value : std::as_const(values))
                shuffled.append(value);
            const CatalogMapping again = mapCatalog(shuffled, input());
            QCOMPARE(bytes(again.menu), bytes(first.menu));
            QCOMPARE(again.problems, first.problems);
            QCOMPARE(again.images, first.images);
        }
    }

    void aNewerVersionWinsOverANestedCopy()
    {
        QJsonArray catalog = cafe();
        // A change search returns the variation alone, newer than the copy nested in its item.
        catalog.append(with(variation(u"CROISSANTR"_s, u"CROISSANT"_s, u"Regular"_s, 325),
                            {{u"version"_s, 2}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)->value(u"price_cents"_s).toInt(), 325);
    }

    void imagesAreListedWithTheirFileNames()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        const QList<CatalogImage> expected{
                {u"COFFEEIMG"_s, u"https://items-images.example/files/coffee"_s, u"square-images/coffeeimg.jpg"_s},
                {u"LATTEIMG"_s, u"https://items-images.example/files/latte.PNG?w=1"_s, u"square-images/latteimg.png"_s},
        };
        QCOMPARE(mapping.images, expected);
        QCOMPARE(byId(mapping.menu, u"items"_s, u"i_latte"_s)->value(u"image"_s).toString(), u"square-images/latteimg.png"_s);
        QCOMPARE(byId(mapping.menu, u"categories"_s, u"c_coffee"_s)->value(u"image"_s).toString(), u"square-images/coffeeimg.jpg"_s);
    }

    void withoutAnImageThePlaceholderIsShownAndListed()
    {
        CatalogMapInput in = input();
        in.placeholderImage = u"images/square-placeholder.png"_s;
        const CatalogMapping mapping = mapCatalog(cafe(), in);
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)->value(u"image"_s).toString(), in.placeholderImage);
        QVERIFY(mapping.problems.contains(u"ITEM CROISSANT (Croissant): no image in Square; the kiosk's placeholder is shown"_s));
        QVERIFY(mapping.problems.contains(u"CATEGORY BAKERY (Bakery): no image in Square; the kiosk's placeholder is shown"_s));
        QCOMPARE(mapping.images.size(), 2); // the placeholder is the kiosk's, nothing to download
    }

    void anImageWithoutAUsableUrlIsListed()
    {
        QJsonArray catalog = cafe();
        catalog.replace(6, image(u"LATTEIMG"_s, u"file:///etc/passwd"_s));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QVERIFY(hasProblem(mapping, u"IMAGE LATTEIMG"_s, u"no usable URL"_s));
        QVERIFY(mapping.problems.contains(u"ITEM LATTE (Latte): none of its images is in the catalog; the kiosk's placeholder is shown"_s));
    }

    void whatSquareLacksIsFilledHonestly()
    {
        QJsonArray catalog = cafe();
        catalog.replace(3, withData(catalog.at(3).toObject(), {{u"food_and_beverage_details"_s, QJsonObject{
                {u"calorie_count"_s, 410},
                {u"ingredients"_s, QJsonArray{
                        QJsonObject{{u"type"_s, u"STANDARD"_s}, {u"standard_name"_s, u"MILK"_s}},
                        QJsonObject{{u"type"_s, u"STANDARD"_s}, {u"standard_name"_s, u"GLUTEN"_s}},
                        QJsonObject{{u"type"_s, u"STANDARD"_s}, {u"standard_name"_s, u"EGGS"_s}}}}}}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        const QJsonObject croissant = *byId(mapping.menu, u"items"_s, u"v_croissantr"_s);
        QCOMPARE(croissant.value(u"calories"_s).toInt(), 410);
        QCOMPARE(croissant.value(u"allergens"_s).toArray(), (QJsonArray{u"milk"_s, u"eggs"_s}));
        QVERIFY(mapping.problems.contains(u"ITEM CROISSANT (Croissant): ingredient \"GLUTEN\" is not one of the kiosk's allergens; not shown"_s));
        const QJsonObject latte = *byId(mapping.menu, u"items"_s, u"i_latte"_s);
        QCOMPARE(latte.value(u"calories"_s).toInt(), 0);
        QCOMPARE(latte.value(u"allergens"_s).toArray(), QJsonArray());
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestCatalogMapper)
#include "tst_catalogmapper.moc"
