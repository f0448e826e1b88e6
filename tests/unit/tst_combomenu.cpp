// menu.json's combos as the kiosk reads them (tests/data/combo-menu): a category that holds
// only combos, steps, picks, deltas and tax ids; ids shared with items. The broken cases are
// tests/data/broken-configs/84- to 88-.
#include "config/configloader.h"
#include "config/menuparser.h"
#include "support/files.h"
#include "support/samplestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

class TestComboMenu : public QObject
{
    Q_OBJECT

private:
    static QByteArray comboMenuJson()
    {
        QFile file(QStringLiteral(KIOSK_TEST_DATA_DIR "/combo-menu/menu.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void combosAreRead()
    {
        ConfigErrors errors;
        const auto menu = parseMenu(comboMenuJson(), u"menu.json"_s, test::minimalConfigDir(),
                                    {u"en"_s, u"es"_s}, &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(menu);
        QCOMPARE(menu->combos().size(), 2);
        const Combo *meal = menu->combo(u"burger_meal"_s);
        QVERIFY(meal);
        QCOMPARE(meal->categoryId, u"meals"_s);
        QCOMPARE(meal->name.text(u"es"_s), u"Combo hamburguesa"_s);
        QCOMPARE(meal->description.text(u"en"_s), u"A burger and a drink"_s);
        QVERIFY(meal->image.endsWith(u"/images/items/classic_burger.png"_s));
        QCOMPARE(meal->priceCents, 1099);
        QVERIFY(!meal->taxIds); // absent: the store's rate
        QCOMPARE(meal->steps.size(), 2);
        QCOMPARE(meal->steps.at(0).id, u"main"_s);
        QCOMPARE(meal->steps.at(0).pick, 1);
        QCOMPARE(meal->steps.at(0).choices,
                 (QList<ComboChoice>{{u"classic_burger"_s, 0}, {u"veggie_burger"_s, 50}}));
        QCOMPARE(menu->combo(u"two_drinks"_s)->steps.at(0).pick, 2);
        QCOMPARE(menu->combo(u"two_drinks"_s)->taxIds, QStringList()); // [] untaxed
        QVERIFY(meal->availableAt.isEmpty()); // always
        const QList<AvailabilityWindow> lateNight{{{Qt::Friday, Qt::Saturday}, QTime(22, 0), QTime(2, 0)}};
        QCOMPARE(menu->combo(u"two_drinks"_s)->availableAt, lateNight);
        // "meals" holds only combos, and that is a category with something in it.
        QVERIFY(menu->itemsInCategory(u"meals"_s).isEmpty());
        QCOMPARE(menu->combosInCategory(u"meals"_s).size(), 2);
        QCOMPARE(menu->combosWithMain(u"classic_burger"_s).constFirst()->id, u"burger_meal"_s);
        QVERIFY(!menu->item(u"burger_meal"_s)); // a combo is not an item
    }

    // Laid over the minimal config, as a store would have it: the loader takes it whole.
    void storeWithCombosLoads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(test::copyTree(test::minimalConfigDir(), dir.path()));
        QFile menu(dir.filePath(u"menu.json"_s));
        QVERIFY(menu.open(QIODevice::WriteOnly | QIODevice::Truncate));
        menu.write(comboMenuJson());
        menu.close();
        ConfigErrors errors;
        const auto loaded = loadConfigDir(dir.path(), &errors);
        QCOMPARE(formatErrors(errors), QString());
        QVERIFY(loaded);
        QCOMPARE(loaded->menu.combos().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestComboMenu)
#include "tst_combomenu.moc"
