#pragma once

#include <QList>
#include <QString>

namespace kiosk {

// One problem in a config file, precise enough for a manager to find and fix it.
struct ConfigError
{
    QString file;     // "menu.json"
    QString path;     // "items[12].modifier_groups[0]"; empty for whole-file problems
    QString message;  // "unknown modifier group \"sizes\""
    int line = 0;     // 1-based; 0 when it does not apply (only JSON syntax errors have it)
    int column = 0;

    // "menu.json: items[12].modifier_groups[0]: unknown modifier group \"sizes\""
    // "menu.json:3:15: unterminated string"  (syntax errors: line and column, no path)
    QString toString() const;
    bool operator==(const ConfigError &) const = default;
};

using ConfigErrors = QList<ConfigError>;

QString formatErrors(const ConfigErrors &errors); // one error a line

} // namespace kiosk
