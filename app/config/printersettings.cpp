#include "config/printersettings.h"

#include "config/jsonreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

std::optional<PrinterSettings::Kind> printerKindFromCode(const QString &code)
{
    if (code == u"none"_s)
        return PrinterSettings::Kind::None;
    if (code == u"network"_s)
        return PrinterSettings::Kind::Network;
    if (code == u"device"_s)
        return PrinterSettings::Kind::Device;
    return std::nullopt;
}

// A value as it is written in the file: 57, "80", true.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

bool readPrinterSettings(JsonReader &reader, const QJsonObject &root, PrinterSettings *settings)
{
    const QString path = u"printer"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto printer = reader.object(root, {}, path);
    if (!printer)
        return false;
    reader.rejectUnknownKeys(*printer, path, {u"kind"_s, u"host"_s, u"port"_s, u"device"_s,
                                              u"paper_width_mm"_s, u"code_page"_s, u"copies"_s});
    PrinterSettings s;
    if (printer->contains(u"kind"_s)) {
        if (const auto code = reader.string(*printer, path, u"kind"_s)) {
            if (const auto kind = printerKindFromCode(*code))
                s.kind = *kind;
            else
                reader.error(JsonReader::join(path, u"kind"_s),
                             u"must be \"none\", \"network\" or \"device\", got \"%1\""_s.arg(*code));
        }
    }
    // The other kind's keys are checked but not required, so switching a kiosk between a network
    // and a USB printer, or off with "none", is one word.
    static const QRegularExpression Host(u"^[A-Za-z0-9._:-]{1,253}$"_s);
    if (printer->contains(u"host"_s)) {
        if (const auto host = reader.matching(*printer, path, u"host"_s, Host,
                                              u"must be a host name or IP address"_s, /*allowEmpty=*/false))
            s.host = *host;
    } else if (s.kind == PrinterSettings::Kind::Network) {
        reader.error(JsonReader::join(path, u"host"_s),
                     u"is required with printer.kind \"network\": the printer's address"_s);
    }
    reader.optionalInteger(*printer, path, u"port"_s, 1, 65535, &s.port);
    if (printer->contains(u"device"_s)) {
        if (const auto device = reader.string(*printer, path, u"device"_s)) {
            if (QDir::isAbsolutePath(*device) && QDir::cleanPath(*device) == *device)
                s.device = *device;
            else
                reader.error(JsonReader::join(path, u"device"_s),
                             u"must be an absolute path such as \"/dev/usb/lp0\", got \"%1\""_s.arg(*device));
        }
    } else if (s.kind == PrinterSettings::Kind::Device) {
        reader.error(JsonReader::join(path, u"device"_s),
                     u"is required with printer.kind \"device\": the printer's character device, such as \"/dev/usb/lp0\""_s);
    }
    if (printer->contains(u"paper_width_mm"_s)) {
        // Two roll widths exist; any other number is a typo, whatever its type.
        const QJsonValue width = printer->value(u"paper_width_mm"_s);
        if (width == QJsonValue(58) || width == QJsonValue(80))
            s.paperWidthMm = width.toInt();
        else
            reader.error(JsonReader::join(path, u"paper_width_mm"_s), u"must be 58 or 80, got %1"_s.arg(jsonText(width)));
    }
    reader.optionalInteger(*printer, path, u"code_page"_s, 0, 255, &s.codePage);
    reader.optionalInteger(*printer, path, u"copies"_s, 1, 3, &s.copies);
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
