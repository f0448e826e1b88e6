#include "config/configerror.h"

#include <QStringList>

namespace kiosk {

QString ConfigError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (!path.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(file, path, message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString formatErrors(const ConfigErrors &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace kiosk
