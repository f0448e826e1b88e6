#pragma once

#include "config/configloader.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace kiosk {

// Checks a loaded config beyond kiosk.json and menu.json's own rules (the sync and health
// sections, which their components parse); appends problems to `errors`. Runs off the GUI
// thread, so it must only read its arguments and the files.
using ConfigSectionCheck = std::function<void(const LoadedConfig &config, ConfigErrors *errors)>;

// The config folder read and validated at one moment, complete or not at all.
struct ConfigSnapshot
{
    QString version;                    // configVersionOf() the files read
    std::optional<LoadedConfig> config; // set only when every check passed
    ConfigErrors errors;                // every problem otherwise
    QJsonObject kioskJson;              // kiosk.json's root, to tell which keys changed
    QStringList files;                  // what a change to should trigger a new read
    bool stable = true;                 // false: a file changed while it was read; read again
};

// A short (12 hex) fingerprint of the config: the bytes of kiosk.json and menu.json plus the
// size and modification time of every image they reference (cheap to take, yet an image that
// is replaced changes it).
QString configVersionOf(const QString &dir, const QStringList &imageFiles);

// The images a config references: the logo and every category's and item's picture.
QStringList referencedImages(const LoadedConfig &config);

// Reads and validates DIR like `kiosk --check-config`: loadConfigDir() then `sections`.
ConfigSnapshot readConfigSnapshot(const QString &dir, const ConfigSectionCheck &sections);

} // namespace kiosk
