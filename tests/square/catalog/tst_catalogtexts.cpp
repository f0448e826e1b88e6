#include "catalogfixtures.h"
#include "square/squaretranslations.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

using namespace catalogtest;

namespace {

QJsonObject nameOf(const CatalogMapping &mapping, const QString &key, const QString &id)
{
    return byId(mapping.menu, key, id)->value(u"name"_s).toObject();
}

} // namespace

class TestCatalogTexts : public QObject
{
    Q_OBJECT

private slots:
    void translationsGiveTheOtherLanguages()
    {
        CatalogMapInput in = input();
        in.translations = *parseSquareTranslations(R"({"es": {
            "LATTE": {"name": "Café con leche", "description": "Con leche espumada"},
            "COFFEE": {"name": "Café"},
            "MILK": {"name": "Leche"},
            "OAT": {"name": "Leche de avena"}}})",
                                                   nullptr);
        QJsonArray catalog = cafe();
        catalog.replace(2, withData(catalog.at(2).toObject(), {{u"description_plaintext"_s, u"With steamed milk"_s}}));
        const CatalogMapping mapping = mapCatalog(catalog, in);
        QCOMPARE(nameOf(mapping, u"items"_s, u"i_latte"_s),
                 (QJsonObject{{u"en"_s, u"Latte"_s}, {u"es"_s, u"Café con leche"_s}}));
        QCOMPARE(byId(mapping.menu, u"items"_s, u"i_latte"_s)->value(u"description"_s).toObject(),
                 (QJsonObject{{u"en"_s, u"With steamed milk"_s}, {u"es"_s, u"Con leche espumada"_s}}));
        QCOMPARE(nameOf(mapping, u"categories"_s, u"c_coffee"_s).value(u"es"_s).toString(), u"Café"_s);
        QCOMPARE(nameOf(mapping, u"modifier_groups"_s, u"l_milk"_s).value(u"es"_s).toString(), u"Leche"_s);
        QVERIFY(!hasProblem(mapping, u"ITEM LATTE"_s, u"no es"_s));
        QVERIFY(!hasProblem(mapping, u"MODIFIER OAT"_s));
    }

    void aMissingTranslationFallsBackToSquaresTextAndIsListed()
    {
        const CatalogMapping mapping = mapCatalog(cafe(), input());
        QCOMPARE(nameOf(mapping, u"items"_s, u"i_latte"_s),
                 (QJsonObject{{u"en"_s, u"Latte"_s}, {u"es"_s, u"Latte"_s}}));
        QVERIFY(mapping.problems.contains(u"ITEM LATTE (Latte): no es name in square-translations.json; the Square name is shown"_s));
        QVERIFY(mapping.problems.contains(u"MODIFIER OAT (Oat milk): no es name in square-translations.json; the Square name is shown"_s));
        QVERIFY(mapping.problems.contains(u"ITEM_VARIATION LATTEL (Large): no es name in square-translations.json; the Square name is shown"_s));
    }

    void aDescriptionWithoutTranslationIsListedToo()
    {
        QJsonArray catalog = cafe();
        catalog.replace(3, withData(catalog.at(3).toObject(), {{u"description"_s, u"Butter"_s}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QCOMPARE(byId(mapping.menu, u"items"_s, u"v_croissantr"_s)->value(u"description"_s).toObject().value(u"es"_s).toString(), u"Butter"_s);
        QVERIFY(mapping.problems.contains(u"ITEM CROISSANT (Croissant): no es description in square-translations.json; the Square description is shown"_s));
        // No description in Square: none in the menu (it is optional there).
        QVERIFY(!byId(mapping.menu, u"items"_s, u"i_latte"_s)->contains(u"description"_s));
    }

    void objectsWithoutANameAreListed()
    {
        // The kiosk menu refuses a blank text: the object is left out (or named) and listed.
        QJsonArray catalog = cafe();
        catalog.append(category(u"BLANK"_s, u" "_s));
        catalog.append(with(variation(u"LATTEL"_s, u"LATTE"_s, QString(), 450, 1), {{u"version"_s, 2}}));
        catalog.append(with(modifier(u"OAT"_s, u"MILK"_s, QString(), 60, 1), {{u"version"_s, 2}}));
        catalog.append(with(tax(u"SALES"_s, QString(), u"8.25"_s), {{u"version"_s, 2}}));
        const CatalogMapping mapping = mapCatalog(catalog, input());
        QVERIFY(mapping.problems.contains(u"CATEGORY BLANK: has no name; its items have no category"_s));
        QVERIFY(mapping.problems.contains(u"ITEM_VARIATION LATTEL: has no name to choose it by; not offered"_s));
        QVERIFY(mapping.problems.contains(u"MODIFIER OAT: has no name; not offered"_s));
        QVERIFY(mapping.problems.contains(u"TAX SALES: has no name; shown as \"8.25 %\""_s));
        QVERIFY(byId(mapping.menu, u"items"_s, u"v_lattes"_s));
    }

    void theSizeGroupsNameIsTheKiosks()
    {
        CatalogMapInput in = input();
        in.languages = {u"es"_s, u"en"_s};
        const CatalogMapping mapping = mapCatalog(cafe(), in);
        QCOMPARE(nameOf(mapping, u"modifier_groups"_s, u"s_latte"_s),
                 (QJsonObject{{u"es"_s, u"Tamaño"_s}, {u"en"_s, u"Size"_s}}));
    }

    void theTranslationsFileIsChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << u"square-translations.json:1:2"_s;
        QTest::newRow("language") << QByteArray(R"({"spanish": {}})")
                                  << u"square-translations.json: spanish: must be a two-letter language code"_s;
        QTest::newRow("not an object") << QByteArray(R"({"es": {"LATTE": "Café"}})")
                                       << u"square-translations.json: es.LATTE: "_s;
        QTest::newRow("unknown key") << QByteArray(R"({"es": {"LATTE": {"nombre": "Café"}}})")
                                     << u"square-translations.json: es.LATTE: unknown key \"nombre\""_s;
        QTest::newRow("not a string") << QByteArray(R"({"es": {"LATTE": {"name": 3}}})")
                                      << u"square-translations.json: es.LATTE.name: "_s;
    }

    void theTranslationsFileIsChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QCOMPARE(parseSquareTranslations(json, &message), std::nullopt);
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void aGoodTranslationsFileIsRead()
    {
        QString message;
        const auto parsed = parseSquareTranslations(R"({"_comment": "x", "es": {"LATTE": {"name": "Café"}}})", &message);
        QVERIFY2(parsed, qPrintable(message));
        QCOMPARE(parsed->value(u"es"_s).toObject().value(u"LATTE"_s).toObject().value(u"name"_s).toString(), u"Café"_s);
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestCatalogTexts)
#include "tst_catalogtexts.moc"
