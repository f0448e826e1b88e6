#include "config/availabilityreader.h"

#include "config/jsonreader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QString Key = u"available_at"_s;
const QStringList WindowKeys = {u"days"_s, u"from"_s, u"to"_s};
// In Qt::DayOfWeek order: Monday is 1.
const QStringList DayNames = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

QList<Qt::DayOfWeek> readDays(JsonReader &reader, const QJsonObject &o, const QString &path)
{
    QList<Qt::DayOfWeek> days;
    const auto array = reader.array(o, path, u"days"_s);
    if (!array)
        return days;
    const QString at = JsonReader::join(path, u"days"_s);
    if (array->isEmpty())
        reader.error(at, u"must list at least one day"_s);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString dayPath = JsonReader::index(at, i);
        const auto name = reader.stringAt(array->at(i), dayPath);
        if (!name)
            continue;
        const qsizetype index = DayNames.indexOf(*name);
        if (index < 0) {
            reader.error(dayPath, u"unknown day \"%1\" (allowed: %2)"_s.arg(*name, DayNames.join(u", "_s)));
            continue;
        }
        const auto day = Qt::DayOfWeek(index + 1);
        if (days.contains(day))
            reader.error(dayPath, u"duplicate day \"%1\""_s.arg(*name));
        else
            days.append(day);
    }
    return days;
}

std::optional<AvailabilityWindow> readWindow(JsonReader &reader, const QJsonObject &o,
                                             const QString &path)
{
    const qsizetype errorsBefore = reader.errorCount();
    reader.rejectUnknownKeys(o, path, WindowKeys);
    AvailabilityWindow window;
    window.days = readDays(reader, o, path);
    const auto from = readClockTime(reader, o, path, u"from"_s);
    const auto to = readClockTime(reader, o, path, u"to"_s);
    if (from && to && *from == *to) {
        reader.error(path, u"an empty window: from and to are both %1"_s.arg(from->toString(u"HH:mm"_s)));
        return std::nullopt;
    }
    if (!from || !to || reader.errorCount() != errorsBefore)
        return std::nullopt;
    window.from = *from;
    window.to = *to;
    return window;
}

} // namespace

QList<AvailabilityWindow> readAvailabilityWindows(JsonReader &reader, const QJsonObject &o,
                                                  const QString &path)
{
    QList<AvailabilityWindow> windows;
    if (!o.contains(Key))
        return windows;
    const auto array = reader.array(o, path, Key);
    if (!array)
        return windows;
    const QString at = JsonReader::join(path, Key);
    // [] would read as "never", which is what "available": false says; leaving the key out
    // says "always".
    if (array->isEmpty())
        reader.error(at, u"must list at least one window (leave \"available_at\" out for always)"_s);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString windowPath = JsonReader::index(at, i);
        if (const auto object = reader.objectAt(array->at(i), windowPath)) {
            if (const auto window = readWindow(reader, *object, windowPath))
                windows.append(*window);
        }
    }
    return windows;
}

std::optional<QTime> readClockTime(JsonReader &reader, const QJsonObject &o, const QString &path,
                                   const QString &key)
{
    static const QRegularExpression Format(u"^([0-9]{2}):([0-9]{2})$"_s);
    const auto text = reader.string(o, path, key);
    if (!text)
        return std::nullopt;
    const QString at = JsonReader::join(path, key);
    const QRegularExpressionMatch match = Format.match(*text);
    if (!match.hasMatch()) {
        reader.error(at, u"must be a time as \"HH:MM\" (two digits each, 00:00 to 23:59), got \"%1\""_s.arg(*text));
        return std::nullopt;
    }
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours == 24 && minutes == 0) {
        reader.error(at, u"hours must be 00 to 23, got \"24:00\" (midnight is \"00:00\")"_s);
        return std::nullopt;
    }
    if (hours > 23) {
        reader.error(at, u"hours must be 00 to 23, got \"%1\""_s.arg(*text));
        return std::nullopt;
    }
    if (minutes > 59) {
        reader.error(at, u"minutes must be 00 to 59, got \"%1\""_s.arg(*text));
        return std::nullopt;
    }
    return QTime(hours, minutes);
}

} // namespace kiosk
