// Issue 18's config: kiosk.json loyalty.join and the optional promotions.json, as the sample
// store and the minimal config have them, and promotions.json's place in the config version and
// the watched files. The broken cases are in tests/data/broken-configs (97 onwards).
#include "config/configloader.h"
#include "config/configsnapshot.h"
#include "support/brokenconfigs.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;
using namespace kiosk::test;

class TestPromotionsConfig : public QObject
{
    Q_OBJECT

private slots:
    void minimalConfigHasNeither()
    {
        ConfigErrors errors;
        const auto loaded = loadConfigDir(minimalConfigDir(), &errors);
        QVERIFY(loaded);
        QCOMPARE(loaded->kiosk.loyalty.join, LoyaltyRules::Join());
        QVERIFY(loaded->promotions.isEmpty());
    }

    void sampleStoreOffersJoiningAndTwoCodes()
    {
        ConfigErrors errors;
        const auto loaded = loadConfigDir(sampleConfigDir(), &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(loaded);
        const LoyaltyRules::Join &join = loaded->kiosk.loyalty.join;
        QVERIFY(join.enabled);
        QCOMPARE(join.termsVersion, u"2026-12"_s);
        QVERIFY(join.terms.byLanguage.value(u"en"_s).contains(u"Harbor Rewards"_s));
        QVERIFY(join.terms.byLanguage.value(u"es"_s).contains(u"Harbor Rewards"_s));

        QCOMPARE(loaded->promotions.size(), 2);
        const Promotion &save10 = loaded->promotions.at(0);
        QCOMPARE(save10.code, u"SAVE10"_s);
        QCOMPARE(save10.kind, Promotion::Kind::PercentOff);
        QCOMPARE(save10.percent, 10);
        QCOMPARE(save10.minSubtotalCents, 1500);
        QCOMPARE(save10.validUntil, QDateTime::fromString(u"2027-12-31T08:00:00Z"_s, Qt::ISODate));
        QVERIFY(!save10.combinesWithRewards);
        const Promotion &fries = loaded->promotions.at(1);
        QCOMPARE(fries.code, u"FREEFRIES"_s);
        QCOMPARE(fries.kind, Promotion::Kind::FreeItem);
        QVERIFY(loaded->menu.item(fries.itemId));
        QVERIFY(fries.combinesWithRewards);
    }

    // Disabled, the section may keep its terms for later (still checked); joining stays off.
    void joinDisabledWithTerms()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(minimalConfigDir(), dir.path()));
        QJsonObject root = readJson(dir.filePath(u"kiosk.json"_s));
        root.insert(u"loyalty"_s, QJsonObject{
            {u"enabled"_s, true}, {u"points_per_dollar"_s, 10},
            {u"join"_s, QJsonObject{{u"enabled"_s, false},
                                    {u"terms"_s, QJsonObject{{u"en"_s, u"Terms"_s}, {u"es"_s, u"Términos"_s}}}}}});
        QVERIFY(writeJson(dir.filePath(u"kiosk.json"_s), root));
        ConfigErrors errors;
        const auto loaded = loadConfigDir(dir.path(), &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(loaded);
        QVERIFY(!loaded->kiosk.loyalty.join.enabled);
        QCOMPARE(loaded->kiosk.loyalty.join.terms.text(u"es"_s), u"Términos"_s);
    }

    // A store without promotions.json keeps the version it had; adding one changes it, and the
    // file is watched either way (its folder is, so its creation is seen).
    void promotionsFileInTheVersion()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(minimalConfigDir(), dir.path()));
        const ConfigSnapshot before = readConfigSnapshot(dir.path());
        QVERIFY(before.config);
        QCOMPARE(before.version, configVersionOf(dir.path(), referencedImages(*before.config)));
        QVERIFY(before.files.contains(QDir(dir.path()).filePath(u"promotions.json"_s)));

        const QJsonObject promotion{{u"code"_s, u"COLA"_s}, {u"name"_s, QJsonObject{{u"en"_s, u"Free cola"_s}, {u"es"_s, u"Cola gratis"_s}}},
                                    {u"kind"_s, u"free_item"_s}, {u"item_id"_s, u"cola"_s}};
        QVERIFY(writeJson(dir.filePath(u"promotions.json"_s), QJsonObject{{u"promotions"_s, QJsonArray{promotion}}}));
        const ConfigSnapshot after = readConfigSnapshot(dir.path());
        QVERIFY(after.config);
        QCOMPARE(after.config->promotions.size(), 1);
        QVERIFY(after.version != before.version);

        QVERIFY(QFile::remove(dir.filePath(u"promotions.json"_s)));
        QCOMPARE(readConfigSnapshot(dir.path()).version, before.version);
    }
};

QTEST_GUILESS_MAIN(TestPromotionsConfig)
#include "tst_promotionsconfig.moc"
