// Fixed-width columns: words wrap whole, a too-long word is cut, amounts stay at the right edge.
#include "print/textcolumns.h"

#include <QtTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TstTextColumns : public QObject
{
    Q_OBJECT

private slots:
    void wrapsBetweenWords()
    {
        QCOMPARE(wrapWords(u"Extra cheese and bacon"_s, 12), QStringList({u"Extra cheese"_s, u"and bacon"_s}));
        QCOMPARE(wrapWords(u"Extra cheese and bacon"_s, 12, 2), QStringList({u"Extra cheese"_s, u"  and bacon"_s}));
        QCOMPARE(wrapWords(u"  + Extra cheese"_s, 10, 4), QStringList({u"  + Extra"_s, u"    cheese"_s}));
        QCOMPARE(wrapWords(QString(), 10), QStringList({QString()}));
    }

    void cutsAWordLongerThanALine()
    {
        QCOMPARE(wrapWords(u"Supercalifragilistic"_s, 8), QStringList({u"Supercal"_s, u"ifragili"_s, u"stic"_s}));
    }

    void countsOneColumnPerLetter()
    {
        // Composed accents and one '?' for an emoji: the same column count as the bytes printed.
        QCOMPARE(wrapWords(u"Jalapen\u0303o 😀 ñ"_s, 10), QStringList({u"Jalapeño ?"_s, u"ñ"_s}));
    }

    void amountAtTheRightEdge()
    {
        const QStringList lines = amountLines(u"2 x Hamburguesa doble con jalapeños"_s, u"$17.98"_s, 32, 4);
        QCOMPARE(lines, QStringList({u"2 x Hamburguesa doble con $17.98"_s, u"    jalapeños"_s}));
        QCOMPARE(lines.at(0).size(), 32);
        QCOMPARE(amountLines(u"TOTAL"_s, u"$31.36"_s, 20), QStringList({u"TOTAL         $31.36"_s}));
        // No room for a label: the amount gets its own line.
        QCOMPARE(amountLines(u"Subtotal"_s, u"$1,234,567.00"_s, 16), QStringList({u"Subtotal"_s, u"   $1,234,567.00"_s}));
        QCOMPARE(amountLines(u"Note"_s, QString(), 16), QStringList({u"Note"_s}));
        QCOMPARE(separatorLine(4), u"----"_s);
    }
};

QTEST_GUILESS_MAIN(TstTextColumns)
#include "tst_textcolumns.moc"
