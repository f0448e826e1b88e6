#include "printersim/escposdecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *bytes)
{
    return QByteArray::fromHex(bytes);
}

const QByteArray Init = hex("1b40");
const QByteArray Cut = hex("1d564200");

QByteArray ticket(const QByteArray &body)
{
    return Init + body + Cut;
}

// The smallest rectangle holding every black pixel of `image` inside `area`.
QRect inkBox(const QImage &image, const QRect &area)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

class TestEscPosDecoder : public QObject
{
    Q_OBJECT

private slots:
    void commandsAsText()
    {
        const QByteArray body = hex("1b7410") + hex("1b6101") + hex("1b4501") + hex("1d2111") + "Burger Palace\n"
                              + hex("1b4500") + hex("1d2177") + "A-042\n" + hex("1d2100") + hex("1b6100")
                              + "2 x Burger      5.00  \n" + hex("1b6402") + hex("1b6102") + "Total "
                              + hex("1b4501") + hex("1d2101") + "9.50" + hex("1b4500") + hex("1d2100") + "\n"
                              + hex("1b6100") + "Thanks" + hex("1b6400");
        const DecodedTicket decoded = decodeTicket(ticket(body));
        QCOMPARE(decoded.problems, QStringList());
        QVERIFY(decoded.cut);
        QCOMPARE(decoded.codePages, QList<int>{16});
        QCOMPARE(decoded.text, u"^{b}{2x2}Burger Palace{/b}\n"
                               "^{8x8}A-042\n"
                               "|2 x Burger      5.00\n"
                               "\n"
                               "\n"
                               ">Total {b}{1x2}9.50{/b}\n"
                               "|Thanks\n"_s);
        QCOMPARE(decoded.image.width(), 576);
        QCOMPARE(decoded.image.height(), 4 * 30 + 48 + 6 + 192 + 6 + 48 + 6);
    }

    void cp1252Accents()
    {
        // "Café ñandú, piña: €5" and ¿¡ÁÉÍÓÚÜÑ in CP1252.
        const QByteArray body = "Caf" + hex("e9") + " " + hex("f1") + "and" + hex("fa") + ", pi" + hex("f1") + "a: "
                              + hex("80") + "5\n" + hex("bfa1c1c9cdd3dadcd1") + "\n";
        const DecodedTicket decoded = decodeTicket(ticket(body));
        QCOMPARE(decoded.problems, QStringList());
        QCOMPARE(decoded.text, u"|Café ñandú, piña: €5\n|¿¡ÁÉÍÓÚÜÑ\n"_s);
        // Bytes CP1252 leaves undefined print '?', and say so.
        const DecodedTicket undefined = decodeTicket(ticket("a" + hex("81") + "b\n"));
        QCOMPARE(undefined.text, u"|a?b\n"_s);
        QCOMPARE(undefined.problems.size(), 1);
        QVERIFY2(undefined.problems.first().contains(u"0x81"), qPrintable(undefined.problems.first()));
    }

    void rasterExact()
    {
        // 16 x 3 dots, centred: rows 0xF0 0x0F / 0x81 0x18 / 0xFF 0x00.
        const QByteArray rows = hex("f00f" "8118" "ff00");
        const QByteArray body = hex("1b6101") + hex("1d763000" "0200" "0300") + rows;
        const DecodedTicket decoded = decodeTicket(ticket(body));
        QCOMPARE(decoded.problems, QStringList());
        QCOMPARE(decoded.text, u"^{image 16x3}\n"_s);
        QCOMPARE(decoded.image.height(), 3);
        const int left = (576 - 16) / 2;
        for (int y = 0; y < 3; ++y) {
            for (int x = 0; x < 576; ++x) {
                const bool inside = x >= left && x < left + 16;
                const int bit = inside ? (quint8(rows.at(y * 2 + (x - left) / 8)) >> (7 - (x - left) % 8)) & 1 : 0;
                QCOMPARE(qGray(decoded.image.pixel(x, y)), bit ? 0 : 255);
            }
        }
    }

    void textIsDrawnAtItsSize()
    {
        const DecodedTicket decoded = decodeTicket(ticket("H\n" + hex("1d2110") + "H\n" + hex("1d2111") + "H\n"));
        QCOMPARE(decoded.problems, QStringList());
        const QRect small = inkBox(decoded.image, QRect(0, 0, 12, 30));
        const QRect wide = inkBox(decoded.image, QRect(0, 30, 24, 30));
        const QRect large = inkBox(decoded.image, QRect(0, 60, 24, 54));
        QVERIFY(!small.isEmpty());
        QCOMPARE(wide.width(), small.width() * 2);
        QCOMPARE(wide.height(), small.height());
        QCOMPARE(large.size(), small.size() * 2);
        QVERIFY(inkBox(decoded.image, QRect(12, 0, 564, 30)).isEmpty());
        // The same bytes, the same picture; bold is another picture.
        QCOMPARE(decodeTicket(ticket("H\n" + hex("1d2110") + "H\n" + hex("1d2111") + "H\n")).image, decoded.image);
        const DecodedTicket bold = decodeTicket(ticket(hex("1b4501") + "H\n"));
        QVERIFY(bold.image.copy(0, 0, 12, 30) != decoded.image.copy(0, 0, 12, 30));
    }

