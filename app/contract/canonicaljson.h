#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace kiosk {

// Two request bodies are "the same" for idempotency when their parsed JSON is: key order,
// whitespace and number spelling (1998 vs 1998.0) do not matter. The canonical form is
// QJsonDocument's compact serialisation, whose object keys are always sorted.
QByteArray canonicalJson(const QJsonObject &json);
// Hex SHA-256 of canonicalJson(json).
QByteArray canonicalHash(const QJsonObject &json);

} // namespace kiosk
