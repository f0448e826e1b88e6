#pragma once

#include "config/configloader.h"

#include <QStringList>
#include <optional>

namespace kiosk {

// The config folder read and validated at one moment, complete or not at all.
struct ConfigSnapshot
{
    QString version;                    // configVersionOf() the files read
    std::optional<LoadedConfig> config; // set only when every check passed (kioskJson: its root)
    ConfigErrors errors;                // every problem otherwise
    QStringList files;                  // what a change to should trigger a new read
    bool stable = true;                 // false: a file changed while it was read; read again
};

// A short (12 hex) fingerprint of the config: the bytes of kiosk.json, menu.json and (when
// there) promotions.json plus the
// size and modification time of every image they reference (cheap to take, yet an image that
// is replaced changes it).
QString configVersionOf(const QString &dir, const QStringList &imageFiles);

// The JSON files of the config folder DIR, as a watcher wants them: kiosk.json, menu.json and
// promotions.json (even when absent: its folder is watched, so its creation is seen).
QStringList configJsonFiles(const QString &dir);

// The images a config references: the logo and every category's and item's picture.
QStringList referencedImages(const LoadedConfig &config);

// Reads and validates DIR with checkConfigDir(), as `kiosk --check-config` does. Runs off the
// GUI thread.
ConfigSnapshot readConfigSnapshot(const QString &dir);

} // namespace kiosk