    void justification()
    {
        const DecodedTicket decoded = decodeTicket(ticket(hex("1b6101") + "AB\n" + hex("1b6102") + "AB\n"));
        QCOMPARE(decoded.text, u"^AB\n>AB\n"_s);
        QCOMPARE(inkBox(decoded.image, QRect(0, 0, 576, 30)).left() / 12, (48 - 2) / 2);
        QCOMPARE(inkBox(decoded.image, QRect(0, 30, 576, 30)).left() / 12, 48 - 2);
    }

    void narrowPaperWraps()
    {
        const QByteArray line(33, 'x');
        const DecodedTicket decoded = decodeTicket(ticket(line + "\n"), 58);
        QCOMPARE(decoded.image.width(), 384);
        QCOMPARE(decoded.text, u"|%1\n|x\n"_s.arg(QString(32, u'x')));
        QCOMPARE(decoded.problems.size(), 1);
        QVERIFY(decodeTicket(ticket(line + "\n"), 80).problems.isEmpty());
    }

    void incrementalEqualsWhole()
    {
        // A line too wide (a problem inside a text run that arrives in pieces), a raster image
        // holding command bytes, a size change.
        const QByteArray bytes = ticket(QByteArray(50, 'w') + hex("81") + "Caf" + hex("e9")
                                        + hex("1d763000" "0100" "0200" "1004" "1d2111") + "ok\n")
                               + ticket("second\n");
        EscPosDecoder decoder;
        QList<DecodedTicket> tickets;
        for (const char byte : bytes)
            tickets += decoder.feed(QByteArrayView(&byte, 1));
        QCOMPARE(tickets.size(), 2);
        QVERIFY(!decoder.hasPending());
        const DecodedTicket whole = decodeTicket(bytes.first(bytes.indexOf(Cut) + Cut.size()));
        QCOMPARE(tickets.first().text, whole.text);
        QCOMPARE(tickets.first().problems, whole.problems);
        QCOMPARE(whole.problems.size(), 3); // the wrap, 0x81, the raster inside a line
        QCOMPARE(tickets.first().image, whole.image);
        QCOMPARE(tickets.at(1).text, u"|second\n"_s);
        QVERIFY(decodeTicket(bytes).problems.contains(u"bytes after the cut"_s));
    }

    void garbageGivesProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("unknown ESC") << ticket(hex("1b2101") + "x\n");
        QTest::newRow("control byte") << ticket("a\rb\n");
        QTest::newRow("size out of range") << ticket(hex("1d2188") + "x\n");
        QTest::newRow("no cut") << Init + "x\n";
        QTest::newRow("truncated raster header") << Init + hex("1d7630000100");
        QTest::newRow("truncated raster data") << Init + hex("1d76300001000300ff");
        QTest::newRow("huge raster") << Init + hex("1d763000ffffffff") + QByteArray(5000, 'x');
        QTest::newRow("raster mode 1") << ticket(hex("1d76300101000100ff"));
        QTest::newRow("raster wider than paper") << ticket(hex("1d7630004b000100") + QByteArray(75, '\xff'));
        QTest::newRow("lone ESC") << Init + hex("1b");
        QTest::newRow("cut function A") << Init + hex("1d5600");
    }

    void garbageGivesProblems()
    {
        QFETCH(QByteArray, bytes);
        const DecodedTicket decoded = decodeTicket(bytes);
        QVERIFY(!decoded.problems.isEmpty());
        QVERIFY(!decoded.image.isNull());
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(19);
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes(random.bounded(1, 600), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            EscPosDecoder decoder(i % 2 ? 58 : 80);
            decoder.feed(bytes);
            decoder.finish();
        }
    }

    void runawayFeedIsBounded()
    {
        const DecodedTicket decoded = decodeTicket(ticket(QByteArray(2000, '\0').replace('\0', hex("1b64ff"))));
        QVERIFY(decoded.image.height() <= 16000);
        QVERIFY(!decoded.problems.isEmpty());
    }
};

QTEST_MAIN(TestEscPosDecoder)
#include "tst_escposdecoder.moc"
