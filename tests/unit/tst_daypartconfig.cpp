#include "config/availabilityreader.h"
#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/kioskconfigparser.h"
#include "config/menuparser.h"
#include "support/brokenconfigs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;
using namespace kiosk::test;

// kiosk.json time_zone and business_day_starts_at, menu.json available_at: what a valid file
// reads into. What an invalid one says is in tests/data/broken-configs (78 to 82).
class TestDaypartConfig : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimal(const char *file)
    {
        QFile f(minimalConfigDir() + u'/' + QString::fromLatin1(file));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    static std::optional<KioskConfig> kioskWith(const QJsonObject &extra, ConfigErrors *errors)
    {
        QJsonObject root = minimal("kiosk.json");
        for (auto it = extra.begin(); it != extra.end(); ++it)
            root.insert(it.key(), it.value());
        return parseKioskConfig(QJsonDocument(root).toJson(), minimalConfigDir(), errors);
    }

private slots:
    void absentKeysMeanTheSystemZoneAndFourInTheMorning()
    {
        ConfigErrors errors;
        const auto config = kioskWith({}, &errors);
        QVERIFY(config);
        QVERIFY(config->storeTime.timeZoneId.isEmpty());
        QCOMPARE(config->storeTime.timeZone(), QTimeZone::systemTimeZone());
        QCOMPARE(config->storeTime.businessDayStartsAt, QTime(4, 0));
    }

    void timeZoneAndBusinessDayAreRead()
    {
        ConfigErrors errors;
        const auto config = kioskWith({{u"time_zone"_s, u"America/Los_Angeles"_s},
                                       {u"business_day_starts_at"_s, u"05:30"_s}},
                                      &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(config);
        QCOMPARE(config->storeTime.timeZoneId, QByteArray("America/Los_Angeles"));
        QCOMPARE(config->storeTime.timeZone().id(), QByteArray("America/Los_Angeles"));
        QCOMPARE(config->storeTime.businessDayStartsAt, QTime(5, 30));
    }

    // Names outside zone.tab are IANA names too: Qt 6.4 alone would refuse them.
    void linksAndEtcZonesAreTimeZones()
    {
        for (const QString &name : {u"Etc/UTC"_s, u"US/Pacific"_s, u"UTC"_s}) {
            ConfigErrors errors;
            const auto config = kioskWith({{u"time_zone"_s, name}}, &errors);
            QVERIFY2(config, qPrintable(formatErrors(errors)));
            QVERIFY(config->storeTime.timeZone().isValid());
        }
        for (const QString &name : {u"../../etc/passwd"_s, u"PST"_s, u"Mars/Base"_s}) {
            ConfigErrors errors;
            QVERIFY2(!kioskWith({{u"time_zone"_s, name}}, &errors), qPrintable(name));
            QCOMPARE(formatErrors(errors).trimmed(),
                     u"kiosk.json: time_zone: unknown time zone \"%1\" (an IANA name such as \"America/Los_Angeles\")"_s.arg(name));
        }
    }

    void clockTimesFromMidnightToOneMinuteBefore()
    {
        ConfigErrors errors;
        JsonReader reader(u"menu.json"_s, &errors);
        const QJsonObject o{{u"a"_s, u"00:00"_s}, {u"b"_s, u"23:59"_s}, {u"c"_s, u"09:05"_s}};
        QCOMPARE(readClockTime(reader, o, {}, u"a"_s), QTime(0, 0));
        QCOMPARE(readClockTime(reader, o, {}, u"b"_s), QTime(23, 59));
        QCOMPARE(readClockTime(reader, o, {}, u"c"_s), QTime(9, 5));
        QVERIFY(errors.isEmpty());
    }

    void windowsOnCategoriesAndItemsAreRead()
    {
        QJsonObject root = minimal("menu.json");
        QJsonArray categories = root.value(u"categories"_s).toArray();
        QJsonObject burgers = categories.at(0).toObject();
        burgers.insert(u"available_at"_s, QJsonArray{QJsonObject{
                {u"days"_s, QJsonArray{u"fri"_s, u"sat"_s}}, {u"from"_s, u"22:00"_s}, {u"to"_s, u"02:00"_s}}});
        categories.replace(0, burgers);
        root.insert(u"categories"_s, categories);
        QJsonArray items = root.value(u"items"_s).toArray();
        QJsonObject cola = items.at(2).toObject();
        cola.insert(u"available_at"_s, QJsonArray{
                QJsonObject{{u"days"_s, QJsonArray{u"sun"_s, u"mon"_s}}, {u"from"_s, u"06:00"_s}, {u"to"_s, u"10:30"_s}},
                QJsonObject{{u"days"_s, QJsonArray{u"wed"_s}}, {u"from"_s, u"17:00"_s}, {u"to"_s, u"00:00"_s}}});
        items.replace(2, cola);
        root.insert(u"items"_s, items);

        ConfigErrors errors;
        const auto menu = parseMenu(QJsonDocument(root).toJson(), u"menu.json"_s, minimalConfigDir(),
                                    {u"en"_s, u"es"_s}, &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(menu);
        const QList<AvailabilityWindow> late = {{{Qt::Friday, Qt::Saturday}, QTime(22, 0), QTime(2, 0)}};
        QCOMPARE(menu->category(u"burgers"_s)->availableAt, late);
        QVERIFY(menu->category(u"drinks"_s)->availableAt.isEmpty());
        const QList<AvailabilityWindow> colaWindows = {
                {{Qt::Sunday, Qt::Monday}, QTime(6, 0), QTime(10, 30)},
                {{Qt::Wednesday}, QTime(17, 0), QTime(0, 0)}};
        QCOMPARE(menu->item(u"cola"_s)->availableAt, colaWindows);
        QVERIFY(menu->item(u"lemonade"_s)->availableAt.isEmpty());

        // A burger at 23:00 on a Friday in Los Angeles; not on a Thursday.
        const QTimeZone la(QByteArray("America/Los_Angeles"));
        const MenuItem &burger = *menu->item(u"classic_burger"_s);
        QVERIFY(menu->isOrderableAt(burger, QDateTime(QDate(2026, 12, 11), QTime(23, 0), la), la));
        QVERIFY(!menu->isOrderableAt(burger, QDateTime(QDate(2026, 12, 10), QTime(23, 0), la), la));
    }

    // The sample store serves breakfast 06:00-10:30 on Los Angeles's clock.
    void theSampleStoreHasABreakfastDaypart()
    {
        ConfigErrors errors;
        const auto loaded = loadConfigDir(sampleConfigDir(), &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(loaded);
        const QTimeZone zone = loaded->kiosk.storeTime.timeZone();
        QCOMPARE(zone.id(), QByteArray("America/Los_Angeles"));
        const Menu &menu = loaded->menu;
        const Category &breakfast = *menu.category(u"breakfast"_s);
        const QDateTime seven = QDateTime(QDate(2026, 12, 12), QTime(7, 0), zone);
        QVERIFY(menu.isVisibleAt(breakfast, seven, zone));
        QVERIFY(!menu.isVisibleAt(breakfast, seven.addSecs(4 * 3600), zone));
        QVERIFY(!menu.isOrderableAt(*menu.item(u"buttermilk_pancakes"_s), seven.addSecs(4 * 3600), zone));
        QCOMPARE(nextChangeAfter(breakfast.availableAt, seven, zone),
                 QDateTime(QDate(2026, 12, 12), QTime(10, 30), zone).toUTC());
        QVERIFY(menu.isVisibleAt(*menu.category(u"burgers"_s), seven.addSecs(4 * 3600), zone));
    }
};

QTEST_GUILESS_MAIN(TestDaypartConfig)
#include "tst_daypartconfig.moc"
