#pragma once

#include <QJsonObject>
#include <QString>

namespace kiosk {

class JsonReader;

// Which point of sale the kiosk talks to (kiosk.json backend.kind).
enum class BackendKind {
    ContractV1, // "v1": our own contract (docs/backend-api.md), refpos or a store's middleware
    Square,     // "square": Square's Connect API (docs/square.md)
};

// kiosk.json's backend.square object: the Square account's location and terminal.
struct SquareSettings
{
    // The Square-Version the adapter was written and tested against (the release of
    // third_party/square/api.json); a store may pin another.
    static constexpr const char *DefaultVersion = "2025-08-20";

    QString locationId; // location_id: the store's location; menus, orders and loyalty are per location
    QString deviceId;   // device_id: the Square Terminal beside this kiosk that takes the card
    QString version = QString::fromLatin1(DefaultVersion); // version: sent as Square-Version

    bool operator==(const SquareSettings &) const = default;
};

// Reads backend.kind and, for "square", backend.square from the `backend` object, reporting
// through `reader` ("kiosk.json: backend.square.location_id: ..."). On any problem false is
// returned and `square` is left unchanged; `kind` is set whenever backend.kind itself is valid.
bool readBackendKind(JsonReader &reader, const QJsonObject &backend, const QString &path,
                     BackendKind *kind, SquareSettings *square);

} // namespace kiosk
