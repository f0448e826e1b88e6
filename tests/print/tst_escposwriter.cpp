// The ESC/POS subset's exact bytes, and the CP1252 text every Spanish ticket needs.
#include "print/cp1252.h"
#include "print/escposwriter.h"

#include <QtTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TstEscPosWriter : public QObject
{
    Q_OBJECT

private slots:
    void eachCommandsBytes()
    {
        QCOMPARE(EscPosWriter().initialize().bytes(), QByteArray("\x1B\x40"));
        QCOMPARE(EscPosWriter().codePage(16).bytes(), QByteArray("\x1B\x74\x10"));
        QCOMPARE(EscPosWriter().align(EscPosWriter::Align::Left).bytes(), QByteArray("\x1B\x61\x00", 3));
        QCOMPARE(EscPosWriter().align(EscPosWriter::Align::Centre).bytes(), QByteArray("\x1B\x61\x01"));
        QCOMPARE(EscPosWriter().align(EscPosWriter::Align::Right).bytes(), QByteArray("\x1B\x61\x02"));
        QCOMPARE(EscPosWriter().bold(true).bytes(), QByteArray("\x1B\x45\x01"));
        QCOMPARE(EscPosWriter().bold(false).bytes(), QByteArray("\x1B\x45\x00", 3));
        QCOMPARE(EscPosWriter().size(1, 1).bytes(), QByteArray("\x1D\x21\x00", 3));
        QCOMPARE(EscPosWriter().size(2, 2).bytes(), QByteArray("\x1D\x21\x11"));
        QCOMPARE(EscPosWriter().size(1, 2).bytes(), QByteArray("\x1D\x21\x01"));
        QCOMPARE(EscPosWriter().size(8, 8).bytes(), QByteArray("\x1D\x21\x77"));
        QCOMPARE(EscPosWriter().size(12, 0).bytes(), QByteArray("\x1D\x21\x70"));
        QCOMPARE(EscPosWriter().line(u"Hi"_s).bytes(), QByteArray("Hi\x0A"));
        QCOMPARE(EscPosWriter().feed(3).bytes(), QByteArray("\x1B\x64\x03"));
        QCOMPARE(EscPosWriter().cut(0).bytes(), QByteArray("\x1D\x56\x42\x00", 4));
        QCOMPARE(EscPosWriter().cut(3).bytes(), QByteArray("\x1D\x56\x42\x03"));
        QCOMPARE(EscPosWriter().initialize().codePage(16).line(u"A"_s).bytes(), QByteArray("\x1B\x40\x1B\x74\x10" "A\x0A"));
    }

    void rasterIsGsV0WithWholeBytes()
    {
        MonoRaster image(2, 3); // 16 x 3 dots
        image.setDot(0, 0);
        image.setDot(15, 2);
        image.setDot(9, 1);
        QVERIFY(image.dot(0, 0) && image.dot(15, 2) && image.dot(9, 1) && !image.dot(1, 0));
        const QByteArray expected("\x1D\x76\x30\x00\x02\x00\x03\x00"
                                  "\x80\x00"
                                  "\x00\x40"
                                  "\x00\x01", 14);
        QCOMPARE(EscPosWriter().raster(image).bytes(), expected);

        MonoRaster wide(300, 1);
        QCOMPARE(EscPosWriter().raster(wide).bytes().left(8), QByteArray("\x1D\x76\x30\x00\x2C\x01\x01\x00", 8));
        QCOMPARE(EscPosWriter().raster(MonoRaster()).bytes(), QByteArray());
    }

    void spanishTextIsCp1252()
    {
        QCOMPARE(toCp1252(u"¿Jalapeño? ¡Sí! €"_s),
                 QByteArray("\xBF" "Jalape\xF1o? \xA1S\xED! \x80"));
        QCOMPARE(toCp1252(u"áéíóúÁÉÍÓÚñÑüÜ"_s),
                 QByteArray("\xE1\xE9\xED\xF3\xFA\xC1\xC9\xCD\xD3\xDA\xF1\xD1\xFC\xDC"));
        QCOMPARE(EscPosWriter().line(u"¡Sí!"_s).bytes(), QByteArray("\xA1S\xED!\x0A"));
    }

    void anythingElseIsOneQuestionMark()
    {
        // An emoji is two UTF-16 units and one '?': columns stay right.
        QCOMPARE(toCp1252(u"a漢😀b"_s), QByteArray("a??b"));
        // A decomposed é is composed first.
        QCOMPARE(toCp1252(u"e\u0301"_s), QByteArray("\xE9"));
        // Control characters would be printer commands; odd spaces are spaces.
        QCOMPARE(toCp1252(u"a\tb\nc\x1B" "d\u202Fe\u00A0f"_s), QByteArray("a b c d e f"));
        QCOMPARE(printableText(u"x😀y"_s), u"x?y"_s);
        QCOMPARE(toCp1252(u"“Curly” – dash…"_s), QByteArray("\x93" "Curly\x94 \x96 dash\x85"));
    }
};

QTEST_GUILESS_MAIN(TstEscPosWriter)
#include "tst_escposwriter.moc"
