#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace kiosk {

// The keys a JSON text gives twice in one object, as (object path, key) pairs in document order.
// QJsonDocument silently keeps the last of them, so a manager's first value would be lost
// without a word. `json` must be text QJsonDocument has accepted.
QList<std::pair<QString, QString>> findDuplicateKeys(const QByteArray &json);

} // namespace kiosk
