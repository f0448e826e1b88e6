#pragma once

#include "config/configerror.h"
#include "config/configloader.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace kiosk {

// A config folder validated the one way every reader of it validates: `kiosk --check-config`,
// `kioskctl config validate`, the kiosk at start and live reload.
struct ConfigCheck
{
    QString dir;                        // as given, for the summary
    std::optional<LoadedConfig> config; // set only when there is no problem
    ConfigErrors errors;                // every problem otherwise

    bool passed() const { return config.has_value(); }
    // "DIR: OK (8 categories, 51 items)"; empty when the check failed.
    QString summary() const;
};

// Reads DIR/kiosk.json and DIR/menu.json once and validates them in full.
ConfigCheck checkConfigDir(const QString &dir);

// What both commands print: the summary on `out`, or every problem (one a line) on `err`.
// Returns the exit status, 0 or 1.
int printConfigCheck(const ConfigCheck &check, QTextStream &out, QTextStream &err);

} // namespace kiosk
