#include "config/squaresettings.h"

#include "config/jsonreader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

bool readBackendKind(JsonReader &reader, const QJsonObject &backend, const QString &path,
                     BackendKind *kind, SquareSettings *square)
{
    const qsizetype before = reader.errorCount();
    BackendKind k = BackendKind::ContractV1;
    if (backend.contains(u"kind"_s)) {
        if (const auto code = reader.string(backend, path, u"kind"_s)) {
            if (*code == u"square"_s)
                k = BackendKind::Square;
            else if (*code != u"v1"_s)
                reader.error(JsonReader::join(path, u"kind"_s),
                             u"must be \"v1\" (contract v1) or \"square\", got \"%1\""_s.arg(*code));
        }
    }
    if (reader.errorCount() != before)
        return false;
    // The kind is known even when its settings are wrong, so the rest of kiosk.json is checked
    // against the right backend (payment.terminal_id is refused, not asked for, with Square).
    *kind = k;
    const QString squarePath = JsonReader::join(path, u"square"_s);
    SquareSettings s;
    if (k == BackendKind::Square) {
        if (!backend.contains(u"square"_s)) {
            reader.error(squarePath, u"is required with backend.kind \"square\": the location_id and device_id"_s);
            return false;
        }
        const auto object = reader.object(backend, path, u"square"_s);
        if (!object)
            return false;
        reader.rejectUnknownKeys(*object, squarePath, {u"location_id"_s, u"device_id"_s, u"version"_s});
        // Square's location ids are upper-case letters and digits ("L8GQ5X1Q3HSM0"). Device ids
        // are Square's own strings (a UUID, or "device:..." in the sandbox): kept as they are, but
        // never with spaces around them or long enough to bloat every checkout.
        static const QRegularExpression LocationId(u"^[A-Z0-9]{1,64}$"_s);
        static const QRegularExpression DeviceId(u"^[A-Za-z0-9:_-]{1,128}$"_s);
        static const QRegularExpression Version(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (const auto location = reader.matching(*object, squarePath, u"location_id"_s, LocationId,
                                                  u"must be the location's id from Square (upper-case letters and digits)"_s,
                                                  /*allowEmpty=*/false))
            s.locationId = *location;
        if (const auto device = reader.matching(*object, squarePath, u"device_id"_s, DeviceId,
                                                u"must be the Square Terminal's device id (letters, digits, ':', '_' or '-')"_s,
                                                /*allowEmpty=*/false))
            s.deviceId = *device;
        if (object->contains(u"version"_s)) {
            if (const auto version = reader.matching(*object, squarePath, u"version"_s, Version,
                                                     u"must be a Square-Version like \"%1\""_s.arg(QString::fromLatin1(SquareSettings::DefaultVersion)),
                                                     /*allowEmpty=*/false))
                s.version = *version;
        }
    } else if (backend.contains(u"square"_s)) {
        reader.error(squarePath, u"is only read with backend.kind \"square\""_s);
    }
    if (reader.errorCount() != before)
        return false;
    *square = s;
    return true;
}

} // namespace kiosk
