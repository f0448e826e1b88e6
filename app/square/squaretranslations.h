#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk {

// kiosk-config/square-translations.json: the texts Square has only in the catalog's own
// language, keyed by language and catalog object id:
//   {"es": {"W62UWFY35CWMYGVWK6TWJDNI": {"name": "Café con leche", "description": "..."}}}
// Read and checked like the config (unknown keys, types, language codes); on a problem returns
// nullopt and sets `*error` to one line per problem, in the config's format.
std::optional<QJsonObject> parseSquareTranslations(const QByteArray &json, QString *error);

} // namespace kiosk
