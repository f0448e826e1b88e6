#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/menuparser.h"
#include "support/brokenconfigs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;
using namespace kiosk::test;

namespace {

QStringList errorLines(const ConfigErrors &errors)
{
    return formatErrors(errors).split(u'\n', Qt::SkipEmptyParts);
}

// QCOMPARE on lists of different lengths shows only the lengths; show the lines too.
bool showIfDifferent(const QStringList &actual, const QStringList &expected)
{
    if (actual != expected) {
        qWarning().noquote() << "actual:\n" + actual.join(u'\n') << "\nexpected:\n"
                                    + expected.join(u'\n');
    }
    return actual == expected;
}

} // namespace

class TestConfigValidation : public QObject
{
    Q_OBJECT

private slots:
    void minimalConfigLoads();
    void absoluteDataDirIsKept();
    void errorFormats();
    void menuParserNamesItsSource();
    void menuTaxesAreRead();
    void brokenConfig_data();
    void brokenConfig();
    void corpusIsLargeEnough();
    void imageSymlinksOutOfTheFolderAreRefused();
    void sampleStoreLoads();
};

void TestConfigValidation::minimalConfigLoads()
{
    ConfigErrors errors;
    const auto loaded = loadConfigDir(minimalConfigDir(), &errors);
    QCOMPARE(errorLines(errors), QStringList());
    QVERIFY(loaded);

    const QString dir = minimalConfigDir();
    const KioskConfig &kiosk = loaded->kiosk;
    QVERIFY(!kiosk.loyalty.enabled); // no "loyalty" section: the program is off
    // No "retention" section: 30 days for delivered orders and comments, a year of audit,
    // 180 days for card payments.
    QCOMPARE(kiosk.retention.ordersDays, 30);
    QCOMPARE(kiosk.retention.feedbackCommentsDays, 30);
    QCOMPARE(kiosk.retention.auditDays, 365);
    QCOMPARE(kiosk.retention.cardOrdersDays, 180);
    QCOMPARE(kiosk.loyalty.cacheTtlHours, 24);
    QCOMPARE(kiosk.configDir, dir);
    QCOMPARE(kiosk.kioskId, u"T1"_s);
    QCOMPARE(kiosk.storeName, u"Test Kitchen"_s);
    QCOMPARE(kiosk.orderPrefix, u"T"_s);
    QCOMPARE(kiosk.languages, QStringList({u"en"_s, u"es"_s}));
    QCOMPARE(kiosk.defaultLanguage, u"en"_s);
    QCOMPARE(kiosk.idleTimeoutS, 60);
    QCOMPARE(kiosk.idleWarningS, 30);         // default
    QCOMPARE(kiosk.confirmationTimeoutS, 12); // default
    QCOMPARE(kiosk.currency, u"USD"_s);
    QCOMPARE(kiosk.taxRateBps, 825);
    QCOMPARE(kiosk.dataDir, dir + u"/data"_s);
    QCOMPARE(kiosk.branding.logo, dir + u"/images/logo.png"_s);
    QCOMPARE(kiosk.branding.primaryColor, u"#1F6F5C"_s); // default
    QCOMPARE(kiosk.branding.accentColor, u"#F2A541"_s);  // default
    QCOMPARE(kiosk.backend.url, u"http://127.0.0.1:8088"_s);
    QCOMPARE(kiosk.backend.tokenFile, dir + u"/backend.token"_s);
    QVERIFY(kiosk.diagnostics.pinHash.startsWith(u"pbkdf2-sha256$100000$"_s));

    const Menu &menu = loaded->menu;
    QCOMPARE(menu.categories().size(), 2);
    QCOMPARE(menu.modifierGroups().size(), 2);
    QCOMPARE(menu.items().size(), 4);

    const Category *burgers = menu.category(u"burgers"_s);
    QVERIFY(burgers);
    QCOMPARE(burgers->name.text(u"es"_s), u"Hamburguesas"_s);
    QCOMPARE(burgers->image, dir + u"/images/categories/burgers.png"_s);

    const MenuItem *classic = menu.item(u"classic_burger"_s);
    QVERIFY(classic);
    QCOMPARE(classic->categoryId, u"burgers"_s);
    QCOMPARE(classic->priceCents, 899);
    QCOMPARE(classic->image, dir + u"/images/items/classic_burger.png"_s);
    QCOMPARE(classic->description.text(u"es"_s), u"Carne de res, lechuga y tomate"_s);
    QCOMPARE(classic->calories, 640);
    QCOMPARE(classic->allergens, QStringList({u"wheat"_s, u"milk"_s}));
    QCOMPARE(classic->modifierGroupIds, QStringList({u"burger_size"_s, u"burger_extras"_s}));

    const MenuItem *veggie = menu.item(u"veggie_burger"_s);
    QVERIFY(veggie);
    QCOMPARE(veggie->available, false);

    // Optional keys left out: the defaults apply.
    const MenuItem *cola = menu.item(u"cola"_s);
    QVERIFY(cola);
    QCOMPARE(cola->available, true);
    QVERIFY(cola->description.byLanguage.isEmpty());
    QVERIFY(cola->allergens.isEmpty());
    QVERIFY(cola->modifierGroupIds.isEmpty());

    const ModifierGroup *size = menu.modifierGroup(u"burger_size"_s);
    QVERIFY(size);
    QCOMPARE(size->min, 1);
    QCOMPARE(size->max, 1);
    QCOMPARE(size->options.size(), 2);
    QCOMPARE(size->options[0].isDefault, true);
    QCOMPARE(size->options[1].priceCents, 300);
    const ModifierGroup *extras = menu.modifierGroup(u"burger_extras"_s);
    QVERIFY(extras);
    const ModifierOption *onion = extras->option(u"extra_onion"_s);
    QVERIFY(onion);
    QCOMPARE(onion->priceCents, 0);
    QCOMPARE(onion->isDefault, false);
}

