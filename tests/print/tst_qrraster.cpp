// The QR raster decodes back to libqrencode's own modules: every module is a square of dots,
// centred on the paper with its quiet zone, in rows of whole bytes for GS v 0.
#include "print/escposwriter.h"
#include "print/qrraster.h"

#include <QtTest>

#include <qrencode.h>

#include <memory>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {
struct Modules
{
    int width = 0;
    QList<bool> dark;
};

Modules referenceModules(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    Modules modules;
    if (!code)
        return modules;
    modules.width = code->width;
    for (int i = 0; i < code->width * code->width; ++i)
        modules.dark.append((code->data[i] & 1) != 0);
    return modules;
}
} // namespace

class TstQrRaster : public QObject
{
    Q_OBJECT

private slots:
    void decodesBackToTheModules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("widthDots");
        QTest::addColumn<int>("dotsPerModule");
        QTest::addColumn<int>("expectedScale");
        const QString orderId = u"0b6f5d0e-8a3c-4a55-9b7e-2f1c3d4e5a6b"_s;
        QTest::newRow("80 mm") << orderId << 576 << 5 << 5;
        QTest::newRow("58 mm") << orderId << 384 << 5 << 5;
        QTest::newRow("6 dots") << orderId << 576 << 6 << 6;
        // 33 modules + 8 quiet = 41: 3 dots a module is the most that fits 128 dots.
        QTest::newRow("narrow: smaller modules") << orderId << 128 << 5 << 3;
        QTest::newRow("short text") << u"A-042"_s << 384 << 4 << 4;
    }

    void decodesBackToTheModules()
    {
        QFETCH(QString, text);
        QFETCH(int, widthDots);
        QFETCH(int, dotsPerModule);
        QFETCH(int, expectedScale);

        const Modules modules = referenceModules(text);
        QVERIFY(modules.width > 0);
        const MonoRaster raster = qrRaster(text, dotsPerModule, widthDots);
        QVERIFY(!raster.isNull());
        QCOMPARE(raster.widthDots(), widthDots / 8 * 8);
        QCOMPARE(raster.bits().size(), raster.widthBytes() * raster.height());

        const int quiet = QrQuietZoneModules;
        const int side = (modules.width + 2 * quiet) * expectedScale;
        QCOMPARE(raster.height(), side);
        const int left = (raster.widthDots() - side) / 2;
        for (int y = 0; y < raster.height(); ++y) {
            for (int x = 0; x < raster.widthDots(); ++x) {
                const int mx = (x - left) / expectedScale - quiet;
                const int my = y / expectedScale - quiet;
                const bool inside = x >= left && mx >= 0 && my >= 0 && mx < modules.width && my < modules.width;
                const bool expected = inside && modules.dark.at(my * modules.width + mx);
                if (raster.dot(x, y) != expected)
                    QFAIL(qPrintable(u"dot (%1, %2) is %3"_s.arg(x).arg(y).arg(raster.dot(x, y) ? "black" : "white")));
            }
        }
    }

    void gsV0HeaderCountsBytes()
    {
        const MonoRaster raster = qrRaster(u"0b6f5d0e-8a3c-4a55-9b7e-2f1c3d4e5a6b"_s, 5, 576);
        const QByteArray bytes = EscPosWriter().raster(raster).bytes();
        QCOMPARE(bytes.left(4), QByteArray("\x1D\x76\x30\x00", 4));
        QCOMPARE(static_cast<quint8>(bytes.at(4)) + 256 * static_cast<quint8>(bytes.at(5)), 72);
        const int height = static_cast<quint8>(bytes.at(6)) + 256 * static_cast<quint8>(bytes.at(7));
        QCOMPARE(height, raster.height());
        QCOMPARE(bytes.size(), 8 + 72 * height);
    }

    void nullWhenItCannotFit()
    {
        QVERIFY(qrRaster(u"0b6f5d0e-8a3c-4a55-9b7e-2f1c3d4e5a6b"_s, 5, 32).isNull());
        QVERIFY(qrRaster(QString(), 5, 576).isNull());
    }
};

QTEST_GUILESS_MAIN(TstQrRaster)
#include "tst_qrraster.moc"
