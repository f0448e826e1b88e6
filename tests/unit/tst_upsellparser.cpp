// menu.json "upsell" on its own (app/config/upsellparser) and inside a whole menu
// (parseMenu); the broken-config corpus (89- to 94-upsell-*) holds the exact messages of a
// refused one, through the whole validator.
#include "config/jsonreader.h"
#include "config/menuparser.h"
#include "config/upsellparser.h"
#include "support/samplestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

class TestUpsellParser : public QObject
{
    Q_OBJECT

private:
    // Items burger, fries, cola, sundae; categories mains, sides, drinks, desserts.
    static UpsellRules read(const QByteArray &json, ConfigErrors *errors)
    {
        JsonReader reader(u"menu.json"_s, errors);
        const auto root = reader.parseObject(json);
        if (!root)
            return {};
        const QStringList items = {u"burger"_s, u"fries"_s, u"cola"_s, u"sundae"_s};
        const QStringList categories = {u"mains"_s, u"sides"_s, u"drinks"_s, u"desserts"_s};
        return readUpsell(reader, *root,
                          {[&](const QString &id) { return items.contains(id); },
                           [&](const QString &id) { return categories.contains(id); }});
    }

private slots:
    void absentMeansNoRules()
    {
        ConfigErrors errors;
        QVERIFY(read(R"({"schema": 1})", &errors).isEmpty());
        QVERIFY(errors.isEmpty());
        QVERIFY(read(R"({"upsell": {}})", &errors).isEmpty());
        QVERIFY(errors.isEmpty());
    }

    void rulesAreReadInOrder()
    {
        ConfigErrors errors;
        const UpsellRules rules = read(R"({"upsell": {
            "after_add": [{"id": "burger_sides", "when_items": ["burger"], "when_categories": ["mains"],
                           "suggest": ["fries", "cola"], "_why": "fries sell"},
                          {"id": "mains_only", "when_categories": ["mains"], "suggest": ["cola"]}],
            "at_checkout": [{"id": "drink", "unless_categories": ["drinks"], "suggest": ["cola"]},
                            {"id": "dessert", "unless_categories": ["desserts", "drinks"], "suggest": ["sundae"]}]}})",
                                       &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(formatErrors(errors)));
        QCOMPARE(rules.afterAdd,
                 (QList<AfterAddRule>{{u"burger_sides"_s, {u"burger"_s}, {u"mains"_s}, {u"fries"_s, u"cola"_s}},
                                      {u"mains_only"_s, {}, {u"mains"_s}, {u"cola"_s}}}));
        QCOMPARE(rules.atCheckout,
                 (QList<CheckoutRule>{{u"drink"_s, {u"drinks"_s}, {u"cola"_s}},
                                      {u"dessert"_s, {u"desserts"_s, u"drinks"_s}, {u"sundae"_s}}}));
        QCOMPARE(rules.ruleIds(),
                 (QStringList{u"burger_sides"_s, u"mains_only"_s, u"drink"_s, u"dessert"_s}));
    }

    void problemsAreReportedWithTheirPath()
    {
        ConfigErrors errors;
        read(R"({"upsell": {
            "after_add": [{"id": "a", "suggest": ["pizza"]}],
            "at_checkout": [{"id": "a", "unless_categories": ["toys"], "suggest": []}]}})",
             &errors);
        QCOMPARE(formatErrors(errors).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{
                         u"menu.json: upsell.after_add[0]: must have \"when_items\" or \"when_categories\" (or both)"_s,
                         u"menu.json: upsell.after_add[0].suggest[0]: unknown item \"pizza\""_s,
                         u"menu.json: upsell.at_checkout[0].id: duplicate upsell rule id \"a\" (first used at upsell.after_add[0])"_s,
                         u"menu.json: upsell.at_checkout[0].unless_categories[0]: unknown category \"toys\""_s,
                         u"menu.json: upsell.at_checkout[0].suggest: must list at least one item"_s,
                 }));
    }

    void wrongTypesAreRefused()
    {
        ConfigErrors errors;
        read(R"({"upsell": []})", &errors);
        QCOMPARE(formatErrors(errors).trimmed(), u"menu.json: upsell: expected an object"_s);
        errors.clear();
        read(R"({"upsell": {"after_add": {}, "at_checkout": ["drink"]}})", &errors);
        QCOMPARE(formatErrors(errors).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"menu.json: upsell.after_add: expected an array"_s,
                              u"menu.json: upsell.at_checkout[0]: expected an object"_s}));
    }

    // The sample store's own menu with rules: the Menu carries them.
    void aMenuCarriesItsRules()
    {
        QFile file(test::minimalConfigDir() + u"/menu.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        root.insert(u"upsell"_s, QJsonDocument::fromJson(R"({
            "after_add": [{"id": "burger_drink", "when_categories": ["burgers"], "suggest": ["cola", "lemonade"]}],
            "at_checkout": [{"id": "drink", "unless_categories": ["drinks"], "suggest": ["lemonade"]}]})")
                                            .object());
        ConfigErrors errors;
        const auto menu = parseMenu(QJsonDocument(root).toJson(), u"menu.json"_s,
                                    test::minimalConfigDir(), {u"en"_s, u"es"_s}, &errors);
        QVERIFY2(menu, qPrintable(formatErrors(errors)));
        QCOMPARE(menu->upsell().ruleIds(), (QStringList{u"burger_drink"_s, u"drink"_s}));
        QCOMPARE(menu->upsell().afterAdd.first().suggest, (QStringList{u"cola"_s, u"lemonade"_s}));

        root.remove(u"upsell"_s);
        const auto plain = parseMenu(QJsonDocument(root).toJson(), u"menu.json"_s,
                                     test::minimalConfigDir(), {u"en"_s, u"es"_s}, &errors);
        QVERIFY(plain);
        QVERIFY(plain->upsell().isEmpty());
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestUpsellParser)
#include "tst_upsellparser.moc"