void TestConfigValidation::absoluteDataDirIsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(minimalConfigDir(), dir.path()));
    QFile file(dir.filePath(u"kiosk.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QByteArray dataDir = QDir::cleanPath(dir.path() + u"/elsewhere/../var"_s).toUtf8();
    json.replace("\"data_dir\": \"data\"", "\"data_dir\": \"" + dir.path().toUtf8()
                                                   + "/elsewhere/../var\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();

    ConfigErrors errors;
    const auto loaded = loadConfigDir(dir.path() + u"/./"_s, &errors);
    QCOMPARE(errorLines(errors), QStringList());
    QVERIFY(loaded);
    QCOMPARE(loaded->kiosk.dataDir, QString::fromUtf8(dataDir));
    QCOMPARE(loaded->kiosk.configDir, QDir::cleanPath(dir.path()));
}

void TestConfigValidation::errorFormats()
{
    QCOMPARE((ConfigError{u"menu.json"_s, u"items[12].modifier_groups[0]"_s,
                          u"unknown modifier group \"sizes\""_s})
                     .toString(),
             u"menu.json: items[12].modifier_groups[0]: unknown modifier group \"sizes\""_s);
    QCOMPARE((ConfigError{u"menu.json"_s, {}, u"unterminated string"_s, 3, 15}).toString(),
             u"menu.json:3:15: unterminated string"_s);
    QCOMPARE((ConfigError{u"kiosk.json"_s, {}, u"file not found"_s}).toString(),
             u"kiosk.json: file not found"_s);
    QCOMPARE(JsonReader::join({}, u"items"_s), u"items"_s);
    QCOMPARE(JsonReader::join(JsonReader::index(u"items"_s, 3), u"name"_s), u"items[3].name"_s);
}

// parseMenu also reads the backend's menu: errors carry the given source name, images resolve
// against the given folder.
void TestConfigValidation::menuParserNamesItsSource()
{
    QFile file(minimalConfigDir() + u"/menu.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();

    ConfigErrors errors;
    const auto menu = parseMenu(json, u"GET /v1/menu"_s, minimalConfigDir(), {u"en"_s}, &errors);
    QCOMPARE(errorLines(errors), QStringList());
    QVERIFY(menu);
    QCOMPARE(menu->item(u"cola"_s)->image, minimalConfigDir() + u"/images/items/cola.png"_s);

    QTemporaryDir emptyImageDir;
    QVERIFY(!parseMenu(json, u"GET /v1/menu"_s, emptyImageDir.path(), {u"en"_s, u"fr"_s},
                       &errors));
    // Every text lacks "fr" (13 names, 1 description) and no image is there (6).
    QCOMPARE(errors.size(), 13 + 1 + 6);
    QCOMPARE(errors.first().toString(),
             u"GET /v1/menu: categories[0].name: missing \"fr\" text"_s);
}

// Per-item taxes: absent tax_ids keep the store's rate (nullopt), [] is untaxed, listed ids
// resolve to the menu's taxes in the item's order.
void TestConfigValidation::menuTaxesAreRead()
{
    QFile file(minimalConfigDir() + u"/menu.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(u"taxes"_s, QJsonArray{
        QJsonObject{{u"id"_s, u"t_sales"_s}, {u"name"_s, QJsonObject{{u"en"_s, u"Sales tax"_s}}},
                    {u"rate_bps"_s, 825}},
        QJsonObject{{u"id"_s, u"t_vat"_s}, {u"name"_s, QJsonObject{{u"en"_s, u"VAT"_s}}},
                    {u"rate_bps"_s, 1000}, {u"inclusive"_s, true}},
    });
    QJsonArray items = root.value(u"items"_s).toArray();
    QJsonObject burger = items.at(0).toObject();
    burger.insert(u"tax_ids"_s, QJsonArray{u"t_vat"_s, u"t_sales"_s});
    items.replace(0, burger);
    QJsonObject cola = items.at(2).toObject();
    cola.insert(u"tax_ids"_s, QJsonArray());
    items.replace(2, cola);
    root.insert(u"items"_s, items);

    ConfigErrors errors;
    const auto menu = parseMenu(QJsonDocument(root).toJson(), u"menu.json"_s, minimalConfigDir(),
                                {u"en"_s}, &errors);
    QCOMPARE(errorLines(errors), QStringList());
    QVERIFY(menu);
    QCOMPARE(menu->taxes().size(), 2);
    QCOMPARE(menu->tax(u"t_sales"_s)->rateBps, 825);
    QVERIFY(!menu->tax(u"t_sales"_s)->inclusive); // "inclusive" is optional: additive
    QVERIFY(menu->tax(u"t_vat"_s)->inclusive);
    QCOMPARE(menu->item(u"classic_burger"_s)->taxIds, QStringList({u"t_vat"_s, u"t_sales"_s}));
    const auto burgerTaxes = menu->taxesOf(*menu->item(u"classic_burger"_s));
    QVERIFY(burgerTaxes);
    QCOMPARE(burgerTaxes->size(), 2);
    QCOMPARE(burgerTaxes->at(0).id, u"t_vat"_s);
    QCOMPARE(menu->item(u"cola"_s)->taxIds, QStringList());
    QVERIFY(menu->taxesOf(*menu->item(u"cola"_s))->isEmpty());
    QVERIFY(!menu->item(u"lemonade"_s)->taxIds); // absent: the store's rate
    QVERIFY(!menu->taxesOf(*menu->item(u"lemonade"_s)));
}

void TestConfigValidation::brokenConfig_data()
{
    QTest::addColumn<QString>("caseDir");
    for (const QString &name : brokenConfigNames())
        QTest::newRow(qPrintable(name)) << QDir(brokenConfigsDir()).filePath(name);
    if (brokenConfigNames().isEmpty())
        QTest::newRow("no cases") << QString(); // fails below rather than crashing QFETCH
}

// Each case replaces files of the minimal config (and may list files to delete in `delete`);
// loading it must report exactly the lines of its expected.txt.
void TestConfigValidation::brokenConfig()
{
    QFETCH(QString, caseDir);
    QVERIFY2(!caseDir.isEmpty(), "no cases in tests/data/broken-configs");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(layBrokenConfig(caseDir, dir.path()));

    ConfigErrors errors;
    const auto loaded = loadConfigDir(dir.path(), &errors);
    const QStringList expected = readLines(caseDir + u"/expected.txt"_s);
    showIfDifferent(errorLines(errors), expected);
    QCOMPARE(errorLines(errors), expected);
    QVERIFY(!loaded);
}

void TestConfigValidation::corpusIsLargeEnough()
{
    const QStringList names = brokenConfigNames();
    QVERIFY2(names.size() >= 30, qPrintable(u"only %1 cases"_s.arg(names.size())));
    for (const QString &name : names)
        QVERIFY2(QFile::exists(brokenConfigsDir() + u'/' + name + u"/expected.txt"_s),
                 qPrintable(name));
}

// Symlinks can only be made at run time: an image, and a folder of images, that lead out of the
// config folder are refused with the path named; one that stays inside is fine. A backend's
// menu is held to the same folder.
void TestConfigValidation::imageSymlinksOutOfTheFolderAreRefused()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    QVERIFY(copyTree(minimalConfigDir(), dir.path()));
    const QString images = dir.filePath(u"images"_s);
    // The items folder is a link out.
    QVERIFY(QDir(images + u"/items"_s).removeRecursively());
    QVERIFY(copyTree(minimalConfigDir() + u"/images/items"_s, outside.filePath(u"items"_s)));
    QVERIFY(QFile::link(outside.filePath(u"items"_s), images + u"/items"_s));
    // The categories folder links inside, fine; one picture in it links out.
    QVERIFY(QFile::rename(images + u"/categories"_s, images + u"/real"_s));
    QVERIFY(QFile::link(images + u"/real"_s, images + u"/categories"_s));
    QVERIFY(QFile::rename(images + u"/real/drinks.png"_s, outside.filePath(u"secret.png"_s)));
    QVERIFY(QFile::link(outside.filePath(u"secret.png"_s), images + u"/real/drinks.png"_s));

    ConfigErrors errors;
    QVERIFY(!loadConfigDir(dir.path(), &errors));
    const QString real = QFileInfo(outside.path()).canonicalFilePath();
    const QStringList expected = {
        u"menu.json: categories[1].image: must stay inside the config folder, got \"images/categories/drinks.png\" which leads to %1/secret.png"_s.arg(real),
        u"menu.json: items[0].image: must stay inside the config folder, got \"images/items/classic_burger.png\" which leads to %1/items/classic_burger.png"_s.arg(real),
        u"menu.json: items[1].image: must stay inside the config folder, got \"images/items/veggie_burger.png\" which leads to %1/items/veggie_burger.png"_s.arg(real),
        u"menu.json: items[2].image: must stay inside the config folder, got \"images/items/cola.png\" which leads to %1/items/cola.png"_s.arg(real),
        u"menu.json: items[3].image: must stay inside the config folder, got \"images/items/lemonade.png\" which leads to %1/items/lemonade.png"_s.arg(real),
    };
    showIfDifferent(errorLines(errors), expected);
    QCOMPARE(errorLines(errors), expected);

    QFile file(minimalConfigDir() + u"/menu.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll().replace("images/items/cola.png", "../../../../../../../../etc/passwd");
    ConfigErrors backend;
    QVERIFY(!parseMenu(json, u"GET /v1/menu"_s, minimalConfigDir(), {u"en"_s, u"es"_s}, &backend));
    QCOMPARE(errorLines(backend), QStringList{
        u"GET /v1/menu: items[2].image: must stay inside the config folder, got \"../../../../../../../../etc/passwd\""_s});
}

void TestConfigValidation::sampleStoreLoads()
{
    const QString dir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
    if (!QFile::exists(dir + u"/kiosk.json"_s))
        QSKIP("kiosk-config/kiosk.json is not there yet");
    ConfigErrors errors;
    const auto loaded = loadConfigDir(dir, &errors);
    showIfDifferent(errorLines(errors), {});
    QCOMPARE(errorLines(errors), QStringList());
    QVERIFY(loaded);
    QVERIFY(!loaded->menu.items().isEmpty());

    // The loyalty rules refpos also earns by, so the estimate and points_earned agree.
    const LoyaltyRules &loyalty = loaded->kiosk.loyalty;
    QVERIFY(loyalty.enabled);
    QCOMPARE(loyalty.pointsPerDollar, 10);
    QCOMPARE(loyalty.tierMultiplierPercent.value(u"Gold"_s), 150);
    QCOMPARE(loyalty.tierMultiplierPercent.value(u"Platinum"_s), 200);
    QCOMPARE(loyalty.birthdayBonusPoints, 100);
    QCOMPARE(loyalty.offlineRedemptionCapCents, 500);
    QCOMPARE(loyalty.phoneRegion, u"US"_s);
}

QTEST_GUILESS_MAIN(TestConfigValidation)
#include "tst_configvalidation.moc"
