#include "config/jsonreader.h"
#include "config/printersettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

// The "printer" section on its own; the broken-config corpus (73- to 77-printer-*) holds the
// exact messages of a refused one, through the whole validator.
class TestPrinterSettings : public QObject
{
    Q_OBJECT

private:
    static std::optional<PrinterSettings> read(const QByteArray &json, ConfigErrors *errors)
    {
        JsonReader reader(u"kiosk.json"_s, errors);
        const auto root = reader.parseObject(json);
        PrinterSettings settings;
        if (!root || !readPrinterSettings(reader, *root, &settings))
            return std::nullopt;
        return settings;
    }

private slots:
    void absentMeansNoPrinter()
    {
        ConfigErrors errors;
        const auto settings = read(R"({"store_name": "x"})", &errors);
        QVERIFY(settings);
        QVERIFY(errors.isEmpty());
        QCOMPARE(*settings, PrinterSettings());
        QVERIFY(!settings->isConfigured());
    }

    void networkPrinterIsRead()
    {
        ConfigErrors errors;
        const auto settings = read(R"({"printer": {"kind": "network", "host": "192.168.1.60", "port": 9101,
                                       "paper_width_mm": 58, "code_page": 19, "copies": 2, "_note": "bar"}})",
                                   &errors);
        QVERIFY2(settings, qPrintable(formatErrors(errors)));
        QCOMPARE(settings->kind, PrinterSettings::Kind::Network);
        QCOMPARE(settings->host, u"192.168.1.60"_s);
        QCOMPARE(settings->port, quint16(9101));
        QCOMPARE(settings->paperWidthMm, 58);
        QCOMPARE(settings->codePage, 19);
        QCOMPARE(settings->copies, 2);
    }

    void devicePrinterTakesTheDefaults()
    {
        ConfigErrors errors;
        const auto settings = read(R"({"printer": {"kind": "device", "device": "/dev/usb/lp0"}})", &errors);
        QVERIFY2(settings, qPrintable(formatErrors(errors)));
        QCOMPARE(settings->kind, PrinterSettings::Kind::Device);
        QCOMPARE(settings->device, u"/dev/usb/lp0"_s);
        QCOMPARE(settings->port, quint16(9100));
        QCOMPARE(settings->paperWidthMm, 80);
        QCOMPARE(settings->codePage, 16);
        QCOMPARE(settings->copies, 1);
    }

    // "none" keeps the printer's address in the file, so printing is switched back on with one word.
    void noneKeepsTheOtherKeys()
    {
        ConfigErrors errors;
        const auto settings = read(R"({"printer": {"kind": "none", "host": "printer.local"}})", &errors);
        QVERIFY2(settings, qPrintable(formatErrors(errors)));
        QVERIFY(!settings->isConfigured());
    }

    void refusedLeavesTheSettingsAlone()
    {
        ConfigErrors errors;
        JsonReader reader(u"kiosk.json"_s, &errors);
        const auto root = reader.parseObject(R"({"printer": {"kind": "device", "device": "/dev/../lp0"}})");
        QVERIFY(root);
        PrinterSettings settings;
        settings.copies = 2;
        QVERIFY(!readPrinterSettings(reader, *root, &settings));
        QCOMPARE(settings.copies, 2);
        QCOMPARE(formatErrors(errors).trimmed(),
                 uR"(kiosk.json: printer.device: must be an absolute path such as "/dev/usb/lp0", got "/dev/../lp0")"_s);
    }

    void deviceKindNeedsItsDevice()
    {
        ConfigErrors errors;
        QVERIFY(!read(R"({"printer": {"kind": "device", "host": "192.168.1.60"}})", &errors));
        QCOMPARE(formatErrors(errors).trimmed(),
                 uR"(kiosk.json: printer.device: is required with printer.kind "device": the printer's character device, such as "/dev/usb/lp0")"_s);
    }

    void paperWidthIsANumber()
    {
        ConfigErrors errors;
        QVERIFY(!read(R"({"printer": {"paper_width_mm": "80"}})", &errors));
        QCOMPARE(formatErrors(errors).trimmed(), uR"(kiosk.json: printer.paper_width_mm: must be 58 or 80, got "80")"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrinterSettings)
#include "tst_printersettings.moc"
