#pragma once

#include <QJsonObject>
#include <QString>

namespace kiosk {

class JsonReader;

// kiosk.json "printer": the receipt printer that prints order tickets (ESC/POS). Absent or
// kind "none": the kiosk prints nothing and the confirmation screen asks the customer to
// remember the number.
struct PrinterSettings
{
    enum class Kind { None, Network, Device };

    Kind kind = Kind::None;
    QString host;          // "network": the printer's address (raw TCP, "JetDirect")
    quint16 port = 9100;   // "network"
    QString device;        // "device": a character device, e.g. /dev/usb/lp0
    int paperWidthMm = 80; // 58 or 80
    // The ESC t number of the printer's Latin-1 / CP1252 table: vendors number it differently
    // (Epson 16 = WPC1252), and a wrong one prints Spanish accents as other letters.
    int codePage = 16;
    int copies = 1;        // tickets per order, 1 to 3

    bool isConfigured() const { return kind != Kind::None; }
    bool operator==(const PrinterSettings &) const = default;
};

// Reads the optional "printer" object of `root` into `settings`, reporting through `reader`
// ("kiosk.json: printer.port: ..."); on any problem `settings` is left unchanged and false is
// returned.
bool readPrinterSettings(JsonReader &reader, const QJsonObject &root, PrinterSettings *settings);

} // namespace kiosk
