#include "square/squareids.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

class TestSquareIds : public QObject
{
    Q_OBJECT

private slots:
    void everyKindGoesThereAndBack_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("kioskId");
        const QString id = u"W62UWFY35CWMYGVWK6TWJDNI"_s;
        QTest::newRow("category") << int(SquareIdKind::Category) << u"c_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("modifier list") << int(SquareIdKind::ModifierList) << u"l_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("modifier") << int(SquareIdKind::Modifier) << u"m_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("variation") << int(SquareIdKind::Variation) << u"v_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("item") << int(SquareIdKind::Item) << u"i_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("size group") << int(SquareIdKind::SizeGroup) << u"s_w62uwfy35cwmygvwk6twjdni"_s;
        QTest::newRow("tax") << int(SquareIdKind::Tax) << u"t_w62uwfy35cwmygvwk6twjdni"_s;
    }

    void everyKindGoesThereAndBack()
    {
        QFETCH(int, kind);
        QFETCH(QString, kioskId);
        const QString squareId = u"W62UWFY35CWMYGVWK6TWJDNI"_s;
        QCOMPARE(kioskIdFor(SquareIdKind(kind), squareId), kioskId);
        const std::optional<SquareRef> back = squareRefFor(kioskId);
        QVERIFY(back);
        QCOMPARE(int(back->kind), kind);
        QCOMPARE(back->squareId, squareId);
    }

    void idsThatAreNotSquaresPermanentOnesAreNotMapped()
    {
        // Temporary ids ("#Burger"), lower case, dashes and empty ids would not come back as
        // they went: the mapper lists such objects instead.
        QCOMPARE(kioskIdFor(SquareIdKind::Item, u"#Burger"_s), std::nullopt);
        QCOMPARE(kioskIdFor(SquareIdKind::Item, u"abc123"_s), std::nullopt);
        QCOMPARE(kioskIdFor(SquareIdKind::Item, u"AB-12"_s), std::nullopt);
        QCOMPARE(kioskIdFor(SquareIdKind::Item, QString()), std::nullopt);
        QCOMPARE(kioskIdFor(SquareIdKind::Item, QString(65, u'A')), std::nullopt);
        QVERIFY(kioskIdFor(SquareIdKind::Item, QString(64, u'A')));
    }

    void kioskIdsOfAFileMenuAreNotSquareRefs()
    {
        QCOMPARE(squareRefFor(u"classic_burger"_s), std::nullopt);
        QCOMPARE(squareRefFor(u"v_"_s), std::nullopt);
        QCOMPARE(squareRefFor(u"x_abc"_s), std::nullopt);
        QCOMPARE(squareRefFor(u"v_abc-1"_s), std::nullopt);
    }

    void aVariantOfAModifierListNamesTheSameObjects()
    {
        // The catalog mapper's per-item groups: the order line still finds the MODIFIER.
        QCOMPARE(kioskIdFor(SquareIdKind::Modifier, u"ABC1"_s, 2), u"m_abc1_2"_s);
        QCOMPARE(kioskIdFor(SquareIdKind::ModifierList, u"ABC1"_s, 1), u"l_abc1"_s);
        QCOMPARE(kioskIdFor(SquareIdKind::Modifier, u"ABC1"_s, 0), std::nullopt);
        QCOMPARE(squareRefFor(u"m_abc1_2"_s), (SquareRef{SquareIdKind::Modifier, u"ABC1"_s}));
        QCOMPARE(squareRefFor(u"l_abc1_12"_s), (SquareRef{SquareIdKind::ModifierList, u"ABC1"_s}));
        QCOMPARE(squareRefFor(u"m_abc1_"_s), std::nullopt);
        QCOMPARE(squareRefFor(u"m_abc1_02"_s), std::nullopt);
        QCOMPARE(squareRefFor(u"m__2"_s), std::nullopt);
    }

    void objectTypesAreSquares()
    {
        QCOMPARE(squareObjectType(SquareIdKind::Variation), u"ITEM_VARIATION"_s);
        QCOMPARE(squareObjectType(SquareIdKind::SizeGroup), u"ITEM"_s);
        QCOMPARE(squareObjectType(SquareIdKind::ModifierList), u"MODIFIER_LIST"_s);
    }
};

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestSquareIds)
#include "tst_squareids.moc"
